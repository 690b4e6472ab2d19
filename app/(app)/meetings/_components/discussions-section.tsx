"use client";

import { Button } from "@/components/ui/button";
import { blankDiscussion, moveItem } from "@/lib/meetings/blank";
import { TOPICS, type MeetingInput } from "@/lib/validation/meeting";
import { MARKDOWN_HINT } from "./details-section";
import { ItemCard, Select, TextArea, TextInput } from "./inputs";
import { ItemComments } from "./item-comments";

type Discussion = MeetingInput["discussions"][number];

export function DiscussionsSection({
  discussions,
  onChange,
  onRemove,
}: {
  discussions: Discussion[];
  onChange: (next: Discussion[]) => void;
  onRemove: (key: string) => void;
}) {
  const update = (index: number, patch: Partial<Discussion>) =>
    onChange(discussions.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">Discussions ({discussions.length})</legend>
      {discussions.length === 0 ? <p className="text-sm text-slate-500">No discussions yet.</p> : null}
      <ol className="space-y-4">
        {discussions.map((d, i) => (
          <ItemCard
            key={d.key}
            heading={`Discussion ${i + 1}`}
            index={i}
            count={discussions.length}
            noun="discussion"
            onMove={(delta) => onChange(moveItem(discussions, i, delta))}
            onRemove={() => onRemove(d.key)}
          >
            <ItemComments itemKey={d.key} />
            <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
              <TextInput path={`discussions.${i}.title`} label={`Discussion ${i + 1} title`} required value={d.title} onChange={(v) => update(i, { title: v })} />
              <Select path={`discussions.${i}.topic`} label="Topic" value={d.topic} options={TOPICS} onChange={(v) => update(i, { topic: v })} />
            </div>
            <TextArea path={`discussions.${i}.notes`} label="Notes" rows={5} hint={MARKDOWN_HINT} value={d.notes} onChange={(v) => update(i, { notes: v })} />
            <TextArea path={`discussions.${i}.outcome`} label="Outcome" rows={2} value={d.outcome} onChange={(v) => update(i, { outcome: v })} />
          </ItemCard>
        ))}
      </ol>
      <Button type="button" variant="secondary" onClick={() => onChange([...discussions, blankDiscussion()])}>
        + Add discussion
      </Button>
    </fieldset>
  );
}
