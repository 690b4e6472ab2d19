import type { Db } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed";

/** Demo accounts have a published password: they go only into the embedded database, or where READOUT_DEMO_DATA asks for them. */
export function demoDataWanted(embedded: boolean, env: Record<string, string | undefined> = process.env): boolean {
  return embedded || ["1", "true"].includes(env.READOUT_DEMO_DATA ?? "");
}

export type AccountsAtStart = "demo_seeded" | "no_users" | "ready";

/** Seeds the demo data into an empty database when wanted, and says whether anyone can sign in yet. */
export async function prepareAccounts(prisma: Db, embedded: boolean, env: Record<string, string | undefined> = process.env): Promise<AccountsAtStart> {
  if (demoDataWanted(embedded, env) && (await seedDemoData(prisma))) return "demo_seeded";
  return (await prisma.user.count()) === 0 ? "no_users" : "ready";
}
