import type { Db } from "@/lib/db";
import { withLedgerSums } from "@/lib/ledger/ledger-sums";
import { reportingCurrency } from "@/lib/ledger/reporting-currency";
import { storeConvertedFigures } from "@/lib/ledger/store-figures";

const BATCH = 2_000;

/**
 * After READOUT_REPORTING_CURRENCY changed: stores every pledge's figures and
 * the ledger's sums again in the current currency, a batch per transaction so
 * the app keeps serving (until the last batch it reads the old ones converted
 * live, decision 0029). Returns how many pledges it converted.
 */
export async function reconvertStalePledges(prisma: Db, onBatch?: (done: number) => void): Promise<number> {
  const currency = reportingCurrency();
  let done = 0;
  for (;;) {
    const converted = await prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Pledge" WHERE "convertedCurrency" IS DISTINCT FROM ${currency}::char(3) ORDER BY id LIMIT ${BATCH}`;
      const ids = rows.map((r) => r.id);
      if (ids.length) await withLedgerSums(tx, ids, () => storeConvertedFigures(tx, { ids }));
      return ids.length;
    }, { timeout: 120_000 });
    if (converted === 0) return done;
    done += converted;
    onBatch?.(done);
  }
}
