import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIfNeeded } from "@/lib/cli/build-if-needed";
import { freePort } from "@/lib/cli/free-port";
import { bin, ROOT } from "@/lib/cli/run";
import { freshDatabase } from "../support/database";
import { untilSomeoneWaitsForALock, watch } from "../support/row-lock";

// The production server as an operator runs it: `next start` on a build.
let url: string;
let server: ChildProcess;
let base: string;
let output = "";

async function untilServing() {
  const giveUpAt = Date.now() + 60_000;
  while (Date.now() < giveUpAt) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start did not answer:\n${output}`);
}

const exitCode = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", resolve)));

const logLines = () =>
  output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  await buildIfNeeded();
  ({ url } = await freshDatabase());
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  await untilServing();
}, 600_000);

afterAll(() => {
  if (server.exitCode === null) server.kill("SIGKILL");
});

describe("the production server", () => {
  it("logs one JSON line per request with its request id, and never the query string", async () => {
    const response = await fetch(`${base}/healthz?token=do-not-log-me`, { headers: { cookie: "authjs.session-token=do-not-log-me-either" } });
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(logLines()).toContainEqual(expect.objectContaining({ event: "request", method: "GET", path: "/healthz", status: 200, requestId }));
    expect(output).not.toContain("do-not-log-me");
  });

  it("on SIGTERM refuses new connections, finishes the request in flight, then exits", async () => {
    // Another connection holds a lock the readiness check needs, so /readyz waits in the database.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query("begin");
    await holder.query("lock table _prisma_migrations in access exclusive mode");
    const inFlight = watch(fetch(`${base}/readyz`).then(async (r) => ({ status: r.status, body: await r.json() })));
    await untilSomeoneWaitsForALock(url);

    const exited = exitCode(server);
    server.kill("SIGTERM");
    // A guard against hanging: the listener closes at once.
    const giveUpAt = Date.now() + 20_000;
    while ((await fetch(`${base}/healthz`).then(() => true, () => false)) && Date.now() < giveUpAt) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await fetch(`${base}/healthz`).then(() => "answered", () => "refused")).toBe("refused");
    expect(inFlight.settled).toBe(false);

    await holder.query("commit");
    await holder.end();
    expect(await inFlight.promise).toEqual({ status: 200, body: { status: "ready" } });
    // Next.js exits with 128 + SIGTERM's number after a clean shutdown.
    expect(await exited).toBe(143);
    expect(logLines()).toContainEqual(expect.objectContaining({ event: "shutdown" }));
  }, 60_000);
});
