// `npm test`: every test against a real, throw-away Postgres.
//   npm test                 unit, integration, then end-to-end
//   npm test -- unit|integration|e2e [more args for the runner]
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIfNeeded } from "@/lib/cli/build-if-needed";
import { generateClientIfMissing, migrate } from "@/lib/cli/database";
import { startEmbeddedPostgres } from "@/lib/cli/embedded-postgres";
import { freePort } from "@/lib/cli/free-port";
import { throwAwayDataDir } from "@/lib/cli/postgres-places";
import { bin, run } from "@/lib/cli/run";
import { createPrismaClient } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed";

const SUITES = ["unit", "integration", "e2e"] as const;
type Suite = (typeof SUITES)[number];

const [first, ...rest] = process.argv.slice(2);
const only = SUITES.includes(first as Suite) ? (first as Suite) : undefined;
const extraArgs = only ? rest : process.argv.slice(2);
const suites: Suite[] = only ? [only] : [...SUITES];

const results: { suite: Suite; ok: boolean }[] = [];
const counts = { passed: 0, failed: 0, skipped: 0 };
const reportDir = mkdtempSync(path.join(tmpdir(), "readout-test-reports-"));

async function main() {
  await generateClientIfMissing();
  const needsDatabase = suites.some((s) => s !== "unit");
  const dataDir = throwAwayDataDir("readout-test-pg-");
  const postgres = needsDatabase
    ? await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false })
    : undefined;
  // Ctrl-C reaches the runners and Postgres as well; the throw-away data goes with them.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    if (postgres) process.once(signal, () => void postgres.stop().finally(() => process.exit(130)));
  }

  try {
    const template = "readout_template";
    if (postgres) {
      await postgres.createDatabase(template);
      await migrate(postgres.url(template), true);
    }
    const vitestProjects = suites.filter((s) => s !== "e2e");
    if (vitestProjects.length) {
      await step(vitestProjects.join("+") as Suite, () =>
        run(bin("vitest"), ["run", ...vitestProjects.flatMap((p) => ["--project", p]), "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reportDir, "vitest.json")}`, ...extraArgs], {
          env: {
            ...process.env,
            ...(postgres ? { TEST_ADMIN_URL: postgres.url("postgres"), TEST_TEMPLATE_DB: template } : {}),
          },
        }),
      );
    }
    if (suites.includes("e2e") && postgres) {
      const database = "readout_e2e";
      await postgres.createDatabase(database);
      const url = postgres.url(database);
      await migrate(url, true);
      const prisma = createPrismaClient(url);
      await seedDemoData(prisma);
      await prisma.$disconnect();
      await buildIfNeeded();
      await step("e2e", () =>
        run(bin("playwright"), ["test", "--reporter=list,json", ...extraArgs], {
          env: {
            ...process.env,
            PLAYWRIGHT_JSON_OUTPUT_FILE: path.join(reportDir, "playwright.json"),
            DATABASE_URL: url,
            AUTH_SECRET: randomBytes(32).toString("base64url"),
            E2E_PORT: String(process.env.E2E_PORT ?? 3100),
            NEXT_TELEMETRY_DISABLED: "1",
          },
        }),
      );
    }
  } finally {
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Adds up what the runners reported, for one closing line over every suite. */
function tally() {
  const read = (file: string) => {
    try {
      return JSON.parse(readFileSync(path.join(reportDir, file), "utf8"));
    } catch {
      return null;
    }
  };
  const vitest = read("vitest.json");
  if (vitest) {
    counts.passed += vitest.numPassedTests ?? 0;
    counts.failed += vitest.numFailedTests ?? 0;
    counts.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  }
  const playwright = read("playwright.json");
  if (playwright?.stats) {
    counts.passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
    counts.failed += playwright.stats.unexpected ?? 0;
    counts.skipped += playwright.stats.skipped ?? 0;
  }
  rmSync(reportDir, { recursive: true, force: true });
}

async function step(suite: Suite, body: () => Promise<void>) {
  try {
    await body();
    results.push({ suite, ok: true });
  } catch {
    results.push({ suite, ok: false });
  }
}

main()
  .catch((error: Error) => {
    console.error(error.message);
    results.push({ suite: "unit", ok: false });
  })
  .finally(() => {
    tally();
    const failed = results.filter((r) => !r.ok);
    console.log(`\nTest suites: ${results.map((r) => `${r.suite} ${r.ok ? "passed" : "FAILED"}`).join(", ")}`);
    console.log(`Total: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    process.exit(failed.length || results.length === 0 || counts.passed === 0 ? 1 : 0);
  });
