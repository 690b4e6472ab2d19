// Where the embedded Postgres keeps its binaries and data. Postgres refuses to
// run as root, so as root it runs as the "postgres" user, which must be able to
// reach both: a project in a private folder (root's home, `mktemp -d`) is out of
// its reach, and the user's own folders are never opened up for it.
import { createHash } from "node:crypto";
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, realpathSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const runsAsRoot = () => process.getuid?.() === 0;

/** Whether someone who is neither owner nor in the group can pass through every existing folder from `/` down to `dir`. */
export function reachableByOthers(dir: string): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const stat = statSync(current, { throwIfNoEntry: false });
    if (stat?.isDirectory() && (stat.mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

/**
 * A folder of ours, mode 0755, that the postgres user can reach: for the
 * binaries, and for data when the project itself is out of its reach.
 */
export function sharedFolder(candidates = ["/var/lib/readout", path.join(tmpdir(), "readout")]): string {
  for (const dir of candidates) {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o755 });
      // Never a link, never someone else's folder (another user could have made one in /tmp first).
      const stat = lstatSync(dir);
      if (!stat.isDirectory() || stat.uid !== process.getuid?.()) continue;
      chmodSync(dir, 0o755);
      if (reachableByOthers(dir)) return dir;
    } catch {
      // Not writable here (a read-only /var, say): try the next one.
    }
  }
  throw new Error(`Found no folder for the embedded Postgres that the "postgres" user can reach (tried ${candidates.join(", ")}). Set DATABASE_URL to use another Postgres.`);
}

/**
 * The data folder of `npm start`'s database: `.data/postgres` in the project,
 * or, when the postgres user cannot reach the project, a folder under the
 * shared one named after the project's path, so it is the same on every run.
 */
export function startDataDir(projectRoot: string, root = runsAsRoot(), shared = sharedFolder): string {
  const local = path.join(projectRoot, ".data");
  mkdirSync(local, { recursive: true });
  if (!root || reachableByOthers(local)) return path.join(local, "postgres");
  const real = realpathSync(projectRoot);
  const key = createHash("sha256").update(real).digest("hex").slice(0, 12);
  return path.join(shared(), `data-${path.basename(real).replace(/[^\w.-]/g, "_")}-${key}`);
}

/** A new empty folder for a throw-away database (`npm test`, `npm run bench`). */
export function throwAwayDataDir(prefix: string, root = runsAsRoot(), shared = sharedFolder): string {
  const parent = !root || reachableByOthers(tmpdir()) ? tmpdir() : shared();
  return mkdtempSync(path.join(parent, prefix));
}
