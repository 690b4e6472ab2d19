import type { FieldChange, ItemChanges, MeetingDiff } from "@/lib/meetings/diff";
import { hasItemChanges, isEmptyDiff } from "@/lib/meetings/diff";

function Changes({ fields }: { fields: FieldChange[] }) {
  return (
    <table className="mt-1 w-full table-fixed text-left text-sm">
      <thead className="text-xs uppercase text-slate-500">
        <tr>
          <th scope="col" className="w-40 py-1 pr-2">Field</th>
          <th scope="col" className="py-1 pr-2">Before</th>
          <th scope="col" className="py-1">After</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 align-top">
        {fields.map((f) => (
          <tr key={f.field}>
            <th scope="row" className="py-1 pr-2 font-medium">{f.field}</th>
            <td className="whitespace-pre-wrap break-words py-1 pr-2"><del className="bg-red-50 text-red-900 no-underline">{f.before || "—"}</del></td>
            <td className="whitespace-pre-wrap break-words py-1"><ins className="bg-green-50 text-green-900 no-underline">{f.after || "—"}</ins></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Items({ title, changes }: { title: string; changes: ItemChanges }) {
  if (!hasItemChanges(changes)) return null;
  return (
    <section className="space-y-2">
      <h3 className="font-semibold">{title}</h3>
      <ul className="space-y-2 text-sm">
        {changes.added.map((i) => (
          <li key={`a-${i.key}`}><span className="font-medium text-green-800">Added:</span> {i.label}</li>
        ))}
        {changes.removed.map((i) => (
          <li key={`r-${i.key}`}><span className="font-medium text-red-800">Removed:</span> {i.label}</li>
        ))}
        {changes.changed.map((i) => (
          <li key={`c-${i.key}`}>
            <span className="font-medium">Changed:</span> {i.label}
            <Changes fields={i.fields} />
          </li>
        ))}
        {changes.reordered ? <li className="text-slate-600">The order changed.</li> : null}
      </ul>
    </section>
  );
}

export function DiffView({ diff }: { diff: MeetingDiff }) {
  if (isEmptyDiff(diff)) return <p className="text-sm text-slate-600">These two versions are the same.</p>;
  return (
    <div className="space-y-5 rounded-lg border border-slate-200 bg-white p-4">
      {diff.fields.length ? (
        <section>
          <h3 className="font-semibold">Meeting</h3>
          <Changes fields={diff.fields} />
        </section>
      ) : null}
      <Items title="Participants" changes={diff.participants} />
      <Items title="Discussions" changes={diff.discussions} />
      <Items title="Commitments" changes={diff.commitments} />
      <Items title="Sources" changes={diff.sources} />
    </div>
  );
}
