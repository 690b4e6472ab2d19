import { AsyncLocalStorage } from "node:async_hooks";
import { Server, type IncomingMessage } from "node:http";

// Next.js gives route handlers and server actions the request's headers but
// not its socket, and `next start` keeps a client's own X-Forwarded-For as it
// is (it adds the socket's address only when the header is missing). So each
// request of this process runs with its socket's address in async context,
// where no header can reach it. One holder per process: Next bundles this
// module more than once.
type Holder = { storage: AsyncLocalStorage<string>; recording: boolean };
const KEY = Symbol.for("readout.socket-address");
const holder: Holder = ((globalThis as { [KEY]?: Holder })[KEY] ??= {
  storage: new AsyncLocalStorage<string>(),
  recording: false,
});

/** Makes `socketAddress()` work for every HTTP request this process serves from now on. */
export function recordSocketAddresses(): void {
  if (holder.recording) return;
  holder.recording = true;
  const emit = Server.prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return emit.call(this, event, ...args);
    const request = args[0] as IncomingMessage;
    return withSocketAddress(request.socket.remoteAddress ?? "", () => emit.call(this, event, ...args));
  } as Server["emit"];
}

/** Runs `work`, and all it starts, as part of a request whose socket's peer is `address`. */
export function withSocketAddress<T>(address: string, work: () => T): T {
  return holder.storage.run(address, work);
}

/** The address of the peer that opened this request's connection: the client, or a proxy in front. */
export function socketAddress(): string | undefined {
  return holder.storage.getStore() || undefined;
}
