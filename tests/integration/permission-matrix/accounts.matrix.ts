import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { signOutAction } from "@/app/(app)/actions";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { changeRoleAction, createUserAction, resetLinkAction, setActiveAction } from "@/app/(app)/admin/users/actions";
import { markAllReadAction } from "@/app/(app)/notifications/actions";
import { forgotPasswordAction, setPasswordAction } from "@/app/(auth)/password-actions";
import { signInAction } from "@/app/(auth)/sign-in/actions";
import { verifyPassword } from "@/lib/auth/password";
import { hashToken, issueToken } from "@/lib/auth/tokens";
import type { Db } from "@/lib/db";
import type { AppErrorCode } from "@/lib/errors";
import { createUser, SESSION_COOKIE, TEST_PASSWORD } from "../../support/factories";
import { publishedMeeting } from "../../support/matrix/fixtures";
import { fingerprint } from "../../support/matrix/fingerprint";
import { grid } from "../../support/matrix/grid";
import { actionRefusal, defineCase, type Matrix, type Outcome } from "../../support/matrix/runner";
import { browserCookies } from "../../support/request-context";

// Written out by hand, not derived from the role map. Legend in support/matrix/grid.ts.

const NEW_PASSWORD = "copper kettle orbit lantern";
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const ADMIN_ONLY = grid`
  who         any
  signed_out  auth
  viewer      deny
  editor      deny
  reviewer    deny
  admin       ok`;
const EVERYONE_SIGNED_IN = grid`
  who         any
  signed_out  auth
  viewer      ok
  editor      ok
  reviewer    ok
  admin       ok`;
const ANYONE = grid`
  who         any
  signed_out  ok
  viewer      ok
  editor      ok
  reviewer    ok
  admin       ok`;

/** Someone other than the caller, with an open session, for the admin actions to act on. */
async function someone({ prisma }: { prisma: Db }) {
  const user = await createUser(prisma, "viewer");
  await prisma.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
  return user;
}

/** The mail server the matrix's test file runs; see accounts.test.ts. */
export const mailbox: { received: { to: string[]; body: string }[] } = { received: [] };

/** Mail goes through the queue (lib/mail-queue.ts): wait for its worker; a guard against hanging, not a timing assumption. */
async function expectMailTo(email: string) {
  for (const giveUpAt = Date.now() + 30_000; Date.now() < giveUpAt; ) {
    if (mailbox.received.some((m) => m.to.includes(email))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(mailbox.received.some((m) => m.to.includes(email))).toBe(true);
}

/** A sign-in that did not go through answers with an error message in the form's state. */
const signInRefusal = (outcome: Outcome): AppErrorCode | null =>
  (outcome.returned as { error?: string } | undefined)?.error ? "unauthenticated" : null;

/** A plain form action has no result to show a refusal in: signed out, it sends the browser to sign-in. A thrown refusal would be a server error. */
function formActionRefusal(outcome: Outcome): AppErrorCode | null {
  if (outcome.error) throw new Error(`A plain form action threw "${outcome.error.code}": the browser would get a server error`);
  return outcome.redirect?.startsWith("/sign-in?") ? "unauthenticated" : actionRefusal(outcome);
}

export const accountActions: Matrix = {
  "app/(app)/admin/users/actions.ts#createUserAction": [
    defineCase({
      rows: ADMIN_ONLY,
      fixture: async () => `invited-${randomUUID().slice(0, 8)}@test.example`,
      call: (email) => createUserAction(null, form({ name: "Invited Person", email, role: "reviewer" })),
      refusal: actionRefusal,
      effect: async (email, outcome, { prisma }) => {
        const user = await prisma.user.findUniqueOrThrow({ where: { email }, include: { tokens: true } });
        expect(user).toMatchObject({ role: "reviewer", active: true, passwordHash: null });
        expect(user.tokens.map((t) => t.kind)).toEqual(["invitation"]);
        const link = (outcome.returned as { data: { link: string } }).data.link;
        expect(user.tokens[0]!.hash).toBe(hashToken(link.split("/").pop()!));
        await expectMailTo(email);
      },
    }),
  ],
  "app/(app)/admin/users/actions.ts#changeRoleAction": [
    defineCase({
      rows: ADMIN_ONLY,
      fixture: someone,
      shared: true,
      call: (user) => changeRoleAction(null, form({ userId: user.id, role: "editor" })),
      refusal: actionRefusal,
      effect: async (user, outcome, { prisma }) => {
        expect(outcome.returned).toMatchObject({ ok: true });
        expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("editor");
        expect(await prisma.auditEvent.count({ where: { entityId: user.id, action: "user.role_change" } })).toBe(1);
      },
    }),
  ],
  "app/(app)/admin/users/actions.ts#setActiveAction": [
    defineCase({
      name: "deactivate",
      rows: ADMIN_ONLY,
      fixture: someone,
      shared: true,
      call: (user) => setActiveAction(null, form({ userId: user.id, active: "false" })),
      refusal: actionRefusal,
      effect: async (user, outcome, { prisma }) => {
        expect(outcome.returned).toMatchObject({ ok: true });
        expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(false);
        expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
      },
    }),
  ],
  "app/(app)/admin/users/actions.ts#resetLinkAction": [
    defineCase({
      rows: ADMIN_ONLY,
      fixture: someone,
      shared: true,
      call: (user) => resetLinkAction(null, form({ userId: user.id })),
      refusal: actionRefusal,
      effect: async (user, outcome, { prisma }) => {
        const link = (outcome.returned as { data: { link: string } }).data.link;
        expect(link).toMatch(/\/reset-password\/[\w-]+$/);
        const token = await prisma.token.findUniqueOrThrow({ where: { hash: hashToken(link.split("/").pop()!) } });
        expect(token).toMatchObject({ userId: user.id, kind: "password_reset", usedAt: null });
      },
    }),
  ],
  "app/(app)/account/actions.ts#changePasswordAction": [
    defineCase({
      rows: EVERYONE_SIGNED_IN,
      // Another session of the caller's, which the change must end.
      fixture: async ({ prisma, actor }) =>
        actor ? prisma.session.create({ data: { userId: actor.id, expiresAt: new Date(Date.now() + 3600_000) } }) : null,
      call: () => changePasswordAction(null, form({ current: TEST_PASSWORD, password: NEW_PASSWORD, confirm: NEW_PASSWORD })),
      refusal: actionRefusal,
      effect: async (otherSession, outcome, { prisma, actor }) => {
        expect(outcome.returned).toMatchObject({ ok: true });
        const user = await prisma.user.findUniqueOrThrow({ where: { id: actor!.id }, include: { sessions: true } });
        expect(await verifyPassword(user.passwordHash!, NEW_PASSWORD)).toBe(true);
        expect(user.sessions.map((s) => s.id)).not.toContain(otherSession!.id);
        expect(user.sessions).toHaveLength(1); // the one the change was made from
      },
    }),
  ],
  "app/(auth)/password-actions.ts#setPasswordAction": [
    defineCase({
      // The link is the authority, not the browser's session.
      rows: grid`
        who                   any
        signed_out            ok
        signed_out:used_link  state
        viewer                ok
        editor                ok
        reviewer              ok
        admin                 ok`,
      fixture: async ({ prisma, row }) => {
        const invited = await prisma.user.create({ data: { email: `link-${randomUUID().slice(0, 8)}@test.example`, name: "Invited", role: "viewer" } });
        const token = await prisma.$transaction((tx) => issueToken(tx, invited.id, "invitation"));
        if (row.variant === "used_link") await prisma.token.updateMany({ where: { userId: invited.id }, data: { usedAt: new Date() } });
        return { invited, raw: token.raw };
      },
      call: ({ raw }) => setPasswordAction(null, form({ kind: "invitation", token: raw, password: NEW_PASSWORD, confirm: NEW_PASSWORD })),
      refusal: actionRefusal,
      effect: async ({ invited, raw }, outcome, { prisma }) => {
        expect(outcome.redirect).toBe("/sign-in?password=set");
        const user = await prisma.user.findUniqueOrThrow({ where: { id: invited.id } });
        expect(await verifyPassword(user.passwordHash!, NEW_PASSWORD)).toBe(true);
        expect((await prisma.token.findUniqueOrThrow({ where: { hash: hashToken(raw) } })).usedAt).not.toBeNull();
      },
    }),
  ],
  "app/(auth)/password-actions.ts#forgotPasswordAction": [
    defineCase({
      rows: ANYONE,
      fixture: async ({ prisma }) => createUser(prisma, "editor"),
      call: (user) => forgotPasswordAction(null, form({ email: user.email })),
      refusal: actionRefusal,
      effect: async (user, outcome, { prisma }) => {
        expect(outcome.returned).toMatchObject({ ok: true, message: expect.stringMatching(/If that address has an active account/) });
        expect(await prisma.token.count({ where: { userId: user.id, kind: "password_reset", usedAt: null } })).toBe(1);
        await expectMailTo(user.email);
      },
    }),
  ],
  "app/(auth)/sign-in/actions.ts#signInAction": [
    defineCase({
      // The caller is whose email and password are typed; signed_out: an address with no account.
      rows: grid`
        who              any
        signed_out       auth
        viewer           ok
        editor           ok
        reviewer         ok
        admin            ok
        editor:inactive  auth`,
      signedIn: false,
      fixture: async ({ prisma, actor, row }) => {
        if (actor && row.variant === "inactive") await prisma.user.update({ where: { id: actor.id }, data: { active: false } });
      },
      call: (_none, { actor }) => signInAction({ email: "" }, form({ email: actor?.email ?? "nobody@test.example", password: TEST_PASSWORD, next: "/" })),
      refusal: signInRefusal,
      refusalWrites: ["AuditEvent", "SignInThrottle"],
      effect: async (_none, outcome, { prisma, actor }) => {
        expect(outcome.redirect).toBe("/");
        expect(await prisma.session.count({ where: { userId: actor!.id } })).toBe(1);
        expect(browserCookies.get(SESSION_COOKIE)).toBeDefined();
      },
    }),
  ],
  "app/(app)/actions.ts#signOutAction": [
    defineCase({
      rows: ANYONE,
      call: () => signOutAction(),
      refusal: actionRefusal,
      effect: async (_none, outcome, { prisma, actor, before }) => {
        expect(outcome.redirect).toBe("/sign-in");
        expect(browserCookies.get(SESSION_COOKIE)).toBeUndefined();
        if (actor) expect(await prisma.session.count({ where: { userId: actor.id } })).toBe(0);
        else expect(await fingerprint(prisma)).toEqual(before);
      },
    }),
  ],
  "app/(app)/notifications/actions.ts#markAllReadAction": [
    defineCase({
      rows: EVERYONE_SIGNED_IN,
      fixture: async ({ prisma, actor }) => {
        const meeting = await publishedMeeting(prisma);
        const other = await createUser(prisma, "reviewer");
        const notice = (userId: string) => prisma.notification.create({ data: { userId, meetingId: meeting.id, kind: "approved", actorName: "A reviewer" } });
        return { mine: actor ? await notice(actor.id) : null, theirs: await notice(other.id) };
      },
      call: () => markAllReadAction(),
      refusal: formActionRefusal,
      effect: async ({ mine, theirs }, _outcome, { prisma }) => {
        expect((await prisma.notification.findUniqueOrThrow({ where: { id: mine!.id } })).readAt).not.toBeNull();
        expect((await prisma.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
      },
    }),
  ],
};
