"use client";

import { memo } from "react";
import type { MeetingInput } from "@/lib/validation/meeting";
import { MEETING_FORMATS } from "@/lib/validation/meeting";
import { timeZoneNames } from "@/lib/time/zones";
import { Select, TextArea, TextInput } from "./inputs";
import { DuplicateWarning } from "./duplicate-warning";
import { MeetingTimeFields } from "./meeting-time-fields";

const zones = timeZoneNames();
// Zone names are shown as written ("America/New_York"), not humanised.
const zoneLabels = Object.fromEntries(zones.map((z) => [z, z]));

const MARKDOWN_HINT = "Markdown: **bold**, _italic_, lists starting with -, [links](https://…).";

type DetailsProps = {
  values: MeetingInput;
  set: <K extends keyof MeetingInput>(key: K, value: MeetingInput[K]) => void;
  seriesOptions: string[];
};

// The lists and the implications have sections of their own: a keystroke there leaves this one (and its ~400 zones) alone.
const ELSEWHERE = new Set<string>(["participants", "discussions", "commitments", "sources", "implications"]);
const sameDetails = (a: DetailsProps, b: DetailsProps) =>
  a.set === b.set &&
  a.seriesOptions === b.seriesOptions &&
  (Object.keys(b.values) as (keyof MeetingInput)[]).every((key) => ELSEWHERE.has(key) || a.values[key] === b.values[key]);

export const DetailsSection = memo(function DetailsSection({ values, set, seriesOptions }: DetailsProps) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">Meeting</legend>
      <TextInput path="title" label="Title" required value={values.title} onChange={(v) => set("title", v)} maxLength={200} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          path="series"
          label="Series"
          required
          value={values.series}
          onChange={(v) => {
            set("series", v);
            set("confirmDuplicate", false);
          }}
          list="series-options"
          hint="The group or forum, e.g. Ukraine Defense Contact Group."
        />
        <datalist id="series-options">
          {seriesOptions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <Select path="format" label="Format" value={values.format} onChange={(v) => set("format", v)} options={MEETING_FORMATS} />
        <Select
          path="timeZone"
          label="Time zone"
          value={values.timeZone}
          options={zones}
          labels={zoneLabels}
          onChange={(v) => {
            set("timeZone", v);
            set("confirmDuplicate", false);
          }}
          className="sm:col-span-2"
        />
        <MeetingTimeFields
          path="startsAt"
          offsetPath="startsAtOffset"
          dayLabel="Starts on"
          timeLabel="Start time"
          required
          values={{ timeZone: values.timeZone, at: values.startsAt, offset: values.startsAtOffset }}
          onChange={(at, offset) => {
            set("startsAt", at);
            set("startsAtOffset", offset);
            // A confirmation was for the series and day it was given for.
            set("confirmDuplicate", false);
          }}
        />
        <MeetingTimeFields
          path="endsAt"
          offsetPath="endsAtOffset"
          dayLabel="Ends on"
          timeLabel="End time"
          fallbackDay={values.startsAt.slice(0, 10)}
          values={{ timeZone: values.timeZone, at: values.endsAt, offset: values.endsAtOffset }}
          onChange={(at, offset) => {
            set("endsAt", at);
            set("endsAtOffset", offset);
          }}
        />
        <div className="sm:col-span-2">
          <DuplicateWarning confirmed={values.confirmDuplicate} onConfirm={(v) => set("confirmDuplicate", v)} />
        </div>
        <TextInput path="location" label="Location" value={values.location} onChange={(v) => set("location", v)} />
        <TextInput path="chair" label="Chair or host" value={values.chair} onChange={(v) => set("chair", v)} />
      </div>
      <TextArea path="summary" label="Summary" rows={5} hint={MARKDOWN_HINT} value={values.summary} onChange={(v) => set("summary", v)} />
    </fieldset>
  );
}, sameDetails);

export const ImplicationsSection = memo(function ImplicationsSection({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">Implications and key takeaways</legend>
      <TextArea path="implications" label="Implications" rows={6} hint={MARKDOWN_HINT} value={value} onChange={onChange} />
    </fieldset>
  );
});

export { MARKDOWN_HINT };
