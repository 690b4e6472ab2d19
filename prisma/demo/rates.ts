import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db";
import { uploadRates } from "@/lib/ledger/rates";

export const DEMO_RATE_FILE = path.join(import.meta.dirname, "eurofxref-demo.csv");

/** Loads the illustrative demo rates (ECB format, April to November 2026) as if an admin had uploaded them. */
export async function loadDemoRates(prisma: Db): Promise<void> {
  await uploadRates(prisma, { actor: null, fileName: "eurofxref-demo.csv", bytes: readFileSync(DEMO_RATE_FILE) });
}
