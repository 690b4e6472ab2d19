// The database cannot be used right now (down, restarting, out of
// connections): a temporary condition the user should retry, not a bug.
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
// Postgres' own codes: connection exceptions (08…), shutting down or starting up (57P…).
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3])/;
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
// The pg driver's own errors for a lost or unobtainable connection carry no code, only these messages.
const PG_CONNECTION_LOST = /^(Connection terminated( unexpectedly| due to connection timeout)?|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable)$/;

type MaybePrismaError = {
  name?: string;
  message?: unknown;
  code?: unknown;
  errno?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
  cause?: unknown;
};

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 3) return false;
  const e = error as MaybePrismaError;
  if (e.name === "PrismaClientInitializationError") return true;
  if (typeof e.code === "string" && (UNAVAILABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_SQLSTATE.test(e.code))) return true;
  if (e.code === "ECONNREFUSED" || e.code === "ECONNRESET" || e.code === "ETIMEDOUT") return true;
  if (typeof e.message === "string" && e.code === undefined && PG_CONNECTION_LOST.test(e.message)) return true;
  // Every connection busy for longer than a transaction may wait: as P2024, a capacity problem, not a bug.
  if (e.code === "P2028" && typeof e.message === "string" && e.message.includes("Unable to start a transaction in the given time")) return true;
  const cause = e.meta?.driverAdapterError?.cause;
  if (cause?.kind && UNAVAILABLE_KINDS.has(cause.kind)) return true;
  if (cause?.kind === "postgres" && cause.originalCode && UNAVAILABLE_SQLSTATE.test(cause.originalCode)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
