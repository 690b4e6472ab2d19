import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../support/database";
import { createUser } from "../support/factories";
import { startNextServer, type NextServer } from "../support/next-server";
import { tcpSwitch, type TcpSwitch } from "../support/tcp-switch";

// The production server reaches its database through a switch the test can
// cut: a database restart or a network fault, as the app sees it.
let server: NextServer;
let wire: TcpSwitch;
let cookie: string;

beforeAll(async () => {
  const { url, prisma } = await freshDatabase();
  const target = new URL(url);
  wire = await tcpSwitch({ host: target.hostname, port: Number(target.port) });
  const viaSwitch = new URL(url);
  viaSwitch.port = String(wire.port);
  server = await startNextServer(viaSwitch.toString());

  const user = await createUser(prisma, "viewer");
  const session = await prisma.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
  cookie = `authjs.session-token=${await encode({ token: { sub: user.id, sid: session.id }, secret: server.authSecret, salt: "authjs.session-token" })}`;
  await prisma.$disconnect();
}, 600_000);

afterAll(async () => {
  if (server?.process.exitCode === null) server.process.kill("SIGKILL");
  await wire?.close();
});

const get = (path: string) => fetch(`${server.base}${path}`, { headers: { cookie }, redirect: "manual" });

async function untilStatus(path: string, status: number, withinMs: number): Promise<number> {
  const giveUpAt = Date.now() + withinMs;
  let last = 0;
  while (Date.now() < giveUpAt) {
    last = (await get(path)).status;
    if (last === status) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return last;
}

describe("a database outage", () => {
  it("answers pages, routes and probes with 503 and a message while it lasts, and recovers by itself", async () => {
    expect((await get("/readouts")).status).toBe(200);
    expect((await get("/readyz")).status).toBe(200);

    await wire.cut();
    const page = await get("/readouts");
    const body = await page.text();
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    // The error page (app/error.tsx, "try again in a moment") renders in the browser from this document.
    expect(body.includes("digest")).toBe(true);
    expect(body).not.toMatch(/ECONNREFUSED|PrismaClient|at async|node_modules/);
    const api = await get("/api/v1/readouts");
    expect(api.status).toBe(503);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("unavailable");
    // Readiness gives up after 3 s; an unreachable database is refused at once here.
    expect(await untilStatus("/readyz", 503, 10_000)).toBe(503);
    expect((await get("/healthz")).status).toBe(200);

    await wire.reconnect();
    expect(await untilStatus("/readouts", 200, 15_000)).toBe(200);
    expect(await untilStatus("/readyz", 200, 15_000)).toBe(200);
    expect(server.process.exitCode).toBeNull();

    const pageLines = server.logLines().filter((l) => l.event === "request" && l.path === "/readouts");
    expect(pageLines.map((l) => l.status)).toContain(503);
  }, 120_000);
});
