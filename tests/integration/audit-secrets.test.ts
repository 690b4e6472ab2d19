import { beforeAll, describe, expect, it } from "vitest";
import { endSession, signInWithPassword } from "@/lib/auth/sign-in";
import { hashToken } from "@/lib/auth/tokens";
import type { Db } from "@/lib/db";
import { createUser as inviteUser, issuePasswordReset } from "@/lib/users/manage-users";
import { setPasswordWithToken } from "@/lib/users/passwords";
import { freshDatabase } from "../support/database";
import { createUser, TEST_PASSWORD } from "../support/factories";
import { staff } from "../support/meetings";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

const signIn = (email: string, password: string) => signInWithPassword({ email, password, ip: "198.51.100.7", userAgent: "vitest" });
const tokenOf = (link: string) => link.split("/").pop()!;

describe("the audit log", () => {
  it("keeps no session id or one-time token, through sign-in, sign-out, invitation and reset", async () => {
    const user = await createUser(prisma, "editor");
    const secrets: string[] = [];

    expect(await signIn(user.email, "not-the-password")).toEqual({ ok: false });
    for (let i = 0; i < 2; i++) {
      const result = await signIn(user.email, TEST_PASSWORD);
      if (!result.ok) throw new Error("sign-in failed");
      secrets.push(result.sessionId);
      await endSession(result.sessionId);
    }

    const admin = await staff(prisma, "admin");
    const invited = await inviteUser(admin, { email: "invited@test.example", name: "Invited Person", role: "viewer" });
    const reset = await issuePasswordReset(admin, user.id);
    await setPasswordWithToken("invitation", tokenOf(invited.link), "copper kettle orbit lantern");
    for (const link of [invited.link, reset.link]) secrets.push(tokenOf(link), hashToken(tokenOf(link)));

    const rows = await prisma.auditEvent.findMany();
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(["user.sign_in_failed", "user.sign_in", "user.sign_out", "user.create", "user.password_reset_issued", "user.password_change"]),
    );
    for (const row of rows) {
      const stored = JSON.stringify(row);
      for (const secret of secrets) expect(stored).not.toContain(secret);
    }
    const signIns = rows.filter((r) => r.action === "user.sign_in" || r.action === "user.sign_out");
    expect(signIns).toHaveLength(4);
    for (const row of signIns) expect(row).toMatchObject({ entityType: "user", entityId: user.id });
  });
});
