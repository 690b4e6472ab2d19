import "server-only";
import { cleanText } from "@/lib/validation/parse";
import { authorize } from "@/lib/dal/authorize";
import { db } from "@/lib/db";
import { describePledge } from "@/lib/ledger/describe-pledge";
import type { MeetingInput } from "@/lib/validation/meeting";

/** At most this many pledges are offered for update at once, newest first. */
export const MAX_OFFERED = 50;

export type OpenPledge = {
  number: number;
  label: string;
  status: string;
  lastAnnouncedOn: string | null;
  // The terms a commitment updating it starts from.
  terms: Pick<
    MeetingInput["commitments"][number],
    "party" | "recipient" | "kind" | "instrument" | "description" | "amount" | "currency" | "quantity" | "unit" | "dueDate"
  >;
};

/**
 * The published pledges of a series still open (or partly delivered), offered
 * when its next meeting is recorded; when editing a meeting, not those it announced itself.
 */
export async function listOpenPledges(series: string, meetingId: string | null): Promise<OpenPledge[]> {
  await authorize("read:meeting:any");
  const name = cleanText(series).trim();
  if (!name || name.length > 200) return [];
  const pledges = await db().pledge.findMany({
    where: {
      // "ukraine defense contact group" is the same series: a case slip must not hide its pledges.
      series: { equals: name, mode: "insensitive" },
      publishedAt: { not: null },
      status: { in: ["open", "partly_delivered"] },
      ...(meetingId ? { commitments: { none: { announcement: "new", revision: { meetingId } } } } : {}),
    },
    orderBy: { number: "desc" },
    take: MAX_OFFERED,
    select: {
      number: true,
      status: true,
      kind: true,
      instrument: true,
      description: true,
      amount: true,
      currency: true,
      quantity: true,
      unit: true,
      dueDate: true,
      lastAnnouncedOn: true,
      party: { select: { name: true } },
      recipient: { select: { name: true } },
    },
  });
  return pledges.map((p) => ({
    number: p.number,
    label: describePledge({ ...p, partyName: p.party?.name ?? null }),
    status: p.status,
    lastAnnouncedOn: p.lastAnnouncedOn?.toISOString().slice(0, 10) ?? null,
    terms: {
      party: p.party?.name ?? "",
      recipient: p.recipient?.name ?? "",
      kind: p.kind ?? "other",
      instrument: p.instrument ?? "",
      description: p.description,
      amount: p.amount?.toString() ?? "",
      currency: p.currency ?? "",
      quantity: p.quantity?.toString() ?? "",
      unit: p.unit ?? "",
      dueDate: p.dueDate?.toISOString().slice(0, 10) ?? "",
    },
  }));
}
