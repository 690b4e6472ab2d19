import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { bin, start } from "@/lib/cli/run";

export type BenchServer = { origin: string; process: ChildProcess; stop: () => Promise<void> };

/** `next start` of the production build with the bare comparison routes on (READOUT_BENCH=1). */
export async function startServer(port: number, env: Record<string, string>): Promise<BenchServer> {
  const child = start(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env, READOUT_BENCH: "1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`next start stopped (${child.exitCode}).`);
    if ((await fetch(`${origin}/healthz`).catch(() => null))?.ok) break;
    if (i > 600) throw new Error("next start did not answer within a minute.");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  return { origin, process: child, stop };
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      kb += Number(match?.[1] ?? 0);
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return kb / 1024;
}
