import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBalancer, type Balancer } from "@/lib/loadtest/balancer";

// An instance that resets a kept-alive connection when it is used again, before
// answering: the race in which a load balancer reuses a connection the
// instance is closing. Every request it reads is counted.
let instance: http.Server;
let balancer: Balancer;
const received: string[] = [];

beforeAll(async () => {
  const servedOn = new WeakMap<object, number>();
  instance = http.createServer((req, res) => {
    if (req.url === "/healthz") return void res.end("ok");
    received.push(`${req.method} ${req.url}`);
    const served = servedOn.get(req.socket) ?? 0;
    servedOn.set(req.socket, served + 1);
    if (served > 0) return void req.socket.resetAndDestroy();
    res.end(`answer to ${req.method} ${req.url}`);
  });
  await new Promise<void>((resolve) => instance.listen(0, "127.0.0.1", resolve));
  balancer = await startBalancer([`http://127.0.0.1:${(instance.address() as AddressInfo).port}`]);
});

afterAll(async () => {
  await balancer.close();
  instance.closeAllConnections();
  await new Promise((resolve) => instance.close(resolve));
});

const count = (request: string) => received.filter((r) => r === request).length;

describe("the load test's balancer, when an instance resets a reused connection", () => {
  it("sends a GET once more on a new connection, and the client gets the answer", async () => {
    expect((await fetch(`${balancer.url}/first`)).status).toBe(200);
    const second = await fetch(`${balancer.url}/second`);
    expect([second.status, await second.text()]).toEqual([200, "answer to GET /second"]);
    expect(count("GET /second")).toBe(2);
  });

  it("never sends a POST twice: the client gets a 502 that names the reset", async () => {
    expect((await fetch(`${balancer.url}/warm-up`)).status).toBe(200);
    const post = await fetch(`${balancer.url}/save`, { method: "POST", body: "x" });
    expect([post.status, post.headers.get("x-balancer-error")]).toEqual([502, "ECONNRESET"]);
    expect(count("POST /save")).toBe(1);
  });
});
