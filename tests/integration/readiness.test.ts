import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GET as readyz } from "@/app/readyz/route";
import { migrate } from "@/lib/cli/database";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/cli/embedded-postgres";
import { freePort } from "@/lib/cli/free-port";
import { createPrismaClient, type Db } from "@/lib/db";
import { freshDatabase, useDatabase } from "../support/database";

// A Postgres of this file's own, so that it can be stopped and started again.
const dataDir = mkdtempSync(path.join(tmpdir(), "readout-readiness-pg-"));
let postgres: RunningPostgres | undefined;
let prisma: Db | undefined;

async function startPostgres(port: number) {
  postgres = await startEmbeddedPostgres({ dataDir, port, persistent: true });
}

async function answer() {
  const response = await readyz();
  return { status: response.status, body: await response.json() };
}

afterAll(async () => {
  await prisma?.$disconnect();
  await postgres?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("/readyz", () => {
  it("is not ready while a migration this build expects is missing from the database", async () => {
    const { prisma: shared } = await freshDatabase();
    const [newest] = await shared.$queryRaw<{ migration_name: string }[]>`
      select migration_name from _prisma_migrations order by migration_name desc limit 1`;
    await shared.$executeRaw`update _prisma_migrations set finished_at = null where migration_name = ${newest!.migration_name}`;
    expect(await answer()).toEqual({ status: 503, body: { status: "not_ready", reason: "migrations_pending" } });

    await shared.$executeRaw`update _prisma_migrations set finished_at = now() where migration_name = ${newest!.migration_name}`;
    expect(await answer()).toEqual({ status: 200, body: { status: "ready" } });
    await shared.$disconnect();
  });

  it("fails while the database is down and recovers by itself when it is back", async () => {
    const port = await freePort();
    await startPostgres(port);
    await postgres!.createDatabase("readout");
    await migrate(postgres!.url("readout"), true);
    prisma = createPrismaClient(postgres!.url("readout"));
    useDatabase(prisma);
    expect(await answer()).toEqual({ status: 200, body: { status: "ready" } });

    await postgres!.stop();
    expect(await answer()).toEqual({ status: 503, body: { status: "not_ready", reason: "database_unreachable" } });

    await startPostgres(port);
    expect(await answer()).toEqual({ status: 200, body: { status: "ready" } });
  }, 120_000);
});
