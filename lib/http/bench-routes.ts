import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * `npm run bench` compares the app's pages with bare routes of the same build.
 * They exist only in a server started with READOUT_BENCH=1 (a 404 otherwise),
 * and show nothing about anyone but the caller's own signed-in state.
 */
export function requireBenchRoutes(): void {
  if (process.env.READOUT_BENCH !== "1") throw new AppError("not_found");
}

/** The same for a page: the not-found page unless READOUT_BENCH=1. */
export function requireBenchPage(): void {
  if (process.env.READOUT_BENCH !== "1") notFound();
}
