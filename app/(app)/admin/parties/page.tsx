import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterInput } from "@/components/ui/filter-fields";
import { requireUser } from "@/lib/auth/current-user";
import { listPartiesWithAliases, listPartyOptions, listUnmatchedNames } from "@/lib/dal/parties";
import { humanize } from "@/lib/format";
import { cleanText } from "@/lib/validation/parse";
import { AddAliasForm } from "./_components/add-alias-form";

export const metadata: Metadata = { title: "Parties" };

export default async function PartiesPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireUser("manage:ledger:any");
  const raw = (await searchParams).q;
  const q = cleanText(typeof raw === "string" ? raw : "").trim().slice(0, 100);
  const [parties, options, unmatched] = await Promise.all([listPartiesWithAliases(q), listPartyOptions(), listUnmatchedNames()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Parties</h1>
        <p className="text-sm text-slate-600">
          Countries (ISO 3166-1), organisations and “several parties (not named)”. Participants and commitments name a party through
          any of its aliases.
        </p>
      </div>
      <AddAliasForm partyNames={options.map((o) => o.name)} />
      {unmatched.length ? (
        <section aria-labelledby="unmatched-heading" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          <h2 id="unmatched-heading" className="font-semibold">Names not matched yet</h2>
          <p>Recorded before parties existed, these name no known party. Add each as an alias of the party it means.</p>
          <ul className="flex flex-wrap gap-2">
            {unmatched.map((u) => (
              <li key={u.text} className="rounded border border-amber-300 bg-white px-2 py-0.5">
                “{u.text}” <span className="text-slate-500">× {u.rows}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form method="get" className="flex items-end gap-3" role="search">
        <FilterInput name="q" label="Find a party or alias" value={q} />
        <Button type="submit" variant="secondary">Find</Button>
      </form>
      {parties.length === 0 ? (
        <EmptyState title="No party matches.">Try another name.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Parties and their aliases</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2">Party</th>
                <th scope="col" className="px-3 py-2">Kind</th>
                <th scope="col" className="px-3 py-2">Code</th>
                <th scope="col" className="px-3 py-2">Aliases</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {parties.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="px-3 py-2 font-medium">{p.name}</th>
                  <td className="px-3 py-2">{humanize(p.kind)}</td>
                  <td className="px-3 py-2 font-mono">{p.code ?? "—"}</td>
                  <td className="px-3 py-2">{p.aliases.filter((a) => a.alias !== p.name).map((a) => a.alias).join(", ") || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
