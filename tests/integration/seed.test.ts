import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/demo/accounts";
import { seedDemoData } from "@/prisma/seed";
import { freshDatabase } from "../support/database";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

describe("demo data", () => {
  it("seeds one account per role (two reviewers) and the article's meeting, once", async () => {
    expect(await seedDemoData(prisma)).toBe(true);
    expect(await seedDemoData(prisma)).toBe(false);

    const users = await prisma.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((u) => u.role).sort()).toEqual(["admin", "editor", "reviewer", "reviewer", "viewer"]);
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((u) => u.email === account.email)!;
      expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
    }

    const udcg = await prisma.revision.findFirstOrThrow({
      where: { title: { contains: "coordinating support" } },
      include: { discussions: true, commitments: true, participants: true, publishedFor: true },
    });
    expect(udcg.publishedFor).not.toBeNull();
    expect(udcg.discussions.map((d) => d.topic).sort()).toEqual(
      ["financial_support", "industrial_cooperation", "military_aid", "training"].sort(),
    );
    expect(new Set(udcg.commitments.map((c) => c.kind))).toEqual(
      new Set(["financial", "military", "humanitarian", "training", "industrial"]),
    );
    expect(udcg.implications).toMatch(/Deterrence/);

    const statuses = await prisma.meeting.groupBy({ by: ["status"], _count: true });
    expect(statuses.map((s) => s.status).sort()).toEqual(["draft", "in_review", "published"]);
  });
});
