import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import { publication, readoutContent, readoutDocument, type PublishedVersion, type ReadoutDocument } from "@/lib/readouts/document";

const commitment = (id: string, over: Record<string, unknown>) => ({
  id,
  discussionId: null,
  party: "Poland",
  kind: "financial",
  description: `Commitment ${id}`,
  amount: null,
  currency: null,
  quantity: null,
  unit: null,
  dueDate: null,
  status: "pledged",
  sourceId: null,
  ...over,
});

/** A stored revision (only the fields renderings read) with money in three currencies, quantities, due dates and totals. */
export const FIXTURE_REVISION = {
  id: "rev-fixture-3",
  number: 3,
  title: "Test | meeting",
  series: "UDCG",
  startsAt: new Date("2026-10-14T09:00:00Z"),
  endsAt: new Date("2026-10-14T11:30:00Z"),
  timeZone: "UTC",
  hasTime: true,
  sources: [],
  location: "Brussels",
  format: "hybrid",
  chair: "Ana",
  summary: "A **summary** with a [link](https://example.org).",
  implications: "- Deterrence",
  participants: [{ id: "p1", name: "Poland", kind: "country", attendance: "in_person", representative: "" }],
  discussions: [{ id: "d1", title: "Military aid", topic: "military_aid", notes: "Notes on *aid*.", outcome: "Agreed" }],
  commitments: [
    commitment("c1", { discussionId: "d1", description: "Grant | fund", amount: "100.5", currency: "EUR", dueDate: new Date("2026-12-01") }),
    commitment("c2", { kind: "military", party: "Germany", description: "Shells, 155 mm", quantity: 25000, unit: "rounds", dueDate: new Date("2027-03-31"), status: "delivered" }),
    commitment("c3", { party: "Germany", description: "Budget support", amount: "1000000", currency: "EUR", status: "delivered" }),
    commitment("c4", { party: "United States", description: "Loan", amount: "2500000.75", currency: "USD" }),
    commitment("c5", { kind: "military", party: "United Kingdom", description: "Launchers", amount: "250000", currency: "GBP", quantity: 12, unit: "launchers" }),
    commitment("c6", { kind: "humanitarian", party: "Norway", description: "Winter kits" }),
  ],
} as unknown as RevisionWithItems;

export const FIXTURE_VERSIONS: PublishedVersion[] = [
  { number: 3, approvedAt: new Date("2026-10-20T15:45:00Z") },
  { number: 1, approvedAt: new Date("2026-10-16T08:00:00Z") },
];

export function fixtureDocument(revision = FIXTURE_REVISION, versions = FIXTURE_VERSIONS): ReadoutDocument {
  return readoutDocument(readoutContent(revision), publication("meeting-fixture", revision.number, versions));
}
