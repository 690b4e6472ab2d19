"use client";

import { memo } from "react";
import { Button } from "@/components/ui/button";
import { blankSource } from "@/lib/meetings/blank";
import type { MeetingInput } from "@/lib/validation/meeting";
import { focusField } from "./form-context";
import { ItemControls, TextInput } from "./inputs";
import type { ListEditor } from "./use-meeting-values";

type Source = MeetingInput["sources"][number];

/** Where the record comes from; each commitment picks one of these. */
export const SourcesSection = memo(function SourcesSection({ sources, edit }: { sources: Source[]; edit: ListEditor<"sources"> }) {
  const update = (index: number, patch: Partial<Source>) => edit.update(sources[index]!.key, patch);
  const add = () => {
    edit.add(blankSource());
    focusField(`sources.${sources.length}.title`);
  };
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">Sources ({sources.length})</legend>
      <p className="text-sm text-slate-600">Articles, statements or transcripts this record is based on. Commitments name one of them.</p>
      {sources.length === 0 ? <p className="text-sm text-slate-500">No sources yet.</p> : null}
      <ol className="space-y-3">
        {sources.map((s, i) => (
          <li key={s.key} className="grid items-end gap-3 rounded-md border border-slate-100 p-3 sm:grid-cols-[2fr_1fr_1fr]">
            <TextInput path={`sources.${i}.title`} label={`Source ${i + 1} title`} required maxLength={300} value={s.title} onChange={(v) => update(i, { title: v })} />
            <TextInput path={`sources.${i}.publisher`} label="Publisher" maxLength={200} value={s.publisher} onChange={(v) => update(i, { publisher: v })} />
            <TextInput path={`sources.${i}.publishedOn`} label="Published on" type="date" value={s.publishedOn} onChange={(v) => update(i, { publishedOn: v })} />
            <TextInput
              path={`sources.${i}.url`}
              label="Address"
              hint="A web address starting with https:// or http://."
              className="sm:col-span-2"
              value={s.url}
              onChange={(v) => update(i, { url: v })}
            />
            <ItemControls
              index={i}
              count={sources.length}
              noun="source"
              onMove={(delta) => edit.move(s.key, delta)}
              onRemove={() => edit.remove(s.key)}
            />
          </li>
        ))}
      </ol>
      <Button type="button" variant="secondary" onClick={add}>
        + Add source
      </Button>
    </fieldset>
  );
});

/** "2. Chairs' press conference (NATO)": how a source is named where it is picked. */
export const sourceLabel = (source: Source, index: number) =>
  `${index + 1}. ${source.title || "(untitled)"}${source.publisher ? ` (${source.publisher})` : ""}`;
