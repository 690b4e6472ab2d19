import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { requireBenchRoutes } from "@/lib/http/bench-routes";

// The bare page inside the signed-in app's layout (header, session, unread count): what that layout costs (npm run bench).
export default async function BenchLayoutPage() {
  try {
    requireBenchRoutes();
  } catch (error) {
    if (error instanceof AppError) notFound();
    throw error;
  }
  return (
    <>
      <h1>Bare page in the app&apos;s layout</h1>
      <p>Rendered at {new Date().toISOString()}.</p>
    </>
  );
}
