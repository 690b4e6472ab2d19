import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { logEveryRequest } from "@/lib/observability/access-log";

type Line = { event: string; path: string; status?: number; aborted?: boolean };

let server: http.Server;
let base: string;
const lines: Line[] = [];

beforeAll(async () => {
  const write = process.stdout.write.bind(process.stdout) as (chunk: string | Uint8Array) => boolean;
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    const text = String(chunk);
    if (text.startsWith('{"time"')) lines.push(JSON.parse(text) as Line);
    return write(chunk);
  });
  logEveryRequest();
  server = http.createServer((req, res) => {
    if (req.url === "/whole") return void res.end("all of it");
    if (req.url === "/part") return void res.writeHead(200).write("the first half");
    // "/nothing": the answer has not begun when the client leaves.
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  vi.restoreAllMocks();
});

const lineFor = async (path: string) => {
  await vi.waitFor(() => expect(lines.some((l) => l.path === path)).toBe(true), { timeout: 5000 });
  return lines.filter((l) => l.path === path);
};

/** Asks for `path` and hangs up once the head arrived, or after a moment if none does. */
const askAndLeave = (path: string) =>
  new Promise<void>((resolve) => {
    const request = http.get(`${base}${path}`, { agent: false }, () => {
      request.destroy();
      resolve();
    });
    request.on("error", () => {});
    setTimeout(() => {
      request.destroy();
      resolve();
    }, 200);
  });

describe("the access log", () => {
  it("writes one line for a finished answer, with its status and not marked aborted", async () => {
    await fetch(`${base}/whole`).then((r) => r.text());
    const found = await lineFor("/whole");
    expect(found).toEqual([expect.objectContaining({ event: "request", status: 200 })]);
    expect(found[0]).not.toHaveProperty("aborted");
  });

  it("writes one line marked aborted for an answer cut off after its head", async () => {
    await askAndLeave("/part");
    expect(await lineFor("/part")).toEqual([expect.objectContaining({ event: "request", status: 200, aborted: true })]);
  });

  it("writes one line marked aborted, with no status, when the client leaves before any answer", async () => {
    await askAndLeave("/nothing");
    const found = await lineFor("/nothing");
    expect(found).toEqual([expect.objectContaining({ event: "request", aborted: true })]);
    expect(found[0]).not.toHaveProperty("status");
  });
});
