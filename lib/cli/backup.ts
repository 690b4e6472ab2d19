// `npm run backup [file]`: the whole database (DATABASE_URL, or the embedded one) into one file.
import { backupDatabase } from "@/lib/backup/backup-restore";
import { targetDatabase } from "@/lib/cli/target-database";

const file = process.argv[2] ?? `readout-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`;
const { url, release } = await targetDatabase();
try {
  await backupDatabase(url, file);
  console.log(`Backup written to ${file}. Restore it with: npm run restore ${file}`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  await release();
  process.exit(1);
}
await release();
