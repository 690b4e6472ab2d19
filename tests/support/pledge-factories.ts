import type { CurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db";
import { refreshPledges } from "@/lib/ledger/refresh-pledges";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { meetingInput } from "./factories";
import { draftMeeting, staff } from "./meetings";

type Terms = { amount?: string; currency?: string; quantity?: string; unit?: string; startsAt?: string; description?: string };

/**
 * A pledge announced in a meeting that went through the app's own review
 * (recorded, submitted, approved by another reviewer), then refreshed the way
 * publication refreshes it. Links the commitment to a new pledge unless saving
 * already did.
 */
export async function publishedPledge(prisma: Db, terms: Terms = {}, author?: CurrentUser) {
  const editor = author ?? (await staff(prisma, "editor"));
  const reviewer = await staff(prisma, "reviewer");
  const base = meetingInput().commitments[0]!;
  const commitment = {
    ...base,
    description: terms.description ?? "Grant to the defence budget",
    kind: "financial" as const,
    amount: terms.amount ?? "500000000",
    currency: terms.currency ?? (terms.amount === "" ? "" : "EUR"),
    quantity: terms.quantity ?? "",
    unit: terms.unit ?? "",
  };
  const { id } = await draftMeeting(editor, { startsAt: terms.startsAt ?? "2026-10-14T09:00:00Z", commitments: [commitment] });
  await transitionMeeting(editor, id, "submit", { version: 1 });
  await transitionMeeting(reviewer, id, "approve", { version: 1 });

  const saved = await prisma.commitment.findFirstOrThrow({ where: { revision: { meetingId: id } }, select: { id: true, pledgeId: true } });
  const pledgeId = saved.pledgeId ?? (await prisma.pledge.create({ data: { createdById: editor.id }, select: { id: true } })).id;
  await prisma.commitment.update({ where: { id: saved.id }, data: { pledgeId } });
  await prisma.$transaction((tx) => refreshPledges(tx, [pledgeId]));
  return { pledge: await prisma.pledge.findUniqueOrThrow({ where: { id: pledgeId } }), meetingId: id };
}

/** Form fields for proposing an event, as the page's form sends them. */
export function eventFields(overrides: Record<string, string> = {}): Record<string, string> {
  return { kind: "partly_delivered", amount: "100000000", quantity: "", asOf: "2026-11-02", source: "Ministry statement", sourceUrl: "", note: "", ...overrides };
}
