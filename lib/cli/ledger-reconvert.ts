// `npm run ledger:reconvert`: after READOUT_REPORTING_CURRENCY changed, stores
// every pledge's converted figures and the ledger's sums in the new currency
// (decision 0029). Safe to run while the app serves, and to run again.
import { createPrismaClient } from "@/lib/db";
import { reconvertStalePledges } from "@/lib/ledger/reconvert-stale";
import { reportingCurrency } from "@/lib/ledger/reporting-currency";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "Set DATABASE_URL (and READOUT_REPORTING_CURRENCY as the app has it) to the database to convert. While `npm start` runs, " +
      "the embedded one is postgresql://readout:readout@127.0.0.1:54329/readout.",
  );
  process.exit(1);
}
const prisma = createPrismaClient(url);
try {
  const currency = reportingCurrency();
  const count = await reconvertStalePledges(prisma, (done) => console.log(`  ${done} pledges converted to ${currency}…`));
  console.log(count ? `Stored ${count} pledges' figures and the ledger's sums in ${currency}.` : `Every pledge is already stored in ${currency}.`);
} finally {
  await prisma.$disconnect();
}
