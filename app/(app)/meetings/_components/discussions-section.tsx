"use client";

import { memo } from "react";
import { Button } from "@/components/ui/button";
import { blankDiscussion } from "@/lib/meetings/blank";
import { TOPICS, type MeetingInput } from "@/lib/validation/meeting";
import { MARKDOWN_HINT } from "./details-section";
import { focusField } from "./form-context";
import { ItemCard, Select, TextArea, TextInput } from "./inputs";
import { ItemComments } from "./item-comments";
import type { ListEditor } from "./use-meeting-values";

type Discussion = MeetingInput["discussions"][number];

export const DiscussionsSection = memo(function DiscussionsSection({ discussions, edit }: { discussions: Discussion[]; edit: ListEditor<"discussions"> }) {
  const add = () => {
    edit.add(blankDiscussion());
    focusField(`discussions.${discussions.length}.title`);
  };
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">Discussions ({discussions.length})</legend>
      {discussions.length === 0 ? <p className="text-sm text-slate-500">No discussions yet.</p> : null}
      <ol className="space-y-4">
        {discussions.map((d, i) => (
          <DiscussionRow key={d.key} discussion={d} index={i} count={discussions.length} edit={edit} />
        ))}
      </ol>
      <Button type="button" variant="secondary" onClick={add}>
        + Add discussion
      </Button>
    </fieldset>
  );
});

const DiscussionRow = memo(function DiscussionRow({
  discussion: d,
  index: i,
  count,
  edit,
}: {
  discussion: Discussion;
  index: number;
  count: number;
  edit: ListEditor<"discussions">;
}) {
  const update = (patch: Partial<Discussion>) => edit.update(d.key, patch);
  return (
    <ItemCard heading={`Discussion ${i + 1}`} index={i} count={count} noun="discussion" onMove={(delta) => edit.move(d.key, delta)} onRemove={() => edit.remove(d.key)}>
      <ItemComments itemKey={d.key} />
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <TextInput path={`discussions.${i}.title`} label={`Discussion ${i + 1} title`} required value={d.title} onChange={(v) => update({ title: v })} />
        <Select path={`discussions.${i}.topic`} label="Topic" value={d.topic} options={TOPICS} onChange={(v) => update({ topic: v })} />
      </div>
      <TextArea path={`discussions.${i}.notes`} label="Notes" rows={5} hint={MARKDOWN_HINT} value={d.notes} onChange={(v) => update({ notes: v })} />
      <TextArea path={`discussions.${i}.outcome`} label="Outcome" rows={2} value={d.outcome} onChange={(v) => update({ outcome: v })} />
    </ItemCard>
  );
});
