import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOnce } from "@/lib/loadtest/readers";
import { expectedDuringFault, isError } from "@/lib/loadtest/recorder";

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/whole") return void res.end("a whole page");
    if (req.url === "/to-sign-in") return void res.writeHead(307, { location: "/sign-in?next=%2Freadouts" }).end();
    if (req.url === "/unavailable") return void res.writeHead(503).end();
    if (req.url === "/leak") return void res.writeHead(500).end("Invalid `prisma.meeting.findMany()` invocation");
    // The instance dies while it streams the answer: the head and a first part went out.
    const head = req.url === "/cut-with-length" ? { "content-length": "1000" } : {};
    res.writeHead(200, head).write("the first part");
    setTimeout(() => req.socket.destroy(), 20);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("a load-test read", () => {
  it("is a success when the whole answer arrived", async () => {
    const outcome = await readOnce(`${base}/whole`, "", "read", "/whole");
    expect(outcome).toMatchObject({ status: 200 });
    expect(isError(outcome)).toBe(false);
  });

  it.each(["/cut-chunked", "/cut-with-length"])("counts an answer cut off mid-way (%s) as an error of its own kind", async (path) => {
    const outcome = await readOnce(`${base}${path}`, "", "read", path);
    expect(outcome).toMatchObject({ status: 200, error: "cut off", path });
    expect(isError(outcome)).toBe(true);
  });

  it("keeps the piece of an answer that shows internals", async () => {
    const outcome = await readOnce(`${base}/leak`, "", "read", "/leak");
    expect(outcome).toMatchObject({ status: 500, leaked: expect.stringContaining("Invalid `prisma.") });
  });

  it("counts a redirect (to sign-in, say) as an error, never as a page read", async () => {
    const outcome = await readOnce(`${base}/to-sign-in`, "", "read", "/to-sign-in");
    expect(outcome).toMatchObject({ status: 307, error: "redirected to /sign-in" });
    expect(isError(outcome)).toBe(true);
    expect(expectedDuringFault(outcome, { name: "database restart", from: 0, to: Date.now() + 1000 })).toBe(false);
  });

  it("does not excuse a 503 that says nothing, even during a fault", async () => {
    const outcome = await readOnce(`${base}/unavailable`, "", "read", "/unavailable");
    expect(outcome.status).toBe(503);
    expect(expectedDuringFault(outcome, { name: "database restart", from: 0, to: Date.now() + 1000 })).toBe(false);
    expect(expectedDuringFault({ ...outcome, excerpt: '{"error":"temporarily unavailable, try again"}' }, { name: "database restart", from: 0, to: 1 })).toBe(true);
  });
});
