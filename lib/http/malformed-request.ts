import { MAX_REQUEST_BYTES } from "@/lib/validation/size-limits";

const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * Requests refused before routing, with a 4xx that says why: a path whose
 * %-escapes are broken or not UTF-8 (Next would answer 500), and a body larger
 * than any form of Readout sends (Next would fail the server action with a 500).
 */
export function refuseMalformedRequest(request: Request): Response | null {
  try {
    decodeURIComponent(new URL(request.url).pathname);
  } catch {
    return refuse(400, "This address is not valid: it has a %-escape that is broken or is not UTF-8 text.");
  }
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_REQUEST_BYTES) {
    return refuse(413, `This request is too large: Readout accepts up to ${MAX_REQUEST_BYTES / 1_000_000} MB. Nothing was saved.`);
  }
  return null;
}
