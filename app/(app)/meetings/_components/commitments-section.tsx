"use client";

import { memo, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { NUMBER_FORMATS, readAmount, type NumberFormat } from "@/lib/amounts/read-amount";
import { blankCommitment } from "@/lib/meetings/blank";
import { ANNOUNCEMENTS, COMMITMENT_KINDS, INSTRUMENTS, previewCommitmentAmount, type MeetingInput } from "@/lib/validation/meeting";
import { fieldId, focusField } from "./form-context";
import { PARTY_OPTIONS_ID } from "./party-options";
import { Checkbox, ItemCard, Select, TextInput } from "./inputs";
import { LedgerLink } from "./ledger-link";
import { sourceLabel } from "./sources-section";
import { ANNOUNCEMENT_NAMES } from "@/lib/ledger/announcement-names";
import { ItemComments } from "./item-comments";
import type { ListEditor } from "./use-meeting-values";

type Commitment = MeetingInput["commitments"][number];
type Choices = { options: string[]; labels: Record<string, string> };

const INSTRUMENT_OPTIONS = ["", ...INSTRUMENTS] as const;
const INSTRUMENT_LABELS = { "": "— not stated —", in_kind: "In kind" };
const ANNOUNCEMENT_LABELS = {
  new: "New pledge",
  reannounced: `${ANNOUNCEMENT_NAMES.reannounced} (same amount)`,
  increased: `${ANNOUNCEMENT_NAMES.increased} (new total)`,
  reduced: `${ANNOUNCEMENT_NAMES.reduced} (new total)`,
};
const FORMAT_LABELS: Record<NumberFormat, string> = {
  "1,234.5": "1,234.5 — comma groups thousands, point marks decimals",
  "1.234,5": "1.234,5 — point groups thousands, comma marks decimals",
};

export const CommitmentsSection = memo(function CommitmentsSection({
  commitments,
  discussions,
  sources,
  numberFormat,
  onNumberFormat,
  edit,
}: {
  commitments: Commitment[];
  discussions: MeetingInput["discussions"];
  sources: MeetingInput["sources"];
  numberFormat: NumberFormat;
  onNumberFormat: (format: NumberFormat) => void;
  edit: ListEditor<"commitments">;
}) {
  const discussionChoices = useMemo<Choices>(
    () => ({
      options: ["", ...discussions.map((d) => d.key)],
      labels: Object.fromEntries([["", "— none —"], ...discussions.map((d, i) => [d.key, `${i + 1}. ${d.title || "(untitled)"}`])]),
    }),
    [discussions],
  );
  const sourceChoices = useMemo<Choices>(
    () => ({
      options: ["", ...sources.map((s) => s.key)],
      labels: Object.fromEntries([["", sources.length ? "— not stated —" : "— add sources above —"], ...sources.map((s, i) => [s.key, sourceLabel(s, i)])]),
    }),
    [sources],
  );
  const add = () => {
    edit.add(blankCommitment());
    focusField(`commitments.${commitments.length}.party`);
  };
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">Commitments ({commitments.length})</legend>
      <Select
        path="numberFormat"
        label="Amounts are written as"
        className="max-w-md"
        value={numberFormat}
        options={NUMBER_FORMATS}
        labels={FORMAT_LABELS}
        onChange={onNumberFormat}
      />
      {commitments.length === 0 ? <p className="text-sm text-slate-500">No commitments yet.</p> : null}
      <ol className="space-y-4">
        {commitments.map((c, i) => (
          <CommitmentRow key={c.key} commitment={c} index={i} count={commitments.length} discussions={discussionChoices} sources={sourceChoices} numberFormat={numberFormat} edit={edit} />
        ))}
      </ol>
      <Button type="button" variant="secondary" onClick={add}>
        + Add commitment
      </Button>
    </fieldset>
  );
});

const CommitmentRow = memo(function CommitmentRow({
  commitment: c,
  index: i,
  count,
  discussions,
  sources,
  numberFormat,
  edit,
}: {
  commitment: Commitment;
  index: number;
  count: number;
  discussions: Choices;
  sources: Choices;
  numberFormat: NumberFormat;
  edit: ListEditor<"commitments">;
}) {
  const update = (patch: Partial<Commitment>) => edit.update(c.key, patch);
  return (
    <ItemCard heading={`Commitment ${i + 1}`} index={i} count={count} noun="commitment" onMove={(delta) => edit.move(c.key, delta)} onRemove={() => edit.remove(c.key)}>
      <ItemComments itemKey={c.key} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextInput path={`commitments.${i}.party`} label={`Commitment ${i + 1} pledged by`} required list={PARTY_OPTIONS_ID} value={c.party} onChange={(v) => update({ party: v })} />
        <TextInput
          path={`commitments.${i}.recipient`}
          label="Recipient"
          hint="Empty: Ukraine, when it takes part."
          list={PARTY_OPTIONS_ID}
          value={c.recipient}
          onChange={(v) => update({ recipient: v })}
        />
        <Select path={`commitments.${i}.kind`} label="Kind" value={c.kind} options={COMMITMENT_KINDS} onChange={(v) => update({ kind: v })} />
      </div>
      <TextInput path={`commitments.${i}.description`} label="Description" required value={c.description} onChange={(v) => update({ description: v })} />
      <div className="grid gap-3 sm:grid-cols-6">
        <AmountFields index={i} commitment={c} numberFormat={numberFormat} update={update} />
        <TextInput path={`commitments.${i}.quantity`} label="Quantity" inputMode="numeric" value={c.quantity} onChange={(v) => update({ quantity: v })} />
        <TextInput path={`commitments.${i}.unit`} label="Unit" hint="e.g. vehicles" value={c.unit} onChange={(v) => update({ unit: v })} />
        <TextInput path={`commitments.${i}.dueDate`} label="Due" type="date" value={c.dueDate} onChange={(v) => update({ dueDate: v })} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <Select
          path={`commitments.${i}.instrument`}
          label="Instrument"
          value={c.instrument}
          options={INSTRUMENT_OPTIONS}
          labels={INSTRUMENT_LABELS}
          onChange={(v) => update({ instrument: v })}
        />
        <Select
          path={`commitments.${i}.announcement`}
          label="Announcement"
          value={c.announcement}
          options={ANNOUNCEMENTS}
          labels={ANNOUNCEMENT_LABELS}
          onChange={(v) => update(v === "new" ? { announcement: v, pledge: "" } : { announcement: v, confirmNew: false })}
        />
        {c.announcement !== "new" ? (
          <TextInput
            path={`commitments.${i}.pledge`}
            label="Pledge it updates"
            hint="Its number, e.g. P-12. The amount is the pledge's whole amount now."
            required
            value={c.pledge}
            onChange={(v) => update({ pledge: v })}
          />
        ) : null}
      </div>
      {c.announcement === "new" ? <LedgerLink index={i} commitment={c} update={update} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Select
          path={`commitments.${i}.discussionKey`}
          label="Part of discussion"
          value={c.discussionKey}
          options={discussions.options}
          labels={discussions.labels}
          lazy
          onChange={(v) => update({ discussionKey: v })}
        />
        <Select
          path={`commitments.${i}.sourceKey`}
          label="Source"
          value={c.sourceKey}
          options={sources.options}
          labels={sources.labels}
          onChange={(v) => update({ sourceKey: v })}
        />
      </div>
    </ItemCard>
  );
});

/** The amount as typed, what it reads as beside it, its currency, and "undisclosed" as a choice of its own. */
function AmountFields({
  index: i,
  commitment: c,
  numberFormat,
  update,
}: {
  index: number;
  commitment: Commitment;
  numberFormat: NumberFormat;
  update: (patch: Partial<Commitment>) => void;
}) {
  // The save's own check, so the preview never shows a figure the save refuses.
  const preview = previewCommitmentAmount(c, numberFormat);
  const changeAmount = (amount: string) => {
    // A currency the text names fills an empty currency field; one that disagrees is refused at save.
    const read = readAmount(amount, numberFormat);
    const named = read.ok && read.currency !== "$" ? read.currency : null;
    update(named && !c.currency ? { amount, currency: named } : { amount });
  };
  return (
    <>
      <div className="space-y-2 sm:col-span-2">
        <TextInput
          path={`commitments.${i}.amount`}
          label="Amount"
          hint="e.g. 2500000, 2.5m or €1.2bn"
          disabled={c.amountUndisclosed}
          value={c.amount}
          onChange={changeAmount}
        />
        {/* What the text reads as, kept beside the field even while a message from the last save shows. */}
        <p id={`${fieldId(`commitments.${i}.amount`)}-reading`} aria-live="polite" className={`text-xs ${preview && !preview.ok ? "text-amber-800" : "text-slate-700"}`}>
          {preview?.text}
        </p>
        <Checkbox
          path={`commitments.${i}.amountUndisclosed`}
          label="Amount undisclosed"
          checked={c.amountUndisclosed ?? false}
          onChange={(undisclosed) => update(undisclosed ? { amountUndisclosed: true, amount: "" } : { amountUndisclosed: false })}
        />
      </div>
      <TextInput
        path={`commitments.${i}.currency`}
        label="Currency"
        hint="e.g. EUR"
        maxLength={3}
        value={c.currency}
        onChange={(v) => update({ currency: v.toUpperCase() })}
      />
    </>
  );
}
