// One JSON object per line on stdout, for whatever collects the process' output.
// Callers pass only the fields below: never headers, cookies, bodies or query strings.
export type LogLine =
  | { event: "request"; requestId?: string; method: string; path: string; status?: number; durationMs: number; aborted?: true }
  | {
      event: "error";
      requestId?: string;
      method?: string;
      path?: string;
      route?: string;
      digest?: string;
      name: string;
      message: string;
      stack?: string;
    }
  | { event: "shutdown" | "mail"; message: string; [field: string]: string | number | undefined };

export function log(line: LogLine): void {
  process.stdout.write(JSON.stringify({ time: new Date().toISOString(), ...line }) + "\n");
}

// Invitation and reset links carry their token as a path segment (lib/auth/tokens.ts TOKEN_PATH):
// whoever reads the logs must not be able to follow them.
// Matched anywhere in the raw path (after "//" or "/./" too, and with an encoded slash), not only at its start.
const TOKEN_IN_PATH = /(\/(?:invitation|reset-password))(?:\/|%2f)[^/]+/gi;

/** The path of a URL without its query string or a link's token, either of which opens an account. */
export function pathOnly(url: string | undefined): string {
  return (url ?? "").split(/[?#]/, 1)[0]!.replace(TOKEN_IN_PATH, "$1/[token]");
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A request id from the load balancer when it is a plain token, else a new one. */
export function requestIdFrom(incoming: string | null): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
