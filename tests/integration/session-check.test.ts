import { PrismaPg } from "@prisma/adapter-pg";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { freshDatabase } from "../support/database";
import { actAs, createUser, SESSION_COOKIE } from "../support/factories";
import { browserCookies, setRequestHeaders } from "../support/request-context";

let prisma: Db;
const statements: string[] = [];

beforeAll(async () => {
  const { url } = await freshDatabase();
  const counted = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
  counted.$on("query", (event) => statements.push(event.query));
  prisma = counted as unknown as Db;
  (globalThis as { readoutPrisma?: unknown }).readoutPrisma = counted;
});

async function sealed(token: Record<string, unknown>, salt: string, secret = process.env.AUTH_SECRET!) {
  return encode({ token, secret, salt });
}

describe("the session check on every request", () => {
  it("is one read by key, and writes nothing", async () => {
    const user = await createUser(prisma, "viewer");
    const session = await actAs(prisma, user);
    statements.length = 0;
    expect((await getCurrentUser())?.sessionId).toBe(session.id);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^\s*SELECT/i);
  });

  it("reads the cookie next-auth sets over plain HTTP too", async () => {
    const user = await createUser(prisma, "editor");
    const session = await prisma.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 60_000) } });
    browserCookies.clear();
    browserCookies.set("authjs.session-token", await sealed({ sub: user.id, sid: session.id }, "authjs.session-token"));
    setRequestHeaders({ "x-forwarded-proto": "http" });
    try {
      expect((await getCurrentUser())?.id).toBe(user.id);
    } finally {
      setRequestHeaders({});
    }
    // Over HTTPS only the __Secure- cookie counts.
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuses a cookie sealed with another secret, under another name, or without a session", async () => {
    const user = await createUser(prisma, "admin");
    const session = await prisma.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 60_000) } });
    const cases = [
      await sealed({ sub: user.id, sid: session.id }, SESSION_COOKIE, "another-secret-of-at-least-thirty-two-characters"),
      await sealed({ sub: user.id, sid: session.id }, "authjs.session-token"),
      await sealed({ sub: user.id }, SESSION_COOKIE),
      "not-a-token",
    ];
    for (const value of cases) {
      browserCookies.clear();
      browserCookies.set(SESSION_COOKIE, value);
      expect(await getCurrentUser()).toBeNull();
    }
  });

  it("asks Postgres every time: a session ended elsewhere stops working at once, though its cookie was read before", async () => {
    const user = await createUser(prisma, "viewer");
    const session = await actAs(prisma, user);
    expect((await getCurrentUser())?.id).toBe(user.id);
    expect((await getCurrentUser())?.id).toBe(user.id);
    await prisma.session.delete({ where: { id: session.id } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuses a cookie read before once its token has expired", async () => {
    const user = await createUser(prisma, "viewer");
    const session = await prisma.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    browserCookies.clear();
    browserCookies.set(SESSION_COOKIE, await encode({ token: { sub: user.id, sid: session.id }, secret: process.env.AUTH_SECRET!, salt: SESSION_COOKIE, maxAge: 60 }));
    expect((await getCurrentUser())?.id).toBe(user.id);
    const later = Date.now() + 3_600_000;
    vi.spyOn(Date, "now").mockReturnValue(later);
    try {
      expect(await getCurrentUser()).toBeNull();
    } finally {
      vi.restoreAllMocks();
    }
  });
});
