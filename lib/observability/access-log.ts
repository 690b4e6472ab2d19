import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { log, pathOnly } from "@/lib/observability/log";

type ServerMessage = { request: IncomingMessage; response: ServerResponse };

// Start times live on the response object only, so they go when the request does.
const startedAt = new WeakMap<ServerResponse, bigint>();
let subscribed = false;

/** One log line per request, from Node's own HTTP server events (Next.js has no hook for it). */
export function logEveryRequest(): void {
  if (subscribed) return;
  subscribed = true;
  subscribe("http.server.request.start", (message) => {
    startedAt.set((message as ServerMessage).response, process.hrtime.bigint());
  });
  subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as ServerMessage;
    const start = startedAt.get(response);
    const requestId = response.getHeader("x-request-id");
    log({
      event: "request",
      ...(typeof requestId === "string" ? { requestId } : {}),
      method: request.method ?? "",
      path: pathOnly(request.url),
      status: response.statusCode,
      durationMs: start === undefined ? -1 : Number((process.hrtime.bigint() - start) / 1000n) / 1000,
    });
  });
}
