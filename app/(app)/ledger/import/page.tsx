import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { ImportForm } from "./_components/import-form";

export const metadata: Metadata = { title: "Import pledges" };

export default async function ImportPage() {
  await requireUser("import:pledge:any");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Import pledges and progress</h1>
        <p className="mt-1 text-sm text-slate-600">
          A CSV file of <code>pledge</code> rows (new pledges) and <code>event</code> rows (progress on a pledge of the file, or on one in
          the ledger such as P-12). Every row is checked and previewed first; confirming writes the whole file or nothing, as one import
          that another reviewer approves. <a href="/ledger-import-example.csv" className="text-brand-700 underline" download>Example file</a>
          {" · "}
          <Link href="/ledger" className="text-brand-700 hover:underline">Ledger</Link>
        </p>
      </div>
      <ImportForm />
    </div>
  );
}
