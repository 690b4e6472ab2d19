import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db";
import { freshDatabase } from "../support/database";
import { actAs, actAsNobody, createUser } from "../support/factories";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

describe("getCurrentUser", () => {
  it("reads the user behind the session from Postgres, without secrets", async () => {
    const user = await createUser(prisma, "editor");
    const session = await actAs(prisma, user);
    const current = await getCurrentUser();
    expect(current).toEqual({ id: user.id, email: user.email, name: user.name, role: "editor", sessionId: session.id });
    expect(JSON.stringify(current)).not.toContain("argon2");
  });

  it("sees a role change on the next request", async () => {
    const user = await createUser(prisma, "reviewer");
    await actAs(prisma, user);
    expect((await getCurrentUser())?.role).toBe("reviewer");
    await prisma.user.update({ where: { id: user.id }, data: { role: "viewer" } });
    expect((await getCurrentUser())?.role).toBe("viewer");
  });

  it("ends an open session when the account is deactivated", async () => {
    const user = await createUser(prisma, "editor");
    await actAs(prisma, user);
    await prisma.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("ignores expired and deleted sessions", async () => {
    const user = await createUser(prisma, "viewer");
    const session = await actAs(prisma, user);
    await prisma.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getCurrentUser()).toBeNull();
    const other = await actAs(prisma, user);
    await prisma.session.delete({ where: { id: other.id } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("is null with no session at all", async () => {
    actAsNobody();
    expect(await getCurrentUser()).toBeNull();
  });
});
