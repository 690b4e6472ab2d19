import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { latestRates, listRateUploads } from "@/lib/dal/ledger-rates";
import { formatDate, formatDateTime } from "@/lib/format";
import { pageCount, parsePage } from "@/lib/pagination";
import { UploadForm } from "./_components/upload-form";

export const metadata: Metadata = { title: "Exchange rates" };

export default async function RatesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireUser("manage:ledger:any");
  const page = parsePage((await searchParams).page);
  const [{ items, total }, latest] = await Promise.all([listRateUploads(page), latestRates()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Exchange rates</h1>
        <p className="mt-1 text-sm text-slate-600">
          Euro reference rates of the European Central Bank, in units of each currency per 1 EUR. The ledger converts a pledge
          at the rate of the day it was first announced, or of the last earlier day with a rate (at most a week earlier).
        </p>
      </div>
      <UploadForm />

      <section aria-labelledby="latest" className="space-y-2">
        <h2 id="latest" className="font-semibold">Latest rates</h2>
        {latest.length === 0 ? (
          <EmptyState title="No rates yet.">Upload the ECB&apos;s file to convert pledges to the reporting currency.</EmptyState>
        ) : (
          <table className="w-full max-w-lg rounded-lg border border-slate-200 bg-white text-sm">
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">Currency</th>
                <th scope="col" className="px-3 py-2 text-right">Per 1 EUR</th>
                <th scope="col" className="px-3 py-2">Of</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {latest.map((r) => (
                <tr key={r.currency}>
                  <th scope="row" className="px-3 py-1.5 text-left font-medium">{r.currency}</th>
                  <td className="px-3 py-1.5 text-right tabular-nums">{r.rate}</td>
                  <td className="px-3 py-1.5">{formatDate(r.date)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="uploads" className="space-y-2">
        <h2 id="uploads" className="font-semibold">Uploads</h2>
        {items.length === 0 ? (
          <EmptyState title="No rate file has been uploaded." />
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm" aria-label="Rate uploads">
            {items.map((u) => (
              <li key={u.id} className="px-4 py-3">
                <p className="font-medium">{u.fileName}</p>
                <p className="text-slate-600">
                  {u.rows.toLocaleString("en-GB")} days from {formatDate(u.firstDate)} to {formatDate(u.lastDate)};{" "}
                  {u._count.rates.toLocaleString("en-GB")} rates came from it · {u.uploadedBy?.name ?? "demo data"}, {formatDateTime(u.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pageCount={pageCount(total)} basePath="/admin/rates" />
      </section>
    </div>
  );
}
