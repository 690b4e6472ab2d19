export type ExportableRevision = {
  number: number;
  title: string;
  series: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  format: string;
  chair: string;
  summary: string;
  implications: string;
  participants: { name: string; kind: string; attendance: string; representative: string }[];
  discussions: { id: string; title: string; topic: string; notes: string; outcome: string }[];
  commitments: {
    discussionId: string | null;
    party: string;
    kind: string;
    description: string;
    amount: { toString(): string } | null;
    currency: string | null;
    quantity: number | null;
    unit: string | null;
    dueDate: Date | null;
    status: string;
    source: string;
  }[];
};
