import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { buildIfNeeded } from "@/lib/cli/build-if-needed";
import { freePort } from "@/lib/cli/free-port";
import { bin, ROOT } from "@/lib/cli/run";

export type NextServer = {
  base: string;
  authSecret: string;
  process: ChildProcess;
  /** Everything the process printed so far. */
  output: () => string;
  /** The JSON lines it logged. */
  logLines: () => Record<string, unknown>[];
};

/** The production server as an operator runs it: `next start` on a build, on `databaseUrl`. */
export async function startNextServer(databaseUrl: string): Promise<NextServer> {
  await buildIfNeeded();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const authSecret = randomBytes(32).toString("base64url");
  let output = "";
  const child = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const giveUpAt = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
    if (Date.now() > giveUpAt) throw new Error(`next start did not answer:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    base,
    authSecret,
    process: child,
    output: () => output,
    logLines: () =>
      output
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
