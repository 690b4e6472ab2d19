// `npm run admin:create -- --email you@example.org --name "Your Name"`: the first
// admin of a real database (DATABASE_URL), who gets a one-time link to set a password.
import { parseArgs } from "node:util";
import { checkDatabase, migrate } from "@/lib/cli/database";
import { createPrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createFirstAdmin, setupLink } from "@/lib/users/first-admin";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database. (The embedded database has the demo admin, admin@readout.example.)");
  process.exit(1);
}
await checkDatabase(url);
await migrate(url, true);
const prisma = createPrismaClient(url);
try {
  const admin = await createFirstAdmin(prisma, values);
  const { link, complete } = setupLink(admin.path, process.env.READOUT_URL);
  console.log(`Admin ${values.email} created. Open this link to set a password; it works once, until ${admin.expiresAt.toUTCString()}:`);
  console.log(`  ${link}`);
  if (!complete) console.log("READOUT_URL is not set, so this is only the path: open it on the address people use for Readout (https://readout.example.org/invitation/...).");
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
