import type { Tx } from "@/lib/db";
import { liveConversion, type PledgeScope } from "@/lib/ledger/convert";
import { reportingCurrency } from "@/lib/ledger/reporting-currency";

/**
 * Stores the converted figures of the pledges in scope (published or not), in
 * the reporting currency, at the rates of their announcement day. Called by
 * refreshPledges after it changed their terms or progress, and by a rate
 * upload for the pledges whose rates it may have changed.
 */
export async function storeConvertedFigures(tx: Tx, scope: PledgeScope): Promise<void> {
  const currency = reportingCurrency();
  await tx.$executeRaw`
    UPDATE "Pledge" t SET "convertedCurrency" = ${currency}, "rateFactor" = c.factor, "rateDate" = c.rate_date,
      "outstandingAmount" = c.outstanding, "pledgedConverted" = c.pledged_converted, "allocatedConverted" = c.allocated_converted,
      "deliveredConverted" = c.delivered_converted, "outstandingConverted" = c.outstanding_converted
    FROM (${liveConversion({ ...scope, includeUnpublished: true }, currency)}) c
    WHERE t.id = c.id`;
}

/** The pledges whose conversion may use a rate of a day from `first` to `last`: those dated within a lookback of them. */
export const ratedBetween = (first: string, last: string): PledgeScope => ({ rateDays: { first, last } });
