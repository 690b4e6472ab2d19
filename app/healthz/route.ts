export const dynamic = "force-dynamic";

// The process is up and serving. Touches nothing else, so a slow database
// never makes a load balancer kill a healthy process.
export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
