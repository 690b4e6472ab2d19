import type { ChildProcess } from "node:child_process";
import net from "node:net";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { freshDatabase } from "../support/database";
import { createUser } from "../support/factories";
import { startNextServer, type NextServer } from "../support/next-server";
import { untilSomeoneWaitsForALock, watch } from "../support/row-lock";

let url: string;
let server: NextServer;
let base: string;

/** Whether a new TCP connection is refused, i.e. the server stopped listening (a guard against hanging). */
async function untilRefused(): Promise<boolean> {
  const port = Number(new URL(base).port);
  const giveUpAt = Date.now() + 20_000;
  while (Date.now() < giveUpAt) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(false)));
      socket.once("error", () => resolve(true));
    });
    if (refused) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

const exitCode = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", resolve)));

beforeAll(async () => {
  ({ url } = await freshDatabase());
  server = await startNextServer(url);
  base = server.base;
}, 600_000);

afterAll(() => {
  if (server.process.exitCode === null) server.process.kill("SIGKILL");
});

describe("the production server", () => {
  it("logs one JSON line per request with its request id, and never the query string", async () => {
    const response = await fetch(`${base}/healthz?token=do-not-log-me`, { headers: { cookie: "authjs.session-token=do-not-log-me-either" } });
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.logLines()).toContainEqual(expect.objectContaining({ event: "request", method: "GET", path: "/healthz", status: 200, requestId }));
    expect(server.output()).not.toContain("do-not-log-me");
  });

  it("on SIGTERM refuses new connections, finishes the save in flight, then exits", async () => {
    // A signed-in editor signs out: the server deletes their Session row and audits it.
    const prisma = createPrismaClient(url);
    const user = await createUser(prisma, "editor");
    const session = await prisma.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
    const sessionCookie = await encode({ token: { sub: user.id, sid: session.id }, secret: server.authSecret, salt: "authjs.session-token" });
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };

    // Another connection holds the row, so the sign-out's delete waits in the database.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query("begin");
    await holder.query(`select id from "Session" where id = $1 for update`, [session.id]);
    const inFlight = watch(
      fetch(`${base}/api/auth/signout`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${csrfCookie}; authjs.session-token=${sessionCookie}` },
        body: new URLSearchParams({ csrfToken }),
      }).then((r) => r.status),
    );
    await untilSomeoneWaitsForALock(url);

    const exited = exitCode(server.process);
    server.process.kill("SIGTERM");
    expect(await untilRefused()).toBe(true);
    expect(inFlight.settled).toBe(false);

    await holder.query("commit");
    await holder.end();
    expect(await inFlight.promise).toBe(302);
    expect(await prisma.session.count({ where: { id: session.id } })).toBe(0);
    // Next.js exits with 128 + SIGTERM's number after a clean shutdown.
    expect(await exited).toBe(143);
    expect(server.logLines()).toContainEqual(expect.objectContaining({ event: "shutdown" }));
    await prisma.$disconnect();
  }, 60_000);
});
