// `npm start`: a working Readout on http://localhost:3000 with nothing to set up.
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { demoDataWanted, prepareAccounts, type AccountsAtStart } from "@/lib/cli/accounts-at-start";
import { authSecret } from "@/lib/cli/auth-secret";
import { buildIfNeeded } from "@/lib/cli/build-if-needed";
import { checkDatabase, generateClientIfMissing, migrate } from "@/lib/cli/database";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/cli/embedded-postgres";
import { startDataDir } from "@/lib/cli/postgres-places";
import { bin, exited, ROOT, start } from "@/lib/cli/run";
import { checkConfig } from "@/lib/config";
import { createPrismaClient } from "@/lib/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/demo/accounts";

const dev = process.argv.includes("--dev");
const DATA_DIR = path.join(ROOT, ".data");
const port = process.env.PORT ?? "3000";

let embedded: RunningPostgres | undefined;
let next: ChildProcess | undefined;
let stopping = false;

async function main() {
  checkConfig();
  await generateClientIfMissing();
  const secret = authSecret({ env: process.env, dev, dataDir: DATA_DIR });

  let url = process.env.DATABASE_URL;
  const isEmbedded = !url;
  if (!url) {
    const dataDir = startDataDir(ROOT);
    const pgPort = Number(process.env.READOUT_PG_PORT ?? 54329);
    const shown = dataDir.startsWith(ROOT + path.sep) ? path.relative(ROOT, dataDir) : dataDir;
    console.log(`Starting the embedded Postgres (data in ${shown}, port ${pgPort})...`);
    embedded = await startEmbeddedPostgres({ dataDir, port: pgPort, persistent: true });
    await embedded.createDatabase("readout");
    url = embedded.url("readout");
  }
  await checkDatabase(url);
  await migrate(url, true);

  const prisma = createPrismaClient(url);
  const accounts = await prepareAccounts(prisma, isEmbedded);
  await prisma.$disconnect();

  const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" };
  if (!dev) await buildIfNeeded();

  next = start(bin("next"), [dev ? "dev" : "start", "-p", port], { env });
  banner(accounts, demoDataWanted(isEmbedded));
  const code = await exited(next);
  await shutdown(code);
}

function banner(accounts: AccountsAtStart, demo: boolean) {
  const demoAccounts = [...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(9)} ${a.email}`), `  password  ${DEMO_PASSWORD}`];
  const lines = [
    "",
    `Readout is starting on http://localhost:${port}`,
    ...(accounts === "demo_seeded" ? ["Demo data was seeded. Demo accounts:", ...demoAccounts] : []),
    ...(accounts === "ready" && demo ? ["Demo accounts (if you kept the demo data):", ...demoAccounts] : []),
    ...(accounts === "no_users"
      ? ["No accounts yet. Create the first admin, who gets a one-time link to set a password:", '  npm run admin:create -- --email you@example.org --name "Your Name"']
      : []),
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
