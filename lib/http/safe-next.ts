// Any fixed origin will do: what matters is whether `raw` stays on it, and where on it it ends.
const PLACEHOLDER_ORIGIN = "http://readout.invalid";

/**
 * Where a redirect taken from input may go: a path on this site, decided on the
 * URL a browser would end up at, never on the raw string. `raw` is resolved as
 * a browser resolves it ("/.//evil.example" becomes "//evil.example", tabs and
 * newlines vanish, "\" is "/", "%2e%2e" is ".."), must stay on `origin`, and
 * its normalised path is returned, so nothing later can read it as a host.
 * Anything else becomes "/".
 */
export function safeNext(raw: unknown, origin: string = PLACEHOLDER_ORIGIN): string {
  if (typeof raw !== "string" || raw.length > 2000) return "/";
  const base = new URL(origin);
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin) return "/";
  const path = url.pathname + url.search + url.hash;
  // "//host" and "/\host" name another site wherever a path is read again.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  return path;
}
