import { randomUUID } from "node:crypto";
import { blankCommitment } from "@/lib/meetings/blank";
import type { MeetingInput } from "@/lib/validation/meeting";

type Status = "published" | "in_review" | "draft";

type Sketch = {
  status: Status;
  title: string;
  series: string;
  startsAt: string;
  timeZone: string;
  location: string;
  format: MeetingInput["format"];
  summary: string;
  participants: [string, "country" | "organisation"][];
  discussion: { title: string; topic: MeetingInput["discussions"][number]["topic"]; notes: string; outcome: string };
  commitments: Partial<MeetingInput["commitments"][number]>[];
  implications: string;
};

// Earlier and later meetings of the same kind, so lists, filters and search have something to show.
const SKETCHES: Sketch[] = [
  {
    status: "published",
    title: "Contact Group: air defence ahead of winter",
    series: "Ukraine Defense Contact Group",
    startsAt: "2026-06-11T12:00",
    timeZone: "Europe/Berlin",
    location: "Ramstein Air Base",
    format: "in_person",
    summary: "Ministers focused on protecting energy infrastructure from air attack before the heating season.",
    participants: [["Ukraine", "country"], ["United States", "country"], ["Germany", "country"], ["Italy", "country"], ["NATO", "organisation"]],
    discussion: {
      title: "Air defence for energy infrastructure",
      topic: "military_aid",
      notes: "Members reviewed the coverage of substations and power plants and the stock of interceptors.",
      outcome: "Additional launchers to be redeployed before November.",
    },
    // Due before November and not delivered: the demo's overdue pledge.
    commitments: [
      { party: "Italy", kind: "military", instrument: "in_kind", description: "Short-range air-defence launchers", quantity: "4", unit: "launchers", dueDate: "2026-10-31" },
    ],
    implications: "Protecting the grid is now treated as part of military aid rather than reconstruction.",
  },
  {
    status: "published",
    title: "Contact Group: sustaining financial support",
    series: "Ukraine Defense Contact Group",
    startsAt: "2026-08-20",
    timeZone: "Europe/Brussels",
    location: "Virtual",
    format: "virtual",
    summary: "A shorter virtual session on predictable, multi-year funding for Ukraine's defence budget.",
    participants: [["Ukraine", "country"], ["Germany", "country"], ["Sweden", "country"], ["Denmark", "country"], ["European Union", "organisation"]],
    discussion: {
      title: "Multi-year funding",
      topic: "financial_support",
      notes: "Members discussed moving from ad-hoc packages to a multi-year framework with audited reporting.",
      outcome: "A draft framework will be circulated to capitals.",
    },
    commitments: [
      // Re-announced at the October meeting and partly paid out since (prisma/demo/ledger.ts).
      { party: "Germany", kind: "financial", instrument: "grant", description: "Grant to Ukraine's defence budget", amount: "500000000", currency: "EUR", dueDate: "2026-12-31" },
      { party: "Denmark", kind: "financial", instrument: "grant", description: "Contribution to a multi-year defence fund", amount: "120000000", currency: "DKK" },
    ],
    implications: "Predictable funding lets Ukraine sign longer procurement contracts with industry.",
  },
  {
    status: "in_review",
    title: "Nordic-Baltic coordination on training",
    series: "Nordic-Baltic Eight defence ministers",
    startsAt: "2026-11-05T15:00",
    timeZone: "Europe/Riga",
    location: "Riga",
    format: "in_person",
    summary: "Regional partners compared training capacity for Ukrainian units over the next year.",
    participants: [["Latvia", "country"], ["Lithuania", "country"], ["Estonia", "country"], ["Finland", "country"]],
    discussion: {
      title: "Training capacity in 2027",
      topic: "training",
      notes: "Instructors, ranges and interpreters are the bottleneck, not funding.",
      outcome: "A shared booking system for ranges will be piloted.",
    },
    commitments: [{ party: "Finland", recipient: "Ukraine", kind: "training", description: "Winter-warfare course places", quantity: "150", unit: "trainees" }],
    implications: "Regional pooling of ranges could raise training throughput without new sites.",
  },
  {
    status: "draft",
    title: "Contact Group: demining and humanitarian access",
    series: "Ukraine Defense Contact Group",
    startsAt: "2026-11-19T10:00",
    timeZone: "Europe/Brussels",
    location: "NATO Headquarters, Brussels",
    format: "hybrid",
    summary: "Draft notes from the session on clearing mines from farmland and access corridors.",
    participants: [["Ukraine", "country"], ["Japan", "country"], ["Switzerland", "country"]],
    discussion: {
      title: "Humanitarian demining",
      topic: "humanitarian_aid",
      notes: "Clearing agricultural land was singled out as both a humanitarian and an economic priority.",
      outcome: "To be confirmed with the Ukrainian delegation.",
    },
    commitments: [
      { party: "Japan", kind: "humanitarian", instrument: "grant", description: "Demining equipment for Ukraine's emergency service", amount: "4000000000", currency: "JPY", dueDate: "2027-05-31" },
    ],
    implications: "To be written.",
  },
];

export function moreMeetings(): { status: Status; input: MeetingInput }[] {
  return SKETCHES.map((s) => {
    const discussionKey = randomUUID();
    const sourceKey = randomUUID();
    return {
      status: s.status,
      input: {
        title: s.title,
        series: s.series,
        timeZone: s.timeZone,
        startsAt: s.startsAt,
        startsAtOffset: "",
        endsAt: "",
        endsAtOffset: "",
        location: s.location,
        format: s.format,
        chair: "",
        summary: s.summary,
        implications: s.implications,
        participants: s.participants.map(([name, kind]) => ({ key: randomUUID(), name, kind, attendance: "in_person", representative: "" })),
        discussions: [{ key: discussionKey, ...s.discussion }],
        commitments: s.commitments.map((c) => ({ ...blankCommitment(), discussionKey, sourceKey, ...c })),
        sources: [{ key: sourceKey, title: "Ministers' statements at the meeting", publisher: "", publishedOn: "", url: "" }],
        confirmDuplicate: false,
      },
    };
  });
}
