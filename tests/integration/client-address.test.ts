import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { THROTTLE } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { recordSocketAddresses } from "@/lib/http/socket-address";
import { freshDatabase } from "../support/database";

// A real HTTP server, set up as instrumentation.ts sets up the app's: each
// request is one failed sign-in from whatever address clientIp() finds.
recordSocketAddresses();
const server = http.createServer(async (req, res) => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const ip = clientIp(headers);
  const result = await signInWithPassword({ email: headers.get("x-email")!, password: "wrong-password", ip, userAgent: "vitest" });
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ ip, throttled: !result.ok && result.throttled === true }));
});

let prisma: Db;
let port = 0;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
afterEach(() => {
  delete process.env.TRUST_PROXY;
});

/** A failed sign-in sent from a chosen loopback address (Linux serves all of 127.0.0.0/8 here). */
function attempt(from: string, email: string, forwardedFor?: string): Promise<{ ip: string; throttled: boolean }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "x-email": email, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) };
    http
      .get({ host: "127.0.0.1", port, path: "/", localAddress: from, headers }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve(JSON.parse(body)));
      })
      .on("error", reject);
  });
}

describe("the client's address", () => {
  it("is the socket's: a rotated X-Forwarded-For neither escapes the per-address limit nor reaches the audit log", async () => {
    for (let i = 0; i < THROTTLE.addressLimit; i++) {
      expect(await attempt("127.0.0.2", `spray-${i}@test.example`, `198.51.100.${i}, 10.0.0.1`)).toEqual({ ip: "127.0.0.2", throttled: false });
    }
    expect(await attempt("127.0.0.2", "spray-last@test.example", "203.0.113.1")).toEqual({ ip: "127.0.0.2", throttled: true });
    // A second client is counted on its own, not lumped in with the first as "unknown".
    expect(await attempt("127.0.0.3", "other@test.example", "203.0.113.1")).toEqual({ ip: "127.0.0.3", throttled: false });

    const addresses = await prisma.auditEvent.findMany({ where: { action: "user.sign_in_failed" }, distinct: ["ip"], select: { ip: true } });
    expect(addresses.map((a) => a.ip).sort()).toEqual(["127.0.0.2", "127.0.0.3"]);
  });

  it("behind a trusted proxy, is the address the proxy appended", async () => {
    process.env.TRUST_PROXY = "127.0.0.4";
    expect(await attempt("127.0.0.4", "proxied@test.example", "203.0.113.7, 198.51.100.20")).toMatchObject({ ip: "198.51.100.20" });
    expect(await attempt("127.0.0.4", "proxied@test.example", "198.51.100.21")).toMatchObject({ ip: "198.51.100.21" });
    expect(await attempt("127.0.0.5", "direct@test.example", "198.51.100.22")).toMatchObject({ ip: "127.0.0.5" });
  });
});
