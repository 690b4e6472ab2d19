import { cpus, loadavg, totalmem } from "node:os";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "@/lib/cli/run";

export type Row = {
  scenario: string;
  rps?: number;
  p50?: number;
  p95?: number;
  p99?: number;
  ratio?: number;
  queries?: number | null;
  target: string;
  met?: boolean;
  note?: string;
};

const fixed = (n: number | undefined | null, digits = 0) => (n === undefined || n === null || Number.isNaN(n) ? "" : n.toFixed(digits));

export function machine(): string {
  const cpu = cpus();
  const load = loadavg().map((l) => l.toFixed(1)).join(" / ");
  return `${cpu.length} cores (${cpu[0]?.model.trim() ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${process.version}, load average ${load} (1/5/15 min) at the end`;
}

export function table(rows: Row[]): string {
  const cells = (r: Row) => [
    r.scenario,
    fixed(r.rps, 1),
    fixed(r.p50),
    fixed(r.p95),
    fixed(r.p99),
    r.ratio === undefined ? "" : `${r.ratio.toFixed(2)}×`,
    fixed(r.queries, 1),
    r.target,
    r.met === undefined ? "" : r.met ? "met" : "**missed**",
    r.note ?? "",
  ];
  return [
    "| scenario | req/s | p50 ms | p95 ms | p99 ms | × bare page | queries per render | target | met | note |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${cells(r).join(" | ")} |`),
  ].join("\n");
}

const START = "<!-- bench:results -->";
const END = "<!-- /bench:results -->";

/** Replaces the results between the markers in docs/benchmarks.md, keeping the method text around them. */
export function writeResults(markdown: string): string {
  const file = path.join(ROOT, "docs/benchmarks.md");
  const current = readFileSync(file, "utf8");
  const [before, rest] = current.split(START);
  const after = rest?.split(END)[1];
  if (before === undefined || after === undefined) throw new Error(`docs/benchmarks.md has lost its ${START} … ${END} markers.`);
  writeFileSync(file, `${before}${START}\n${markdown}\n${END}${after}`);
  return file;
}
