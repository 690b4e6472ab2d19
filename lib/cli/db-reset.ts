// `npm run db:reset`: empties the database at DATABASE_URL, migrates and seeds it again.
import pg from "pg";
import { migrate } from "@/lib/cli/database";
import { createPrismaClient } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to reset. (The embedded one: stop npm start and delete the data folder it printed.)");
  process.exit(1);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query("drop schema public cascade; create schema public;");
await client.end();
await migrate(url);
const prisma = createPrismaClient(url);
await seedDemoData(prisma);
await prisma.$disconnect();
console.log("Database reset and demo data seeded.");
