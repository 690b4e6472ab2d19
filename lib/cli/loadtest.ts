// `npm run loadtest`: two production instances of this build behind a load
// balancer, on one throw-away Postgres, driven by 50 concurrent clients
// (viewers reading, searching and exporting; editors and reviewers saving,
// submitting and approving through real server-action calls; an editor whose
// answer was lost saves again). Midway Postgres is restarted once and one instance is killed and
// started again. At the end the database is checked for lost, duplicated or
// half-written saves; the figures go to docs/operations.md.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { buildIfNeeded } from "@/lib/cli/build-if-needed";
import { migrate } from "@/lib/cli/database";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/cli/embedded-postgres";
import { freePort } from "@/lib/cli/free-port";
import { throwAwayDataDir } from "@/lib/cli/postgres-places";
import { bin, ROOT } from "@/lib/cli/run";
import { createPrismaClient } from "@/lib/db";
import { startBalancer } from "@/lib/loadtest/balancer";
import { checkDatabase } from "@/lib/loadtest/checks";
import { readers } from "@/lib/loadtest/readers";
import { Recorder, summarise, type Outcome } from "@/lib/loadtest/recorder";
import { editor, reviewer, type Ack, type WriteLog } from "@/lib/loadtest/writers";
import { READABLE_MEETING } from "@/lib/readouts/published";
import { seedDemoData } from "@/prisma/seed";
import { udcgMeeting } from "@/prisma/demo/udcg-meeting";

const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 60);
const EDITORS = 12;
const REVIEWERS = 3;
const READERS = { list: 10, readout: 12, search: 8, export: 5 };
const CLIENTS = EDITORS + REVIEWERS + Object.values(READERS).reduce((a, b) => a + b, 0);
const AUTH_SECRET = randomBytes(32).toString("base64url");
const SEARCHES = ["air defence", "training", "ammunition", "winter", "demining", "Norwey", "loan guarantee", "industry"];

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => (ms / 1000).toFixed(1);

type Instance = { name: string; port: number; child: ChildProcess };
const logDir = mkdtempSync(path.join(os.tmpdir(), "readout-loadtest-logs-"));

async function startInstance(name: string, port: number, databaseUrl: string): Promise<Instance> {
  const child = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = createWriteStream(path.join(logDir, `instance-${name}.log`), { flags: "a" });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const giveUpAt = Date.now() + 60_000;
  while (!(await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null || Date.now() > giveUpAt) throw new Error(`Instance ${name} did not start.`);
    await sleep(100);
  }
  return { name, port, child };
}

async function untilReady(base: string): Promise<number> {
  for (;;) {
    if (await fetch(`${base}/readyz`).then((r) => r.ok, () => false)) return Date.now();
    await sleep(100);
  }
}

/** The instances' logged errors, grouped by kind, to find what the unexpected answers were. */
function errorDigest(): string {
  const counts = new Map<string, number>();
  for (const name of ["A", "B"]) {
    const text = (() => {
      try {
        return readFileSync(path.join(logDir, `instance-${name}.log`), "utf8");
      } catch {
        return "";
      }
    })();
    for (const line of text.split("\n").filter((l) => l.startsWith("{"))) {
      const entry = JSON.parse(line) as { event?: string; name?: string; message?: string };
      if (entry.event !== "error") continue;
      const key = `${entry.name}: ${(entry.message ?? "").slice(0, 120)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return ["Errors the instances logged:", ...[...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${n} × ${k}`)].join("\n");
}

/** Each unexpected outcome, for the console: what, where, when, and how the answer began. */
function unexpectedDetails(outcomes: Outcome[], started: number): string {
  const oneLine = (text: string | undefined) => (text ?? "").replace(/\s+/g, " ").slice(0, 200);
  return [
    "Unexpected outcomes:",
    ...outcomes.map(
      (o) =>
        `  at ${seconds(o.start - started)}–${seconds(o.end - started)} s: ${o.kind} ${o.path ?? ""} → ${o.status || "no answer"}` +
        `${o.error ? ` (${o.error})` : ""}${o.cause ? ` cause: ${o.cause}` : ""}${o.leaked ? ` showing internals: ${oneLine(o.leaked)}` : ""}` +
        `${o.excerpt ? `\n      body: ${oneLine(o.excerpt)}` : ""}`,
    ),
  ].join("\n");
}

async function main() {
  const dataDir = throwAwayDataDir("readout-loadtest-pg-");
  const pgPort = await freePort();
  let postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir, port: pgPort, persistent: true });
  const instances: Instance[] = [];
  try {
    await postgres.createDatabase("loadtest");
    const url = postgres.url("loadtest");
    await migrate(url, true);
    const prisma = createPrismaClient(url);
    await seedDemoData(prisma);

    // Sessions are opened directly (the sign-in form's password hashing is not what is measured here).
    const cookieFor = async (role: "editor" | "reviewer" | "viewer", n: number) => {
      const user = await prisma.user.create({ data: { email: `loadtest-${role}-${n}@example.test`, name: `Load ${role} ${n}`, role, passwordHash: "x" } });
      const session = await prisma.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3 * 3600_000) } });
      return `authjs.session-token=${await encode({ token: { sub: user.id, sid: session.id }, secret: AUTH_SECRET, salt: "authjs.session-token" })}`;
    };
    const editors = await Promise.all(Array.from({ length: EDITORS }, (_, n) => cookieFor("editor", n)));
    const reviewers = await Promise.all(Array.from({ length: REVIEWERS }, (_, n) => cookieFor("reviewer", n)));
    const viewer = await cookieFor("viewer", 0);
    const published = (await prisma.meeting.findMany({ where: READABLE_MEETING, select: { id: true } })).map((m) => m.id);
    await prisma.$disconnect();

    console.log("Building if needed, then starting two instances behind a load balancer...");
    await buildIfNeeded();
    const [portA, portB] = [await freePort(), await freePort()];
    instances.push(await startInstance("A", portA, url), await startInstance("B", portB, url));
    const balancer = await startBalancer([`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`]);

    const recorder = new Recorder();
    const started = Date.now();
    const stopAt = started + SECONDS * 1000;
    const running = () => Date.now() < stopAt;
    const log: WriteLog = { saves: [], approvals: [] };
    const queue: Ack[] = [];
    const ctx = { base: balancer.url, recorder, running, log };

    console.log(`Driving ${CLIENTS} clients for ${SECONDS} s...`);
    const reading = [
      readers(balancer.url, viewer, recorder, { kind: "read: list", connections: READERS.list, path: () => `/readouts?page=${1 + Math.floor(Math.random() * 3)}` }),
      readers(balancer.url, viewer, recorder, { kind: "read: readout", connections: READERS.readout, path: () => `/readouts/${pick(published)}` }),
      readers(balancer.url, viewer, recorder, { kind: "read: search", connections: READERS.search, path: () => `/readouts?q=${encodeURIComponent(pick(SEARCHES))}` }),
      readers(balancer.url, viewer, recorder, { kind: "read: export csv", connections: READERS.export, path: () => "/readouts/commitments.csv" }),
    ];
    const writing = [...editors.map((cookie, n) => editor(ctx, cookie, `e${n}`, queue)), ...reviewers.map((cookie) => reviewer(ctx, cookie, queue))];

    // Fault 1: Postgres restarts (a failover or a minor-version upgrade).
    await sleep(SECONDS * 333);
    const restart = recorder.openWindow("database restart");
    await postgres.stop();
    postgres = await startEmbeddedPostgres({ dataDir, port: pgPort, persistent: true });
    const databaseBack = Date.now();
    const appReady = await untilReady(balancer.url);
    restart.to = appReady + 2000;

    // Fault 2: one instance dies (SIGKILL: no graceful shutdown) and is started again.
    await sleep(Math.max(0, started + SECONDS * 666 - Date.now()));
    const kill = recorder.openWindow("instance killed");
    const victim = instances[1]!;
    victim.child.kill("SIGKILL");
    await new Promise((resolve) => victim.child.once("exit", resolve));
    instances[1] = await startInstance("B", victim.port, url);
    const instanceBack = Date.now();
    kill.to = instanceBack + 2000;

    await sleep(Math.max(0, stopAt - Date.now()));
    await Promise.all([...reading.map((r) => r.stop()), ...writing]);
    const leaks = recorder.outcomes.filter((o) => o.leaked).length;
    await balancer.close();
    for (const instance of instances) instance.child.kill("SIGTERM");

    const sample = udcgMeeting();
    const checks = await checkDatabase(url, log, { participants: sample.participants.length, discussions: sample.discussions.length, commitments: sample.commitments.length });
    const { kinds, unexpected, duringFaults } = summarise(recorder);
    const faultAnswers = Object.values(duringFaults).reduce((a, b) => a + b, 0);

    const failedChecks = checks.filter((c) => c.failures.length > 0);
    const acknowledged = log.saves.filter((x) => x.landed === "acknowledged").length;
    const refusedRetry = log.saves.filter((x) => x.landed === "refused retry").length;
    const unknown = log.saves.filter((x) => x.landed === "unknown").length;
    const retried = recorder.outcomes.filter((o) => o.kind.endsWith(", again")).length;
    const misses = [
      ...(unexpected.length > 0 ? [`${unexpected.length} unexpected error${unexpected.length === 1 ? "" : "s"}`] : []),
      ...(leaks > 0 ? [`${leaks} answer${leaks === 1 ? "" : "s"} showing internals`] : []),
      ...failedChecks.map((c) => `"${c.name}" failed`),
      ...(acknowledged === 0 ? ["no save was acknowledged"] : []),
    ];
    const recovery = Math.max(appReady - restart.from, instanceBack - kill.from);
    const verdict =
      misses.length === 0
        ? `**Targets met**: ${CLIENTS} concurrent clients for ${SECONDS} s, no unexpected error, no answer showing internals, no acknowledged write lost or written twice, recovery by itself within ${seconds(recovery)} s of each fault.`
        : `**Targets NOT met**: ${misses.join("; ")} (the script exited 1; details in its output).`;

    const cpus = os.cpus();
    const lines = [
      `Last run: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, on ${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), ` +
        `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the end; ${CLIENTS} clients (${Object.values(READERS).reduce((a, b) => a + b, 0)} readers, ${EDITORS} editors, ${REVIEWERS} reviewers) for ${SECONDS} s through a load balancer to 2 instances on one Postgres.`,
      "",
      verdict,
      "",
      "| kind | requests | ok | p50 ms | p95 ms | p99 ms | errors |",
      "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
      ...kinds.map((k) => `| ${k.kind} | ${k.requests} | ${k.ok} | ${k.p50} | ${k.p95} | ${k.p99} | ${Object.entries(k.errors).map(([e, n]) => `${n} × ${e}`).join("; ") || "none"} |`),
      "",
      `- Database restart at ${seconds(restart.from - started)} s: Postgres was back after ${seconds(databaseBack - restart.from)} s, and /readyz through the balancer answered 200 ${seconds(appReady - databaseBack)} s after that, with no step by hand.`,
      `- Instance B killed (SIGKILL) at ${seconds(kill.from - started)} s and started again; it served again ${seconds(instanceBack - kill.from)} s later.`,
      `- Answers during the faults (expected: 503 "try again", 502 for a request cut off on the killed instance, an answer cut off mid-way): ${faultAnswers}. Answers that showed internals (every body is scanned): ${leaks}.`,
      `- Unexpected errors (outside the fault windows, or of another kind): **${unexpected.length}**.`,
      `- Saves: ${log.saves.length} made, ${retried} sent again after a lost answer; ${acknowledged} acknowledged, ${refusedRetry} refused on retry as already saved, ${unknown} never settled (allowed at most one revision). Approvals acknowledged: ${log.approvals.length}.`,
      ...checks.map((c) => `- ${c.name}: ${c.failures.length === 0 ? "yes" : `**NO** (${c.failures.length}: ${c.failures.slice(0, 3).join("; ")})`}`),
    ];
    const report = lines.join("\n");
    console.log(`\n${report}\n`);
    console.log(`The instances' logs (one JSON line per request and per error): ${logDir}`);
    if (unexpected.length > 0 || leaks > 0) {
      console.log(unexpectedDetails([...unexpected, ...recorder.outcomes.filter((o) => o.leaked && !unexpected.includes(o))], started));
      console.log(errorDigest());
    }

    const docs = path.join(ROOT, "docs", "operations.md");
    const text = readFileSync(docs, "utf8");
    const marked = /(<!-- loadtest:start -->\n)[\s\S]*?(\n<!-- loadtest:end -->)/;
    if (marked.test(text)) {
      writeFileSync(docs, text.replace(marked, `$1${report}$2`));
      console.log("Written to docs/operations.md.");
    }
    if (misses.length > 0) {
      console.error("The load test FAILED its targets (see above).");
      process.exitCode = 1;
    }
  } finally {
    for (const instance of instances) if (instance.child.exitCode === null) instance.child.kill("SIGKILL");
    await postgres.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
