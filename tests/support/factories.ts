import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db";
import type { MeetingInput } from "@/lib/validation/meeting";
import { encode } from "next-auth/jwt";
import { browserCookies } from "./request-context";

export const TEST_PASSWORD = "a-long-test-password";
let passwordHash: Promise<string> | undefined;

export async function createUser(prisma: Db, role: Role, overrides: { active?: boolean; email?: string } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID().slice(0, 8);
  return prisma.user.create({
    data: {
      email: overrides.email ?? `${role}-${id}@test.example`,
      name: `${role} ${id}`,
      role,
      active: overrides.active ?? true,
      passwordHash: await passwordHash,
    },
  });
}

// Requests in tests are HTTPS (see request-context.ts), so next-auth uses its __Secure- cookie.
export const SESSION_COOKIE = "__Secure-authjs.session-token";

/**
 * Opens a real server-side session for the user and puts the cookie that
 * next-auth would have set at sign-in into the test's browser (signing in
 * for real costs an argon2 hash; tests/integration/sign-in-action.test.ts
 * shows that next-auth's own cookie has this form).
 */
export async function actAs(prisma: Db, user: { id: string }) {
  const session = await prisma.session.create({
    data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) },
  });
  const token = await encode({ token: { sub: user.id, sid: session.id }, secret: process.env.AUTH_SECRET!, salt: SESSION_COOKIE });
  browserCookies.clear();
  browserCookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure: true, path: "/" });
  return session;
}

export function actAsNobody() {
  browserCookies.clear();
}

export function meetingInput(overrides: Partial<MeetingInput> = {}): MeetingInput {
  const discussionKey = randomUUID();
  return {
    title: `Test meeting ${randomUUID().slice(0, 6)}`,
    series: "Ukraine Defense Contact Group",
    timeZone: "Europe/Brussels",
    startsAt: "2026-10-14T09:00:00Z",
    startsAtOffset: "",
    endsAt: "",
    endsAtOffset: "",
    location: "Brussels",
    format: "in_person",
    chair: "",
    summary: "A summary.",
    implications: "Some implications.",
    participants: [{ key: randomUUID(), name: "Poland", kind: "country", attendance: "in_person", representative: "" }],
    discussions: [{ key: discussionKey, title: "Military aid", topic: "military_aid", notes: "Notes.", outcome: "Outcome." }],
    commitments: [
      {
        key: randomUUID(),
        discussionKey,
        party: "Poland",
        recipient: "Ukraine",
        kind: "military",
        instrument: "",
        description: "Ammunition",
        amount: "",
        currency: "",
        quantity: "1000",
        unit: "rounds",
        dueDate: "2026-12-01",
        announcement: "new",
        pledge: "",
        // Factories make many alike meetings; the "looks like an open pledge" question has its own tests.
        confirmNew: true,
        sourceKey: "",
      },
    ],
    sources: [],
    // Factories make many meetings of one series and day; the duplicate warning has its own tests.
    confirmDuplicate: true,
    ...overrides,
  };
}
