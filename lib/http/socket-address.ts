import { AsyncLocalStorage } from "node:async_hooks";
import { Server, type IncomingMessage, type ServerResponse } from "node:http";

// Next.js gives route handlers and server actions the request's headers but
// not its socket, and `next start` keeps a client's own X-Forwarded-For as it
// is (it adds the socket's address only when the header is missing). So each
// request of this process runs with its socket's address in async context,
// where no header can reach it. One holder per process: Next bundles this
// module more than once.
//
// The same per-request state notes when the database was unavailable during
// the request, so that a page that failed for that reason answers 503 (with
// Retry-After) instead of the 500 Next.js sets for any error in a page.
type RequestState = { address: string; databaseUnavailable: boolean };
type Holder = { storage: AsyncLocalStorage<RequestState>; recording: boolean };
const KEY = Symbol.for("readout.socket-address.v2");
const holder: Holder = ((globalThis as { [KEY]?: Holder })[KEY] ??= {
  storage: new AsyncLocalStorage<RequestState>(),
  recording: false,
});

/** Makes `socketAddress()` work for every HTTP request this process serves from now on. */
export function recordSocketAddresses(): void {
  if (holder.recording) return;
  holder.recording = true;
  const emit = Server.prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return emit.call(this, event, ...args);
    const [request, response] = args as [IncomingMessage, ServerResponse];
    const state: RequestState = { address: request.socket.remoteAddress ?? "", databaseUnavailable: false };
    answerUnavailableWith503(response, state);
    return holder.storage.run(state, () => emit.call(this, event, ...args));
  } as Server["emit"];
}

/** Runs `work`, and all it starts, as part of a request whose socket's peer is `address`. */
export function withSocketAddress<T>(address: string, work: () => T): T {
  return holder.storage.run({ address, databaseUnavailable: false }, work);
}

/** The address of the peer that opened this request's connection: the client, or a proxy in front. */
export function socketAddress(): string | undefined {
  return holder.storage.getStore()?.address || undefined;
}

/** Notes that this request failed because the database could not be used. */
export function markDatabaseUnavailable(): void {
  const state = holder.storage.getStore();
  if (state) state.databaseUnavailable = true;
}

function answerUnavailableWith503(response: ServerResponse, state: RequestState): void {
  const writeHead = response.writeHead as (this: ServerResponse, status: number, ...rest: unknown[]) => ServerResponse;
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status !== 500 || !state.databaseUnavailable) return writeHead.call(this, status, ...rest);
    this.setHeader("Retry-After", "5");
    this.setHeader("Cache-Control", "no-store");
    return writeHead.call(this, 503, ...(typeof rest[0] === "string" ? rest.slice(1) : rest));
  } as ServerResponse["writeHead"];
}
