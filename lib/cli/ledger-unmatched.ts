// `npm run ledger:unmatched`: the participants and commitments whose party no
// alias matched (see docs/decisions/0015-commitments-ledger.md). An admin adds
// the missing names as aliases on /admin/parties, which matches these rows.
import { createPrismaClient } from "@/lib/db";
import { listUnmatched } from "@/lib/ledger/unmatched";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "Set DATABASE_URL to the database to report on. While `npm start` runs, the embedded one is " +
      "postgresql://readout:readout@127.0.0.1:54329/readout.",
  );
  process.exit(1);
}
const prisma = createPrismaClient(url);
try {
  const rows = await listUnmatched(prisma);
  if (rows.length === 0) {
    console.log("Every participant and commitment names a known party.");
  } else {
    console.log(`${rows.length} ${rows.length === 1 ? "row names" : "rows name"} no known party:\n`);
    for (const r of rows) console.log(`${r.field.padEnd(12)} “${r.text}”  in “${r.title}”, version ${r.number} (/meetings/${r.meetingId})`);
    console.log("\nAdd the names as aliases on /admin/parties; matching rows are then linked to the party.");
  }
} finally {
  await prisma.$disconnect();
}
