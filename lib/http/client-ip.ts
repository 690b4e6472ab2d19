/**
 * The client's address as the nearest proxy reports it. Behind a load
 * balancer, X-Forwarded-For's first entry is the client; set TRUST_PROXY=false
 * when Readout is reachable directly, so the header cannot be forged.
 */
export function clientIp(headers: Headers): string {
  if (process.env.TRUST_PROXY !== "false") {
    const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
    const real = headers.get("x-real-ip")?.trim();
    if (real) return real.slice(0, 64);
  }
  return "unknown";
}
