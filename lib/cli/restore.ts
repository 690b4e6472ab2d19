// `npm run restore <file> [--replace]`: a backup into DATABASE_URL, or into the embedded database.
import { restoreDatabase } from "@/lib/backup/backup-restore";
import { targetDatabase } from "@/lib/cli/target-database";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--"));
if (!file) {
  console.error("Usage: npm run restore <file> [-- --replace]   (stop Readout first; --replace drops what the database holds)");
  process.exit(2);
}
const { url, release } = await targetDatabase();
try {
  await restoreDatabase(url, file, { replace: args.includes("--replace") });
  console.log(`Restored ${file}.`);
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  await release();
  process.exit(1);
}
await release();
