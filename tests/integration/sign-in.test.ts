import { beforeAll, describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import type { Db } from "@/lib/db";
import { freshDatabase } from "../support/database";
import { createUser, TEST_PASSWORD } from "../support/factories";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

const attempt = (email: string, password: string) =>
  signInWithPassword({ email, password, ip: "203.0.113.9", userAgent: "vitest" });

describe("signInWithPassword", () => {
  it("opens a server-side session and audits the sign-in", async () => {
    const user = await createUser(prisma, "editor");
    const result = await attempt(user.email.toUpperCase(), TEST_PASSWORD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await prisma.session.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.userId).toBe(user.id);
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now());
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.sign_in", actorId: user.id } });
    expect(audit).toMatchObject({ entityId: user.id, ip: "203.0.113.9", actorRole: "editor" });
  });

  it("refuses a wrong password, opens no session and audits the failure", async () => {
    const user = await createUser(prisma, "viewer");
    expect(await attempt(user.email, "not-the-password")).toEqual({ ok: false });
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "user.sign_in_failed", actorId: user.id } })).toBe(1);
  });

  it("answers an unknown email exactly as a wrong password", async () => {
    expect(await attempt("nobody@test.example", TEST_PASSWORD)).toEqual({ ok: false });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.sign_in_failed", actorEmail: "nobody@test.example" } });
    expect(audit.actorId).toBeNull();
  });

  it("refuses a deactivated account even with the right password", async () => {
    const user = await createUser(prisma, "reviewer", { active: false });
    expect(await attempt(user.email, TEST_PASSWORD)).toEqual({ ok: false });
  });
});
