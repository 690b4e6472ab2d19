// `npm start`: a working Readout on http://localhost:3000 with nothing to set up.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "@/lib/cli/build-if-needed";
import { checkDatabase, generateClientIfMissing, migrate } from "@/lib/cli/database";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/cli/embedded-postgres";
import { bin, exited, ROOT, start } from "@/lib/cli/run";
import { checkConfig } from "@/lib/config";
import { createPrismaClient } from "@/lib/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/demo/accounts";
import { seedDemoData } from "@/prisma/seed";

const dev = process.argv.includes("--dev");
const DATA_DIR = path.join(ROOT, ".data");
const port = process.env.PORT ?? "3000";

let embedded: RunningPostgres | undefined;
let next: ChildProcess | undefined;
let stopping = false;

async function main() {
  checkConfig();
  await generateClientIfMissing();

  let url = process.env.DATABASE_URL;
  if (!url) {
    mkdirSync(DATA_DIR, { recursive: true });
    const pgPort = Number(process.env.READOUT_PG_PORT ?? 54329);
    console.log(`Starting the embedded Postgres (data in .data/postgres, port ${pgPort})...`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port: pgPort, persistent: true });
    await embedded.createDatabase("readout");
    url = embedded.url("readout");
  }
  await checkDatabase(url);
  await migrate(url, true);

  const prisma = createPrismaClient(url);
  const seeded = await seedDemoData(prisma);
  await prisma.$disconnect();

  const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET: authSecret(), NEXT_TELEMETRY_DISABLED: "1" };
  if (!dev) await buildIfNeeded();

  next = start(bin("next"), [dev ? "dev" : "start", "-p", port], { env });
  banner(seeded);
  const code = await exited(next);
  await shutdown(code);
}

// One secret per installation, kept beside the embedded data. Several
// instances behind a load balancer must share one: set AUTH_SECRET for them.
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function banner(seeded: boolean) {
  const lines = [
    "",
    `Readout is starting on http://localhost:${port}`,
    seeded ? "Demo data was seeded. Demo accounts:" : "Demo accounts (if you kept the demo data):",
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(9)} ${a.email}`),
    `  password  ${DEMO_PASSWORD}`,
    "Press Ctrl-C to stop.",
    "",
  ];
  console.log(lines.join("\n"));
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (embedded) {
    console.log("Stopping the embedded Postgres...");
    await embedded.stop().catch(() => undefined);
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (next && next.exitCode === null) next.kill(signal);
    else void shutdown(0);
  });
}

main().catch(async (error: Error) => {
  console.error(`\nReadout could not start.\n${error.message}\n`);
  await shutdown(1);
});
