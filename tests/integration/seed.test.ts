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

    const states = await prisma.meeting.groupBy({ by: ["workingCopy", "publication"], _count: true });
    expect(states.map((s) => `${s.workingCopy}/${s.publication}`).sort()).toEqual(["draft/unpublished", "in_review/unpublished", "none/published"]);
  });

  it("tells a ledger story: a pledge announced, re-announced and partly delivered, another overdue, every party known", async () => {
    await seedDemoData(prisma); // once per database: a no-op when the test above ran first
    const series = "Ukraine Defense Contact Group";
    expect(await prisma.meeting.count({ where: { publication: "published", publishedRevision: { series } } })).toBeGreaterThanOrEqual(3);
    expect(await prisma.participant.count({ where: { partyId: null } })).toBe(0);
    expect(await prisma.commitment.count({ where: { OR: [{ partyId: null }, { recipientId: null }, { pledgeId: null }] } })).toBe(0);

    const reannounced = await prisma.pledge.findFirstOrThrow({
      where: { commitments: { some: { announcement: "reannounced" } } },
      include: { commitments: { select: { announcement: true } }, events: true, party: true },
    });
    expect(reannounced.commitments.map((c) => c.announcement).sort()).toEqual(["new", "reannounced"]);
    expect(reannounced).toMatchObject({ series, status: "partly_delivered", party: { name: "Germany" } });
    expect(reannounced.publishedAt).not.toBeNull();
    expect(reannounced.events.map((e) => [e.kind, e.state])).toEqual([["partly_delivered", "approved"]]);
    expect(Number(reannounced.deliveredAmount)).toBeLessThan(Number(reannounced.amount));
    expect(reannounced.announcedOn! < reannounced.lastAnnouncedOn!).toBe(true);

    const overdue = await prisma.pledge.findMany({
      where: { series, publishedAt: { not: null }, dueDate: { lt: new Date("2026-11-28") }, status: { in: ["open", "partly_delivered"] } },
    });
    expect(overdue.length).toBeGreaterThanOrEqual(1);
  });
});
