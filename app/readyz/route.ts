import { readiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

// Send traffic here? The database answers and every migration is applied.
export async function GET(): Promise<Response> {
  const result = await readiness();
  const body = result.ready ? { status: "ready" } : { status: "not_ready", reason: result.reason };
  return Response.json(body, { status: result.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
