import { beforeAll, describe, expect, it } from "vitest";
import { changeRoleAction, createUserAction, resetLinkAction, setActiveAction } from "@/app/(app)/admin/users/actions";
import { transitionAction } from "@/app/(app)/meetings/[id]/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { THROTTLE } from "@/lib/auth/throttle";
import { listUsers } from "@/lib/dal/users";
import type { Db } from "@/lib/db";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { changeRole, setActive } from "@/lib/users/manage-users";
import { changeOwnPassword, peekToken, setPasswordWithToken } from "@/lib/users/passwords";
import { freshDatabase, useDatabase } from "../support/database";
import { actAs, createUser, TEST_PASSWORD } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

const GOOD_PASSWORD = "copper kettle orbit lantern";
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const tokenOf = (link: string) => link.split("/").pop()!;
const signIn = (email: string, password: string, ip = "198.51.100.1") => signInWithPassword({ email, password, ip, userAgent: "vitest" });

async function asAdmin() {
  const admin = await createUser(prisma, "admin");
  await actAs(prisma, admin);
  return admin;
}

describe("invitations and password resets", () => {
  it("invite: the link sets a password once, then is dead", async () => {
    await asAdmin();
    const email = `new-${Date.now()}@test.example`;
    const result = await createUserAction(null, form({ name: "New Person", email, role: "viewer" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.emailed).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/argon2/);
    const token = tokenOf(result.data.link);
    expect(await peekToken("invitation", token)).toEqual({ name: "New Person", email });
    expect(await signIn(email, GOOD_PASSWORD)).toMatchObject({ ok: false });

    await expect(setPasswordWithToken("invitation", token, "password1234")).rejects.toMatchObject({ code: "invalid_input" });
    await setPasswordWithToken("invitation", token, GOOD_PASSWORD); // the refused try did not use the link up
    expect(await signIn(email, GOOD_PASSWORD)).toMatchObject({ ok: true });

    await expect(setPasswordWithToken("invitation", token, "another good passphrase here")).rejects.toMatchObject({ code: "invalid_state" });
    expect(await peekToken("invitation", token)).toBeNull();
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.create", after: { path: ["email"], equals: email } } });
    expect(audit.entityType).toBe("user");
  });

  it("refuses an expired link and a link of the other kind", async () => {
    await asAdmin();
    const user = await createUser(prisma, "editor");
    const result = await resetLinkAction(null, form({ userId: user.id }));
    if (!result.ok) throw new Error(result.formError);
    const token = tokenOf(result.data.link);
    await expect(setPasswordWithToken("invitation", token, GOOD_PASSWORD)).rejects.toMatchObject({ code: "invalid_state" });
    await prisma.token.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(setPasswordWithToken("password_reset", token, GOOD_PASSWORD)).rejects.toMatchObject({ code: "invalid_state" });
  });

  it("reset: the new password works, the old one and open sessions do not", async () => {
    await asAdmin();
    const user = await createUser(prisma, "reviewer");
    await prisma.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
    const result = await resetLinkAction(null, form({ userId: user.id }));
    if (!result.ok) throw new Error(result.formError);
    await Promise.allSettled([
      setPasswordWithToken("password_reset", tokenOf(result.data.link), GOOD_PASSWORD),
      setPasswordWithToken("password_reset", tokenOf(result.data.link), "a different long passphrase"),
    ]);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await signIn(user.email, TEST_PASSWORD)).toMatchObject({ ok: false });
    const outcomes = await Promise.all([signIn(user.email, GOOD_PASSWORD), signIn(user.email, "a different long passphrase")]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
  });

  it("own password change needs the current one and ends the other sessions", async () => {
    const user = await createUser(prisma, "editor");
    const current = await actAs(prisma, user);
    const other = await prisma.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
    const me = (await getCurrentUser())!;
    await expect(changeOwnPassword(me, "wrong", GOOD_PASSWORD)).rejects.toMatchObject({ message: /current password/ });
    await expect(changeOwnPassword(me, TEST_PASSWORD, "qwertyuiop123")).rejects.toMatchObject({ code: "invalid_input" });
    await changeOwnPassword(me, TEST_PASSWORD, GOOD_PASSWORD);
    expect(await prisma.session.findUnique({ where: { id: other.id } })).toBeNull();
    expect(await prisma.session.findUnique({ where: { id: current.id } })).not.toBeNull();
  });
});

describe("roles and deactivation", () => {
  it("a demoted reviewer's open session can no longer approve", async () => {
    const editor = await staff(prisma, "editor");
    const { id } = await draftMeeting(editor);
    await transitionMeeting(editor, id, "submit", { version: 1 });
    const reviewer = await createUser(prisma, "reviewer");
    const admin = await staff(prisma, "admin");
    await actAs(prisma, reviewer); // the reviewer's session stays open throughout
    await changeRole(admin, reviewer.id, "viewer");
    const result = await transitionAction(null, form({ meetingId: id, move: "approve", version: "1" }));
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id } })).workingCopy).toBe("in_review");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.role_change", entityId: reviewer.id } });
    expect(audit).toMatchObject({ before: { role: "reviewer" }, after: { role: "viewer" }, actorId: admin.id });
  });

  it("a deactivated user's open session is signed out at once, and reactivation restores sign-in", async () => {
    const user = await createUser(prisma, "editor");
    const admin = await staff(prisma, "admin");
    await actAs(prisma, user);
    expect(await getCurrentUser()).not.toBeNull();
    await setActive(admin, user.id, false);
    expect(await getCurrentUser()).toBeNull();
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await signIn(user.email, TEST_PASSWORD)).toMatchObject({ ok: false });
    await setActive(admin, user.id, true);
    expect(await signIn(user.email, TEST_PASSWORD)).toMatchObject({ ok: true });
    expect(await prisma.auditEvent.count({ where: { entityId: user.id, action: { in: ["user.deactivate", "user.reactivate"] } } })).toBe(2);
  });

  it("never leaves the organisation without an active admin", async () => {
    const { prisma: own } = await freshDatabase();
    const only = await createUser(own, "admin");
    await actAs(own, only);
    expect(await changeRoleAction(null, form({ userId: only.id, role: "editor" }))).toMatchObject({ ok: false, formError: /last active admin/ });
    expect(await setActiveAction(null, form({ userId: only.id, active: "false" }))).toMatchObject({ ok: false, formError: /last active admin/ });

    const second = await createUser(own, "admin");
    const [a, b] = await Promise.all([
      changeRole({ ...only, sessionId: "" }, second.id, "viewer").then(() => "ok", () => "refused"),
      changeRole({ ...second, sessionId: "" }, only.id, "viewer").then(() => "ok", () => "refused"),
    ]);
    expect([a, b].sort()).toEqual(["ok", "refused"]);
    expect(await own.user.count({ where: { role: "admin", active: true } })).toBe(1);
    useDatabase(prisma);
  });

  it("refuses every account action to non-admins", async () => {
    const target = await createUser(prisma, "viewer");
    for (const role of ["editor", "reviewer", "viewer"] as const) {
      await actAs(prisma, await createUser(prisma, role));
      expect(await createUserAction(null, form({ name: "X", email: `x-${role}@t.example`, role: "admin" }))).toMatchObject({ ok: false, code: "forbidden" });
      expect(await changeRoleAction(null, form({ userId: target.id, role: "admin" }))).toMatchObject({ ok: false, code: "forbidden" });
      expect(await setActiveAction(null, form({ userId: target.id, active: "false" }))).toMatchObject({ ok: false, code: "forbidden" });
      expect(await resetLinkAction(null, form({ userId: target.id }))).toMatchObject({ ok: false, code: "forbidden" });
      await expect(listUsers(1)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("viewer");
  });

  it("gives admins the account list without password hashes", async () => {
    await asAdmin();
    const { items } = await listUsers(1);
    expect(items.length).toBeGreaterThan(0);
    expect(JSON.stringify(items)).not.toMatch(/argon2|passwordHash/);
    expect(items.every((u) => typeof u.hasPassword === "boolean")).toBe(true);
  });
});

describe("sign-in throttling", () => {
  it("locks an account after repeated failures, with no hint whether it exists, and lifts", async () => {
    const user = await createUser(prisma, "viewer");
    for (let i = 0; i < THROTTLE.accountLimit; i++) expect(await signIn(user.email, "wrong", `192.0.2.${i}`)).toEqual({ ok: false });
    expect(await signIn(user.email, TEST_PASSWORD, "192.0.2.99")).toMatchObject({ ok: false, throttled: true });

    const ghost = `ghost-${Date.now()}@test.example`;
    for (let i = 0; i < THROTTLE.accountLimit; i++) await signIn(ghost, "wrong", `192.0.2.${i}`);
    expect(await signIn(ghost, "wrong", "192.0.2.99")).toMatchObject({ ok: false, throttled: true });

    await prisma.signInThrottle.update({ where: { key: `account:${user.email}` }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await signIn(user.email, TEST_PASSWORD, "192.0.2.99")).toMatchObject({ ok: true });
    expect(await prisma.signInThrottle.findUnique({ where: { key: `account:${user.email}` } })).toBeNull();
  });

  it("locks an address that tries many accounts, but not other addresses", async () => {
    const ip = "203.0.113.77";
    for (let i = 0; i < THROTTLE.addressLimit; i++) await signIn(`spray-${i}@test.example`, "wrong", ip);
    const user = await createUser(prisma, "viewer");
    expect(await signIn(user.email, TEST_PASSWORD, ip)).toMatchObject({ ok: false, throttled: true });
    expect(await signIn(user.email, TEST_PASSWORD, "203.0.113.78")).toMatchObject({ ok: true });
  });

  it("counts failures that arrive at the same moment", async () => {
    const user = await createUser(prisma, "viewer");
    await Promise.all(Array.from({ length: THROTTLE.accountLimit }, (_, i) => signIn(user.email, "wrong", `198.18.0.${i}`)));
    const row = await prisma.signInThrottle.findUniqueOrThrow({ where: { key: `account:${user.email}` } });
    expect(row.failures).toBe(THROTTLE.accountLimit);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });
});
