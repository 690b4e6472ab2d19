import { Prisma } from "@/lib/generated/prisma/client";
import type { PledgeScope } from "@/lib/ledger/convert";

/** Whether "LedgerTotal" and "LedgerMonth" keep sums for a scope: every pledge, or narrowed by series and/or party only. */
export function keptScope(scope: PledgeScope): boolean {
  return !scope.from && !scope.to && !scope.recipient && scope.number === undefined && !scope.ids && !scope.rateDays && !scope.includeUnpublished;
}

/** The kept rows (alias t) of a scope, in the reporting currency. */
export function keptWhere(scope: PledgeScope, currency: string): Prisma.Sql {
  return Prisma.sql`t.currency = ${currency}::char(3)
    AND t."bySeries" = ${Boolean(scope.series)} AND t.series = ${scope.series ? Prisma.sql`lower(${scope.series})` : ""}
    AND t."byParty" = ${Boolean(scope.partyId)} AND t."partyId" = ${scope.partyId ?? ""}`;
}

/** True when every published pledge's figures are stored in `currency`, so the kept sums in it are complete. */
export function sumsComplete(currency: string): Prisma.Sql {
  return Prisma.sql`(NOT EXISTS (
    SELECT 1 FROM "LedgerTotal" other
    WHERE other."bySeries" = false AND other.series = '' AND other."byParty" = false AND other."partyId" = ''
      AND other."group" = 'total' AND other.key = '' AND other."byCurrency" = false AND other."pledgeCurrency" = ''
      AND other.currency <> ${currency}::char(3) AND other.pledges > 0
  ))`;
}
