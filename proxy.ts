import { NextResponse, type NextRequest } from "next/server";
import { refuseMalformedRequest } from "@/lib/http/malformed-request";
import { contentSecurityPolicy, HSTS } from "@/lib/http/security-headers";
import { requestIdFrom } from "@/lib/observability/log";

// Headers only (security headers and a request id). Who may see what is decided by every page and action on the
// server (lib/auth/current-user.ts, lib/dal), never here.
export function proxy(request: NextRequest) {
  const refusal = refuseMalformedRequest(request);
  if (refusal) return refusal;
  const nonce = btoa(crypto.randomUUID());
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy(nonce, { https, dev: process.env.NODE_ENV === "development" });

  const requestId = requestIdFrom(request.headers.get("x-request-id"));

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Ties the request's log lines (lib/observability) to what the person saw.
  requestHeaders.set("x-request-id", requestId);
  // Lets a page send a signed-out visitor to sign-in and back to where they were going.
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("x-request-id", requestId);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.svg).*)" }],
};
