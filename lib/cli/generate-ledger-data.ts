// Writes the ledger's data migration from the party list (run once; see lib/cli/ledger-data-sql.ts).
//   npx tsx lib/cli/generate-ledger-data.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { ledgerDataMigrationSql } from "@/lib/cli/ledger-data-sql";
import { ROOT } from "@/lib/cli/run";
import { partyList } from "@/lib/ledger/parties";

export const LEDGER_DATA_MIGRATION = path.join(ROOT, "prisma/migrations/20261128200100_ledger_data/migration.sql");

const parties = partyList();
writeFileSync(LEDGER_DATA_MIGRATION, ledgerDataMigrationSql(parties));
console.log(`Wrote ${parties.length} parties and ${parties.reduce((n, p) => n + p.aliases.length, 0)} aliases to ${path.relative(ROOT, LEDGER_DATA_MIGRATION)}.`);
