"use client";

import { Button } from "@/components/ui/button";
import { blankCommitment, moveItem } from "@/lib/meetings/blank";
import { COMMITMENT_KINDS, COMMITMENT_STATUSES, type MeetingInput } from "@/lib/validation/meeting";
import { ItemCard, Select, TextInput } from "./inputs";

type Commitment = MeetingInput["commitments"][number];

export function CommitmentsSection({
  commitments,
  discussions,
  onChange,
}: {
  commitments: Commitment[];
  discussions: MeetingInput["discussions"];
  onChange: (next: Commitment[]) => void;
}) {
  const update = (index: number, patch: Partial<Commitment>) =>
    onChange(commitments.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const discussionOptions = ["", ...discussions.map((d) => d.key)];
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
              <TextInput path={`commitments.${i}.party`} label={`Commitment ${i + 1} pledged by`} required value={c.party} onChange={(v) => update(i, { party: v })} />
              <Select path={`commitments.${i}.kind`} label="Kind" value={c.kind} options={COMMITMENT_KINDS} onChange={(v) => update(i, { kind: v })} />
              <Select path={`commitments.${i}.status`} label="Status" value={c.status} options={COMMITMENT_STATUSES} onChange={(v) => update(i, { status: v })} />
            </div>
            <TextInput path={`commitments.${i}.description`} label="Description" required value={c.description} onChange={(v) => update(i, { description: v })} />
            <div className="grid gap-3 sm:grid-cols-5">
              <TextInput path={`commitments.${i}.amount`} label="Amount" inputMode="decimal" value={c.amount} onChange={(v) => update(i, { amount: v })} />
              <TextInput path={`commitments.${i}.currency`} label="Currency" hint="e.g. EUR" maxLength={3} value={c.currency} onChange={(v) => update(i, { currency: v.toUpperCase() })} />
              <TextInput path={`commitments.${i}.quantity`} label="Quantity" inputMode="numeric" value={c.quantity} onChange={(v) => update(i, { quantity: v })} />
              <TextInput path={`commitments.${i}.unit`} label="Unit" hint="e.g. vehicles" value={c.unit} onChange={(v) => update(i, { unit: v })} />
              <TextInput path={`commitments.${i}.dueDate`} label="Due" type="date" value={c.dueDate} onChange={(v) => update(i, { dueDate: v })} />
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              <Select
                path={`commitments.${i}.discussionKey`}
                label="Part of discussion"
                value={c.discussionKey}
                options={discussionOptions}
                labels={discussionLabels}
                onChange={(v) => update(i, { discussionKey: v })}
              />
              <TextInput path={`commitments.${i}.source`} label="Source" hint="Where this was stated" value={c.source} onChange={(v) => update(i, { source: v })} />
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
