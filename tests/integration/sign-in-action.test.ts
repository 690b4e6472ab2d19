import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signOutAction } from "@/app/(app)/actions";
import { signInAction } from "@/app/(auth)/sign-in/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db";
import { freshDatabase } from "../support/database";
import { createUser, SESSION_COOKIE, TEST_PASSWORD } from "../support/factories";
import { redirectTarget } from "../support/forms";
import { browserCookies, resetRequest } from "../support/request-context";

// The real sign-in and sign-out actions through the real next-auth: only the
// request (headers and a cookie jar) is the test's.
let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});
beforeEach(resetRequest);

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

/** Runs an action that may end in a redirect, as the browser would see it. */
async function submit<T>(action: () => Promise<T>): Promise<{ state?: T; redirect?: string }> {
  try {
    return { state: await action() };
  } catch (error) {
    const target = redirectTarget(error);
    if (!target) throw error;
    return { redirect: target };
  }
}

const signIn = (email: string, password: string, next = "/meetings") =>
  submit(() => signInAction({ email: "" }, form({ email, password, next })));

describe("the sign-in action", () => {
  it("with the right password opens a Session row, sets the session cookie and goes on", async () => {
    const user = await createUser(prisma, "editor");
    const outcome = await signIn(user.email, TEST_PASSWORD);

    expect(outcome.redirect).toBe("/meetings");
    const sessions = await prisma.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.userAgent).toBe("vitest");
    expect(browserCookies.get(SESSION_COOKIE)).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    expect(await getCurrentUser()).toMatchObject({ id: user.id, role: "editor", sessionId: sessions[0]!.id });
  });

  it("with a wrong password opens no session, sets no cookie and says so", async () => {
    const user = await createUser(prisma, "editor");
    const outcome = await signIn(user.email, "not-the-password");

    expect(outcome.state).toEqual({ email: user.email, error: expect.stringMatching(/not right/) });
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(browserCookies.all()).toEqual([]);
    expect(await getCurrentUser()).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "user.sign_in_failed", actorId: user.id } })).toBe(1);
  });

  it("for an unknown account answers exactly as for a wrong password", async () => {
    const known = await createUser(prisma, "viewer");
    const wrong = await signIn(known.email, "not-the-password");
    const unknown = await signIn("nobody@test.example", "not-the-password");
    expect(unknown.state?.error).toBe(wrong.state?.error);
    expect(browserCookies.all()).toEqual([]);
  });

  it("does not follow a next address off the site", async () => {
    const user = await createUser(prisma, "viewer");
    const outcome = await signIn(user.email, TEST_PASSWORD, "https://evil.example/");
    expect(outcome.redirect).toBe("/");
  });
});

describe("the sign-out action", () => {
  it("deletes the Session row, clears the cookie and audits it", async () => {
    const user = await createUser(prisma, "reviewer");
    await signIn(user.email, TEST_PASSWORD);
    const session = await prisma.session.findFirstOrThrow({ where: { userId: user.id } });

    const outcome = await submit(() => signOutAction());

    expect(outcome.redirect).toBe("/sign-in");
    expect(await prisma.session.findUnique({ where: { id: session.id } })).toBeNull();
    expect(browserCookies.get(SESSION_COOKIE)).toBeUndefined();
    expect(await getCurrentUser()).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "user.sign_out", entityId: user.id } })).toBe(1);
    expect(JSON.stringify(await prisma.auditEvent.findMany())).not.toContain(session.id);
  });

  it("leaves the person's other sessions open", async () => {
    const user = await createUser(prisma, "viewer");
    await signIn(user.email, TEST_PASSWORD);
    const elsewhere = await prisma.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
    await submit(() => signOutAction());
    expect(await prisma.session.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([{ id: elsewhere.id }]);
  });
});
