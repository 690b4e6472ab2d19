import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export type PgTool = "pg_dump" | "pg_restore";

// Debian keeps each major's client in /usr/lib/postgresql/<major>/bin; PG_BIN overrides.
function candidates(tool: PgTool): string[] {
  const dirs: string[] = [];
  if (process.env.PG_BIN) dirs.push(process.env.PG_BIN);
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const majors = readdirSync(debian).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a));
    dirs.push(...majors.map((major) => path.join(debian, major, "bin")));
  }
  return [...dirs.map((dir) => path.join(dir, tool)).filter((file) => existsSync(file)), tool];
}

async function majorOf(binary: string): Promise<number | null> {
  try {
    const { stdout } = await run(binary, ["--version"]);
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version_num') as v");
    return Math.floor(Number(rows[0]!.v) / 10000);
  } finally {
    await client.end();
  }
}

/** A client tool at least as new as the server (pg_dump refuses older servers' successors), or why there is none. */
export async function findPgTool(tool: PgTool, server: number): Promise<{ binary: string } | { problem: string }> {
  const found: string[] = [];
  for (const binary of candidates(tool)) {
    const major = await majorOf(binary);
    if (major === null) continue;
    if (major >= server) return { binary };
    found.push(`${binary} is version ${major}`);
  }
  return {
    problem:
      `${tool} ${server} or newer is needed for this Postgres ${server} server, ` +
      (found.length ? `but only found: ${found.join("; ")}.` : `but none was found.`) +
      ` Install a matching client, e.g. on Debian/Ubuntu from the PostgreSQL apt repository (apt.postgresql.org): ` +
      `"apt-get install postgresql-client-${server}"; on macOS "brew install postgresql@${server}". ` +
      `Or point PG_BIN at the folder holding ${tool}.`,
  };
}

export async function requirePgTool(tool: PgTool, url: string): Promise<string> {
  const result = await findPgTool(tool, await serverMajor(url));
  if ("problem" in result) throw new Error(result.problem);
  return result.binary;
}
