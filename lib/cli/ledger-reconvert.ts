// `npm run ledger:reconvert`: after READOUT_REPORTING_CURRENCY changed, stores
// every pledge's converted figures and the ledger's sums in the new currency
// (decision 0029). Safe to run while the app serves, and to run again.
import { targetDatabase } from "@/lib/cli/target-database";
import { createPrismaClient } from "@/lib/db";
import { reconvertStalePledges } from "@/lib/ledger/reconvert-stale";
import { reportingCurrency } from "@/lib/ledger/reporting-currency";

const currency = reportingCurrency();
const database = await targetDatabase();
const prisma = createPrismaClient(database.url);
try {
  const count = await reconvertStalePledges(prisma, (done) => console.log(`  ${done} pledges converted to ${currency}…`));
  console.log(count ? `Stored ${count} pledges' figures and the ledger's sums in ${currency}.` : `Every pledge is already stored in ${currency}.`);
} finally {
  await prisma.$disconnect();
  await database.release();
}
