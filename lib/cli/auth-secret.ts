import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// Values that were published as examples: whoever knows them could sign session cookies.
const PUBLISHED = new Set(["change-me-to-a-long-random-string"]);
const HOW = "Set AUTH_SECRET to a long random string (e.g. the output of `openssl rand -base64 32`), the same on every instance.";

/**
 * The secret that signs session cookies. A real deployment (DATABASE_URL set)
 * must be given one: a generated one would differ between instances and
 * change whenever the app's folder is replaced. The embedded database, and
 * `npm run dev`, get one generated once into the data folder.
 */
export function authSecret(options: { env: Record<string, string | undefined>; dev: boolean; dataDir: string }): string {
  const given = options.env.AUTH_SECRET;
  if (given) {
    if (PUBLISHED.has(given)) throw new Error(`AUTH_SECRET is an example value from Readout's files. ${HOW}`);
    if (given.length < 32) throw new Error(`AUTH_SECRET is too short (${given.length} characters; at least 32). ${HOW}`);
    return given;
  }
  if (options.env.DATABASE_URL && !options.dev) throw new Error(`AUTH_SECRET is not set, and DATABASE_URL is. ${HOW}`);
  const file = path.join(options.dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(options.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
