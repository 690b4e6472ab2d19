import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { log, pathOnly } from "@/lib/observability/log";

type ServerMessage = { request: IncomingMessage; response: ServerResponse };

// Start times live on the response object only, so they go when the request does.
const startedAt = new WeakMap<ServerResponse, bigint>();
const logged = new WeakSet<ServerResponse>();
let subscribed = false;

function logRequest(request: IncomingMessage, response: ServerResponse, aborted: boolean): void {
  logged.add(response);
  const start = startedAt.get(response);
  const requestId = response.getHeader("x-request-id");
  log({
    event: "request",
    ...(typeof requestId === "string" ? { requestId } : {}),
    method: request.method ?? "",
    path: pathOnly(request.url),
    // An answer cut off before its head was sent has no status yet.
    ...(!aborted || response.headersSent ? { status: response.statusCode } : {}),
    durationMs: start === undefined ? -1 : Number((process.hrtime.bigint() - start) / 1000n) / 1000,
    ...(aborted ? { aborted: true } : {}),
  });
}

/**
 * One log line per request, from Node's own HTTP server events (Next.js has no
 * hook for it): when the answer is finished, or, marked `aborted`, when the
 * connection closed before it was (the client went away, or the answer was cut off).
 */
export function logEveryRequest(): void {
  if (subscribed) return;
  subscribed = true;
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as ServerMessage;
    startedAt.set(response, process.hrtime.bigint());
    response.once("close", () => {
      if (!logged.has(response)) logRequest(request, response, true);
    });
  });
  subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as ServerMessage;
    logRequest(request, response, false);
  });
}
