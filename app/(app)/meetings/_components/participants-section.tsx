"use client";

import { memo, useMemo } from "react";
import { Button } from "@/components/ui/button";
import type { PartyOption } from "@/lib/dal/parties";
import { blankParticipant } from "@/lib/meetings/blank";
import { ATTENDANCES, PARTICIPANT_KINDS, type MeetingInput } from "@/lib/validation/meeting";
import { focusField } from "./form-context";
import { ItemControls, Select, TextInput } from "./inputs";
import { PARTY_OPTIONS_ID } from "./party-options";
import { ItemComments } from "./item-comments";
import type { ListEditor } from "./use-meeting-values";

type Participant = MeetingInput["participants"][number];
type PartyKinds = ReadonlyMap<string, string>;

export const ParticipantsSection = memo(function ParticipantsSection({
  participants,
  partyOptions,
  edit,
}: {
  participants: Participant[];
  partyOptions: PartyOption[];
  edit: ListEditor<"participants">;
}) {
  // Picking a known party also sets whether it is a country or an organisation.
  const kinds = useMemo(() => new Map(partyOptions.map((p) => [p.name.toLocaleLowerCase("en"), p.kind])), [partyOptions]);
  const add = () => {
    edit.add(blankParticipant());
    focusField(`participants.${participants.length}.name`);
  };
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">Participants ({participants.length})</legend>
      {participants.length === 0 ? <p className="text-sm text-slate-500">No participants yet.</p> : null}
      <ol className="space-y-3">
        {participants.map((p, i) => (
          <ParticipantRow key={p.key} participant={p} index={i} count={participants.length} kinds={kinds} edit={edit} />
        ))}
      </ol>
      <Button type="button" variant="secondary" onClick={add}>
        + Add participant
      </Button>
    </fieldset>
  );
});

const ParticipantRow = memo(function ParticipantRow({
  participant: p,
  index: i,
  count,
  kinds,
  edit,
}: {
  participant: Participant;
  index: number;
  count: number;
  kinds: PartyKinds;
  edit: ListEditor<"participants">;
}) {
  const update = (patch: Partial<Participant>) => edit.update(p.key, patch);
  const rename = (name: string) => {
    const kind = kinds.get(name.trim().toLocaleLowerCase("en"));
    update(kind === "country" || kind === "organisation" ? { name, kind } : { name });
  };
  return (
    <li className="grid items-end gap-3 rounded-md border border-slate-100 p-3 sm:grid-cols-[2fr_1fr_1fr_2fr_auto]">
      <TextInput path={`participants.${i}.name`} label={`Participant ${i + 1}`} required list={PARTY_OPTIONS_ID} value={p.name} onChange={rename} />
      <Select path={`participants.${i}.kind`} label="Kind" value={p.kind} options={PARTICIPANT_KINDS} onChange={(v) => update({ kind: v })} />
      <Select path={`participants.${i}.attendance`} label="Attendance" value={p.attendance} options={ATTENDANCES} onChange={(v) => update({ attendance: v })} />
      <TextInput path={`participants.${i}.representative`} label="Represented by" value={p.representative} onChange={(v) => update({ representative: v })} />
      <ItemControls index={i} count={count} noun="participant" onMove={(delta) => edit.move(p.key, delta)} onRemove={() => edit.remove(p.key)} />
      <ItemComments itemKey={p.key} />
    </li>
  );
});
