import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createPrismaClient(connectionString: string): PrismaClient {
  // A database that does not answer fails a request in seconds instead of holding it open.
  // A transaction waits for a free connection as long as a query does (Prisma's own default is 2 s,
  // which under load turned a short queue into "database unavailable").
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000 }),
    // Prisma's default of 5 s for the whole transaction expired saves of large meetings on a starved
    // machine (the load test, issue 13); an expiry mid-commit also risks prisma/orm#29952 with adapter-pg.
    transactionOptions: { maxWait: 5_000, timeout: 20_000 },
  });
}

const globalForPrisma = globalThis as unknown as { readoutPrisma?: PrismaClient };

/** The app's one client; reused across hot reloads in development. */
export function db(): PrismaClient {
  if (!globalForPrisma.readoutPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. Start Readout with `npm start`, which provides one.");
    globalForPrisma.readoutPrisma = createPrismaClient(url);
  }
  return globalForPrisma.readoutPrisma;
}
