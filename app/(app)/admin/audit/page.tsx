import type { Metadata } from "next";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterInput, FilterSelect } from "@/components/ui/filter-fields";
import { Pagination } from "@/components/ui/pagination";
import { AUDIT_ACTIONS } from "@/lib/audit";
import { requireUser } from "@/lib/auth/current-user";
import { listAuditEvents, parseAuditFilters } from "@/lib/dal/audit";
import { formatDateTime } from "@/lib/format";
import { pageCount, parsePage } from "@/lib/pagination";

export const metadata: Metadata = { title: "Audit log" };

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value, null, 2));

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("read:audit:any");
  const raw = await searchParams;
  const filters = parseAuditFilters(raw);
  const page = parsePage(raw.page);
  const { items, total } = await listAuditEvents(filters, page);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <form method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-6">
        <FilterSelect name="action" label="Action" value={filters.action} options={AUDIT_ACTIONS.map((a) => ({ value: a, label: a }))} className="sm:col-span-2" />
        <FilterInput name="actor" label="Actor email" value={filters.actor} />
        <FilterInput name="entity" label="Record id" value={filters.entity} />
        <FilterInput name="from" label="From" type="date" value={filters.from} />
        <FilterInput name="to" label="To" type="date" value={filters.to} />
        <div className="flex gap-2 sm:col-span-6">
          <Button type="submit" variant="secondary">Filter</Button>
          <ButtonLink href="/admin/audit" variant="ghost">Clear</ButtonLink>
        </div>
      </form>
      <p className="text-sm text-slate-600">{total} {total === 1 ? "entry" : "entries"}</p>
      {items.length ? (
        <div className="rounded-lg border border-slate-200 bg-white">
          <table className="w-full table-fixed text-left text-sm">
            <caption className="sr-only">Audit entries</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="w-44 px-3 py-2">When</th>
                <th scope="col" className="w-64 px-3 py-2">Who</th>
                <th scope="col" className="px-3 py-2">What happened</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {items.map((e) => (
                <tr key={e.id}>
                  <td className="px-3 py-2 text-slate-700">{formatDateTime(e.at)}</td>
                  <td className="px-3 py-2 [overflow-wrap:anywhere]">
                    {e.actorEmail || "—"}
                    {e.actorRole ? <span className="text-slate-600"> ({e.actorRole})</span> : null}
                  </td>
                  <td className="px-3 py-2 [overflow-wrap:anywhere]">
                    <p>{e.sentence}</p>
                    <details className="mt-1 text-xs">
                      <summary className="cursor-pointer text-brand-700">Details</summary>
                      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
                        <dt className="text-slate-600">Action</dt>
                        <dd className="font-mono">{e.action}</dd>
                        <dt className="text-slate-600">Record</dt>
                        <dd>{e.entityType} <span className="font-mono">{e.entityId || "—"}</span></dd>
                        {e.ip ? (
                          <>
                            <dt className="text-slate-600">Address</dt>
                            <dd className="font-mono">{e.ip}</dd>
                          </>
                        ) : null}
                        <dt className="text-slate-600">Before</dt>
                        <dd><pre className="whitespace-pre-wrap font-mono [overflow-wrap:anywhere]">{json(e.before) || "—"}</pre></dd>
                        <dt className="text-slate-600">After</dt>
                        <dd><pre className="whitespace-pre-wrap font-mono [overflow-wrap:anywhere]">{json(e.after) || "—"}</pre></dd>
                      </dl>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState title="No entries match these filters." />
      )}
      <Pagination page={page} pageCount={pageCount(total)} basePath="/admin/audit" params={{ action: filters.action, actor: filters.actor, entity: filters.entity, from: filters.from, to: filters.to }} />
    </div>
  );
}
