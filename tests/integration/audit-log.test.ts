import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db";
import { freshDatabase } from "../support/database";
import { createUser } from "../support/factories";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

describe("audit log", () => {
  it("refuses updates and deletes at the database", async () => {
    const user = await createUser(prisma, "admin");
    await recordAudit(prisma, { actor: user, action: "user.create", entityType: "user", entityId: user.id });
    const entry = await prisma.auditEvent.findFirstOrThrow({ where: { actorId: user.id } });
    await expect(prisma.auditEvent.update({ where: { id: entry.id }, data: { action: "user.deactivate" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });

  it("keeps the actor's snapshot when the account is deleted", async () => {
    const user = await createUser(prisma, "editor");
    await recordAudit(prisma, { actor: user, action: "meeting.create", entityType: "meeting", entityId: "m1" });
    await prisma.user.delete({ where: { id: user.id } });
    const entry = await prisma.auditEvent.findFirstOrThrow({ where: { actorEmail: user.email } });
    expect(entry).toMatchObject({ actorId: null, actorRole: "editor", action: "meeting.create" });
  });
});
