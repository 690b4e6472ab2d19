"use client";

import { Button } from "@/components/ui/button";
import { blankCommitment, moveItem } from "@/lib/meetings/blank";
import { ANNOUNCEMENTS, COMMITMENT_KINDS, INSTRUMENTS, type MeetingInput } from "@/lib/validation/meeting";
import { PARTY_OPTIONS_ID } from "./party-options";
import { ItemCard, Select, TextInput } from "./inputs";
import { LedgerLink } from "./ledger-link";
import { sourceLabel } from "./sources-section";
import { ANNOUNCEMENT_NAMES } from "@/lib/ledger/announcement-names";

type Commitment = MeetingInput["commitments"][number];

const INSTRUMENT_OPTIONS = ["", ...INSTRUMENTS] as const;
const INSTRUMENT_LABELS = { "": "— not stated —", in_kind: "In kind" };
const ANNOUNCEMENT_LABELS = {
  new: "New pledge",
  reannounced: `${ANNOUNCEMENT_NAMES.reannounced} (same amount)`,
  increased: `${ANNOUNCEMENT_NAMES.increased} (new total)`,
  reduced: `${ANNOUNCEMENT_NAMES.reduced} (new total)`,
};

export function CommitmentsSection({
  commitments,
  discussions,
  sources,
  onChange,
}: {
  commitments: Commitment[];
  discussions: MeetingInput["discussions"];
  sources: MeetingInput["sources"];
  onChange: (next: Commitment[]) => void;
}) {
  const update = (index: number, patch: Partial<Commitment>) =>
    onChange(commitments.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const discussionOptions = ["", ...discussions.map((d) => d.key)];
  const sourceOptions = ["", ...sources.map((s) => s.key)];
  const sourceLabels = Object.fromEntries([["", sources.length ? "— not stated —" : "— add sources above —"], ...sources.map((s, i) => [s.key, sourceLabel(s, i)])]);
  const discussionLabels = Object.fromEntries([
    ["", "— none —"],
    ...discussions.map((d, i) => [d.key, `${i + 1}. ${d.title || "(untitled)"}`]),
  ]);
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">Commitments ({commitments.length})</legend>
      {commitments.length === 0 ? <p className="text-sm text-slate-500">No commitments yet.</p> : null}
      <ol className="space-y-4">
        {commitments.map((c, i) => (
          <ItemCard
            key={c.key}
            heading={`Commitment ${i + 1}`}
            index={i}
            count={commitments.length}
            noun="commitment"
            onMove={(delta) => onChange(moveItem(commitments, i, delta))}
            onRemove={() => onChange(commitments.filter((_, j) => j !== i))}
          >
            <div className="grid gap-3 sm:grid-cols-3">
              <TextInput path={`commitments.${i}.party`} label={`Commitment ${i + 1} pledged by`} required list={PARTY_OPTIONS_ID} value={c.party} onChange={(v) => update(i, { party: v })} />
              <TextInput
                path={`commitments.${i}.recipient`}
                label="Recipient"
                hint="Empty: Ukraine, when it takes part."
                list={PARTY_OPTIONS_ID}
                value={c.recipient}
                onChange={(v) => update(i, { recipient: v })}
              />
              <Select path={`commitments.${i}.kind`} label="Kind" value={c.kind} options={COMMITMENT_KINDS} onChange={(v) => update(i, { kind: v })} />
            </div>
            <TextInput path={`commitments.${i}.description`} label="Description" required value={c.description} onChange={(v) => update(i, { description: v })} />
            <div className="grid gap-3 sm:grid-cols-5">
              <TextInput path={`commitments.${i}.amount`} label="Amount" inputMode="decimal" value={c.amount} onChange={(v) => update(i, { amount: v })} />
              <TextInput path={`commitments.${i}.currency`} label="Currency" hint="e.g. EUR" maxLength={3} value={c.currency} onChange={(v) => update(i, { currency: v.toUpperCase() })} />
              <TextInput path={`commitments.${i}.quantity`} label="Quantity" inputMode="numeric" value={c.quantity} onChange={(v) => update(i, { quantity: v })} />
              <TextInput path={`commitments.${i}.unit`} label="Unit" hint="e.g. vehicles" value={c.unit} onChange={(v) => update(i, { unit: v })} />
              <TextInput path={`commitments.${i}.dueDate`} label="Due" type="date" value={c.dueDate} onChange={(v) => update(i, { dueDate: v })} />
            </div>
            <div className="grid gap-3 sm:grid-cols-3">
              <Select
                path={`commitments.${i}.instrument`}
                label="Instrument"
                value={c.instrument}
                options={INSTRUMENT_OPTIONS}
                labels={INSTRUMENT_LABELS}
                onChange={(v) => update(i, { instrument: v })}
              />
              <Select
                path={`commitments.${i}.announcement`}
                label="Announcement"
                value={c.announcement}
                options={ANNOUNCEMENTS}
                labels={ANNOUNCEMENT_LABELS}
                onChange={(v) => update(i, v === "new" ? { announcement: v, pledge: "" } : { announcement: v, confirmNew: false })}
              />
              {c.announcement !== "new" ? (
                <TextInput
                  path={`commitments.${i}.pledge`}
                  label="Pledge it updates"
                  hint="Its number, e.g. P-12. The amount is the pledge's whole amount now."
                  required
                  value={c.pledge}
                  onChange={(v) => update(i, { pledge: v })}
                />
              ) : null}
            </div>
            {c.announcement === "new" ? <LedgerLink index={i} commitment={c} update={(patch) => update(i, patch)} /> : null}
            <div className="grid gap-3 sm:grid-cols-2">
              <Select
                path={`commitments.${i}.discussionKey`}
                label="Part of discussion"
                value={c.discussionKey}
                options={discussionOptions}
                labels={discussionLabels}
                onChange={(v) => update(i, { discussionKey: v })}
              />
              <Select
                path={`commitments.${i}.sourceKey`}
                label="Source"
                value={c.sourceKey}
                options={sourceOptions}
                labels={sourceLabels}
                onChange={(v) => update(i, { sourceKey: v })}
              />
            </div>
          </ItemCard>
        ))}
      </ol>
      <Button type="button" variant="secondary" onClick={() => onChange([...commitments, blankCommitment()])}>
        + Add commitment
      </Button>
    </fieldset>
  );
}
