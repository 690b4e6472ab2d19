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

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

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
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-xs">
            <caption className="sr-only">Audit entries</caption>
            <thead className="border-b border-slate-200 bg-slate-50 uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2">When</th>
                <th scope="col" className="px-3 py-2">Who</th>
                <th scope="col" className="px-3 py-2">Action</th>
                <th scope="col" className="px-3 py-2">Record</th>
                <th scope="col" className="px-3 py-2">Before</th>
                <th scope="col" className="px-3 py-2">After</th>
                <th scope="col" className="px-3 py-2">Address</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {items.map((e) => (
                <tr key={e.id}>
                  <td className="whitespace-nowrap px-3 py-2">{formatDateTime(e.at)}</td>
                  <td className="px-3 py-2">{e.actorEmail || "—"}{e.actorRole ? ` (${e.actorRole})` : ""}</td>
                  <td className="px-3 py-2 font-mono">{e.action}</td>
                  <td className="px-3 py-2">{e.entityType} <span className="font-mono">{e.entityId}</span></td>
                  <td className="max-w-xs break-words px-3 py-2 font-mono">{json(e.before)}</td>
                  <td className="max-w-xs break-words px-3 py-2 font-mono">{json(e.after)}</td>
                  <td className="px-3 py-2">{e.ip}</td>
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
