"use client";

import { Button } from "@/components/ui/button";
import type { PartyOption } from "@/lib/dal/parties";
import { blankParticipant, moveItem } from "@/lib/meetings/blank";
import { ATTENDANCES, PARTICIPANT_KINDS, type MeetingInput } from "@/lib/validation/meeting";
import { ItemControls, Select, TextInput } from "./inputs";
import { ItemComments } from "./item-comments";
import { PARTY_OPTIONS_ID } from "./party-options";

type Participant = MeetingInput["participants"][number];

export function ParticipantsSection({
  participants,
  partyOptions,
  onChange,
}: {
  participants: Participant[];
  partyOptions: PartyOption[];
  onChange: (next: Participant[]) => void;
}) {
  const update = (index: number, patch: Partial<Participant>) =>
    onChange(participants.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  // Picking a known party also sets whether it is a country or an organisation.
  const kinds = new Map(partyOptions.map((p) => [p.name.toLocaleLowerCase("en"), p.kind]));
  const rename = (index: number, name: string) => {
    const kind = kinds.get(name.trim().toLocaleLowerCase("en"));
    update(index, kind === "country" || kind === "organisation" ? { name, kind } : { name });
  };
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">Participants ({participants.length})</legend>
      {participants.length === 0 ? <p className="text-sm text-slate-500">No participants yet.</p> : null}
      <ol className="space-y-3">
        {participants.map((p, i) => (
          <li key={p.key} className="grid items-end gap-3 rounded-md border border-slate-100 p-3 sm:grid-cols-[2fr_1fr_1fr_2fr_auto]">
            <TextInput path={`participants.${i}.name`} label={`Participant ${i + 1}`} required list={PARTY_OPTIONS_ID} value={p.name} onChange={(v) => rename(i, v)} />
            <Select path={`participants.${i}.kind`} label="Kind" value={p.kind} options={PARTICIPANT_KINDS} onChange={(v) => update(i, { kind: v })} />
            <Select path={`participants.${i}.attendance`} label="Attendance" value={p.attendance} options={ATTENDANCES} onChange={(v) => update(i, { attendance: v })} />
            <TextInput path={`participants.${i}.representative`} label="Represented by" value={p.representative} onChange={(v) => update(i, { representative: v })} />
            <ItemControls
              index={i}
              count={participants.length}
              noun="participant"
              onMove={(delta) => onChange(moveItem(participants, i, delta))}
              onRemove={() => onChange(participants.filter((_, j) => j !== i))}
            />
            <ItemComments itemKey={p.key} />
          </li>
        ))}
      </ol>
      <Button type="button" variant="secondary" onClick={() => onChange([...participants, blankParticipant()])}>
        + Add participant
      </Button>
    </fieldset>
  );
}
