import { randomUUID } from "node:crypto";
import { blankCommitment } from "@/lib/meetings/blank";
import type { MeetingInput } from "@/lib/validation/meeting";

// Drawn from shared/seed/udcg-meeting-article.txt, in our own words. The
// article names no countries or sums: those below are illustrative demo data.
export function udcgMeeting(): MeetingInput {
  const d = { military: randomUUID(), training: randomUUID(), industry: randomUUID(), finance: randomUUID() };
  const statements = randomUUID();
  const participant = (name: string, kind: "country" | "organisation", representative = "") => ({
    key: randomUUID(),
    name,
    kind,
    attendance: "in_person" as const,
    representative,
  });
  const commitment = (c: Partial<MeetingInput["commitments"][number]> & Pick<MeetingInput["commitments"][number], "party" | "kind" | "description">) => ({
    ...blankCommitment(),
    sourceKey: statements,
    ...c,
  });
  return {
    title: "Defense Contact Group: coordinating support for Ukraine",
    series: "Ukraine Defense Contact Group",
    timeZone: "Europe/Brussels",
    startsAt: "2026-10-14T11:00",
    startsAtOffset: "",
    endsAt: "2026-10-14T18:30",
    endsAtOffset: "",
    sources: [
      { key: statements, title: "Ministers' statements at the meeting", publisher: "Ukraine Defense Contact Group", publishedOn: "2026-10-14", url: "" },
      { key: randomUUID(), title: "Chairs' press conference", publisher: "NATO", publishedOn: "2026-10-14", url: "https://www.nato.int/" },
    ],
    confirmDuplicate: false,
    location: "NATO Headquarters, Brussels",
    format: "hybrid",
    chair: "Co-chaired by the United Kingdom and Germany",
    summary:
      "Defence ministers and senior officials met to take stock of Ukraine's most pressing needs and to line up " +
      "the next round of support. The group worked through four themes: military aid, training, defence-industry " +
      "cooperation and financial support. Members were asked to coordinate what they send so that systems are " +
      "compatible and deliveries do not overlap.",
    implications:
      "- **Deterrence.** A visible, coordinated package signals that attempts to undermine Ukraine's sovereignty meet a united response.\n" +
      "- **European security architecture.** Members restated that sovereignty, territorial integrity and the rule of law are not negotiable, and that no country can meet these challenges alone.\n" +
      "- **Relations with Russia.** Support was framed as defensive; some participants favoured keeping channels open to reduce the risk of miscalculation.",
    participants: [
      participant("Ukraine", "country", "Minister of Defence"),
      participant("United States", "country", "Secretary of Defense"),
      participant("United Kingdom", "country", "Secretary of State for Defence"),
      participant("Germany", "country", "Federal Minister of Defence"),
      participant("France", "country"),
      participant("Poland", "country"),
      participant("Netherlands", "country"),
      participant("Norway", "country"),
      participant("Canada", "country"),
      participant("NATO", "organisation", "Deputy Secretary General"),
      participant("European Union", "organisation", "High Representative's office"),
    ],
    discussions: [
      {
        key: d.military,
        title: "Military aid: equipment, ammunition and delivery",
        topic: "military_aid",
        notes:
          "Members compared what they can supply in the coming months: air-defence systems, artillery ammunition, " +
          "armoured vehicles and surveillance equipment.\n\n" +
          "- Deliveries should be matched to the Ukrainian armed forces' stated priorities.\n" +
          "- Logistics: routes and timing were discussed so that aid arrives when it is needed.\n" +
          "- Interoperability: members agreed to coordinate types of equipment to avoid duplication.",
        outcome: "A coordination cell will consolidate offers into a single delivery schedule before the next meeting.",
      },
      {
        key: d.training,
        title: "Training and support for Ukrainian soldiers",
        topic: "training",
        notes:
          "Existing training programmes are to be expanded and new courses added for emerging threats, including " +
          "cyber defence, counter-terrorism and combined-arms tactics. Care for veterans and wounded soldiers, " +
          "including medical treatment and rehabilitation, was raised as part of the same effort.",
        outcome: "Several members offered additional course places; a training needs assessment will be circulated.",
      },
      {
        key: d.industry,
        title: "Defence-industry cooperation",
        topic: "industrial_cooperation",
        notes:
          "Options for joint ventures, technology transfer and co-production in Ukraine were explored, with the aim " +
          "of making Ukraine more self-sufficient. Attracting foreign investment into Ukraine's defence sector and " +
          "supporting research were discussed.",
        outcome: "Members will nominate industry contacts for a co-production working group.",
      },
      {
        key: d.finance,
        title: "Financial support for Ukraine's defence budget",
        topic: "financial_support",
        notes:
          "Grants, loans and loan guarantees to keep Ukraine's forces ready and its essential defence programmes " +
          "funded. Members stressed transparency and accountability in how funds are used.",
        outcome: "Pledges were recorded; a reporting template for the use of funds will be agreed.",
      },
    ],
    commitments: [
      // The demo seed links this one to Germany's August pledge as a re-announcement (prisma/demo/ledger.ts).
      commitment({ party: "Germany", kind: "financial", instrument: "grant", discussionKey: d.finance, description: "Grant to Ukraine's defence budget", amount: "500000000", currency: "EUR", dueDate: "2026-12-31" }),
      commitment({ party: "Norway", kind: "financial", instrument: "guarantee", discussionKey: d.finance, description: "Loan guarantee for procurement on international markets", amount: "250000000", currency: "USD", dueDate: "2027-03-31" }),
      commitment({ party: "United States", kind: "military", instrument: "in_kind", discussionKey: d.military, description: "Air-defence interceptors", quantity: "120", unit: "missiles", dueDate: "2027-02-28" }),
      commitment({ party: "Poland", kind: "military", instrument: "in_kind", discussionKey: d.military, description: "155 mm artillery ammunition", quantity: "50000", unit: "rounds", dueDate: "2027-01-31" }),
      commitment({ party: "Netherlands", kind: "military", instrument: "in_kind", discussionKey: d.military, description: "Armoured personnel carriers", quantity: "40", unit: "vehicles", dueDate: "2027-04-30" }),
      commitment({ party: "Canada", kind: "humanitarian", instrument: "grant", description: "Medical supplies and field hospital equipment", amount: "30000000", currency: "CAD", dueDate: "2026-12-15" }),
      commitment({ party: "European Union", kind: "humanitarian", instrument: "grant", description: "Winter shelter and food for displaced people", amount: "75000000", currency: "EUR", dueDate: "2026-12-01" }),
      commitment({ party: "United Kingdom", kind: "training", discussionKey: d.training, description: "Cyber-defence course places", quantity: "300", unit: "trainees", dueDate: "2027-06-30" }),
      commitment({ party: "France", kind: "industrial", discussionKey: d.industry, description: "Co-production feasibility study for artillery shells in Ukraine", dueDate: "2027-03-01" }),
    ],
  };
}
