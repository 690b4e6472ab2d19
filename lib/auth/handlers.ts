import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";

export const { POST } = handlers;

// Server code reads the session id through auth(); the browser never needs it,
// so next-auth's session endpoint answers without it.
export async function GET(request: NextRequest): Promise<Response> {
  const response = await handlers.GET(request);
  if (!new URL(request.url).pathname.endsWith("/session") || !response.ok) return response;
  const body = (await response.json()) as Record<string, unknown> | null;
  if (body) delete body.sid;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: response.status, headers });
}
