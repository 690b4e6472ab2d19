// Runs once in each server process (`next start`, `next dev`) before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exitOnConfigProblems } = await import("@/lib/config");
  exitOnConfigProblems(); // also when `next start` is run directly, without `npm start`
  const { recordSocketAddresses } = await import("@/lib/http/socket-address");
  recordSocketAddresses();
}
