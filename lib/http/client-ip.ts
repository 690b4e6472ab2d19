import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";
import { socketAddress } from "@/lib/http/socket-address";

/** Whether the peer at `address` (the hop-th from this server) is a proxy whose X-Forwarded-For we believe. */
export type Trust = (address: string, hop: number) => boolean;

const trustNothing: Trust = () => false;

/**
 * Reads TRUST_PROXY: the addresses and ranges of the proxies in front of
 * Readout, separated by commas ("10.0.0.5", "10.0.0.0/8", "fd00::/8", or
 * proxy-addr's names "loopback", "linklocal", "uniquelocal"). Unset, empty or
 * "false": nobody is trusted and the socket's address is the client's.
 */
export function compileTrust(setting: string | undefined): Trust {
  const value = (setting ?? "").trim();
  if (value === "" || value === "false") return trustNothing;
  if (value === "true") {
    throw new Error(
      "TRUST_PROXY=true would let every client choose its own address. Set TRUST_PROXY to the addresses of your proxies, e.g. TRUST_PROXY=10.0.0.5 or TRUST_PROXY=10.0.0.0/8, or leave it unset when clients reach Readout directly.",
    );
  }
  try {
    return proxyaddr.compile(value.split(",").map((entry) => entry.trim()).filter(Boolean));
  } catch (error) {
    throw new Error(`TRUST_PROXY is not a list of addresses or ranges (${(error as Error).message}), e.g. TRUST_PROXY=10.0.0.5,192.168.0.0/16.`);
  }
}

let compiled: { setting: string | undefined; trust: Trust } | undefined;
function trustedProxies(): Trust {
  const setting = process.env.TRUST_PROXY;
  if (!compiled || compiled.setting !== setting) compiled = { setting, trust: compileTrust(setting) };
  return compiled.trust;
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted
 * proxy. Then X-Forwarded-For is read from the right, where each trusted proxy
 * appended the peer it saw, up to the first address that is not a trusted
 * proxy: that is the client. Whatever stands left of it may be forged.
 * "unknown" only when this request came from no socket.
 */
export function clientIp(headers: Headers, socket: string | undefined = socketAddress(), trust: Trust = trustedProxies()): string {
  if (!socket) {
    warnNoSocket();
    return "unknown";
  }
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const hops = proxyaddr.all({ headers: { "x-forwarded-for": forwarded }, socket: { remoteAddress: socket } } as never, trust);
  const client = withoutPort(hops[hops.length - 1]!);
  if (ipaddr.isValid(client)) return canonical(client);
  // A trusted proxy that reports something other than an address tells us
  // nothing: the nearest address we know is that proxy's own.
  return canonical(hops[hops.length - 2] ?? socket);
}

// Some proxies write "192.0.2.1:5678" or "[2001:db8::1]:5678".
function withoutPort(hop: string): string {
  return /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(hop)?.[1] ?? /^\[([0-9a-fA-F:.]+)\](?::\d{1,5})?$/.exec(hop)?.[1] ?? hop;
}

/** One spelling per address: "::ffff:192.0.2.1" is 192.0.2.1, "2001:DB8:0::1" is 2001:db8::1. */
function canonical(address: string): string {
  return ipaddr.isValid(address) ? ipaddr.process(address).toString() : address.slice(0, 64);
}

/**
 * What the per-address sign-in limit counts: the address itself for IPv4, the
 * /64 network for IPv6, since anyone with one IPv6 address has the whole /64.
 */
export function addressKey(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === "ipv4") return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}

let warned = false;
function warnNoSocket() {
  if (warned || process.env.NODE_ENV === "test") return;
  warned = true;
  console.warn('Readout cannot see the socket address of requests (instrumentation.ts did not run?); every client counts as "unknown".');
}
