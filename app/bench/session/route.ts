import { getCurrentUser } from "@/lib/auth/current-user";
import { requireBenchRoutes } from "@/lib/http/bench-routes";
import { handleRoute } from "@/lib/http/route-errors";

// A bare route that only checks the session, signed in or out: the session check's cost (npm run bench).
export async function GET() {
  return handleRoute(async () => {
    requireBenchRoutes();
    const user = await getCurrentUser();
    return Response.json({ signedIn: user !== null }, { headers: { "Cache-Control": "no-store" } });
  });
}
