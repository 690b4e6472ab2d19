import { isDatabaseUnavailable } from "@/lib/db-unavailable";
import { AppError, BusyError, RateLimitedError, type AppErrorCode } from "@/lib/errors";
import { MAX_INT, parseId, parseWholeNumber } from "@/lib/validation/parse";

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  invalid_input: 400,
  unavailable: 503,
  rate_limited: 429,
};

/** Runs a route handler, turning expected failures into JSON errors with the right status. */
export async function handleRoute(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof AppError) {
      return errorResponse(error);
    }
    if (isDatabaseUnavailable(error)) return errorResponse(new AppError("unavailable"));
    throw error;
  }
}

function errorResponse(error: AppError): Response {
  const headers: HeadersInit =
    error instanceof RateLimitedError || error instanceof BusyError ? { "Retry-After": String(error.retryAfter) } : error.code === "unavailable" ? { "Retry-After": "5" } : {};
  return Response.json({ error: { code: error.code, message: error.message } }, { status: STATUS[error.code], headers });
}

export function notFound(): never {
  throw new AppError("not_found");
}

/** A record id from the path; anything that cannot be one is a 400. */
export function idParam(raw: string): string {
  const id = parseId(raw);
  if (!id) throw new AppError("invalid_input", "That is not a valid record id.");
  return id;
}

/** A version number from the path; anything but a whole number from 1 up is a 400. */
export function versionParam(raw: string): number {
  const version = parseWholeNumber(raw, 1);
  if (version === null) throw new AppError("invalid_input", `That is not a valid version: use a whole number from 1 to ${MAX_INT}.`);
  return version;
}

/** A download: the browser saves it under `filename` rather than showing it. */
export function download(body: BodyInit, type: string, filename: string, { compress = true } = {}): Response {
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]+/g, "-")}"`,
      // no-transform: Next's server then sends it as it is, uncompressed (decision 0035).
      "Cache-Control": compress ? "private, no-store" : "private, no-store, no-transform",
    },
  });
}
