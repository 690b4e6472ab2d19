import type { Instrumentation } from "next";

// Set by register(): marks the request when an error means "database unavailable" (then 503, not 500).
let noteUnavailable: ((error: unknown) => void) | undefined;

// Runs once in each server process (`next start`, `next dev`) before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exitOnConfigProblems } = await import("@/lib/config");
  exitOnConfigProblems(); // also when `next start` is run directly, without `npm start`
  const [{ recordSocketAddresses, markDatabaseUnavailable }, { isDatabaseUnavailable }] = await Promise.all([
    import("@/lib/http/socket-address"),
    import("@/lib/db-unavailable"),
  ]);
  recordSocketAddresses();
  noteUnavailable = (error) => {
    if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
  };
  const { logEveryRequest } = await import("@/lib/observability/access-log");
  logEveryRequest();
  if (process.env.SMTP_URL && process.env.DATABASE_URL) {
    const [{ startMailWorker }, { log }] = await Promise.all([import("@/lib/mail-queue"), import("@/lib/observability/log")]);
    // The database may be down while this instance starts: keep trying, the queue waits.
    const startWorker = () =>
      startMailWorker().catch((error: Error) => {
        log({ event: "error", name: "MailWorker", message: `${error.message.slice(0, 300)}; retrying in 30 s` });
        setTimeout(startWorker, 30_000).unref();
      });
    void startWorker();
  }
  // Next.js itself then stops accepting connections, lets in-flight requests
  // finish and exits (143); the database pool's sockets close with the process.
  process.once("SIGTERM", () => {
    void import("@/lib/observability/log").then(({ log }) => log({ event: "shutdown", message: "SIGTERM: finishing requests in flight" }));
  });
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  noteUnavailable?.(error); // before any await: the response's status is written right after this call
  const { log, pathOnly } = await import("@/lib/observability/log");
  const e = error instanceof Error ? error : new Error(String(error));
  const requestId = request.headers["x-request-id"];
  log({
    event: "error",
    ...(typeof requestId === "string" ? { requestId } : {}),
    method: request.method,
    path: pathOnly(request.path),
    route: `${context.routeType} ${context.routePath}`,
    ...("digest" in e && typeof e.digest === "string" ? { digest: e.digest } : {}),
    name: e.name,
    message: e.message.slice(0, 500),
    ...(e.stack ? { stack: e.stack.slice(0, 4000) } : {}),
  });
};
