import { pathOnly } from "@/lib/observability/log";
import { udcgMeeting } from "@/prisma/demo/udcg-meeting";
import { DUPLICATE_RECORDS, readSameDayRecords } from "@/lib/meetings/same-day-keys";
import { leakIn } from "@/lib/loadtest/leaks";
import type { Outcome, Recorder } from "@/lib/loadtest/recorder";
import { actionId, callAction, type ActionAnswer } from "@/lib/loadtest/server-actions";

/**
 * One save an editor made, under a marker of its own (the start of the saved
 * title). `landed`: the app acknowledged it (redirected a new meeting to its
 * page, or answered an edit with the saved version),
 * or refused a retry of it because the first attempt had been applied; else
 * it is unknown whether it was written (an answer lost and no retry settled it).
 */
export type Save = { marker: string; meetingId?: string; version?: number; landed: "acknowledged" | "refused retry" | "unknown" };
export type Ack = { marker: string; meetingId: string; version: number };
export type WriteLog = { saves: Save[]; approvals: Ack[] };

export type WriterContext = { base: string; recorder: Recorder; running: () => boolean; log: WriteLog };

const SAVED = /^\/meetings\/([^/?]+)\?saved=(\d+)$/;

/** The meeting and version a save acknowledged: a new meeting's redirect to its page, or an edit's answer. */
function savedIn(answer: ActionAnswer | null): { meetingId: string; version: number } | undefined {
  const redirected = answer?.redirect?.match(SAVED);
  if (redirected) return { meetingId: redirected[1]!, version: Number(redirected[2]) };
  const data = answer?.ok ? (answer.data as { id?: unknown; version?: unknown } | undefined) : undefined;
  return typeof data?.id === "string" && typeof data.version === "number" ? { meetingId: data.id, version: data.version } : undefined;
}
const ATTEMPTS = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function ids() {
  return {
    save: actionId("app/(app)/meetings/actions.ts", "saveMeetingAction"),
    transition: actionId("app/(app)/meetings/[id]/actions.ts", "transitionAction"),
  };
}

/** `redirect`: where the action may send the browser when it succeeds; any other redirect is a failure. */
type Call = { kind: string; page: string; fields: Record<string, string>; redirect?: RegExp };

/** One call, its outcome recorded. `null` when no answer came (or it was cut off). */
async function timed(ctx: WriterContext, id: string, cookie: string, call: Call, isRetryRefusal?: (answer: ActionAnswer) => boolean): Promise<ActionAnswer | null> {
  const start = Date.now();
  const base: Pick<Outcome, "kind" | "path" | "start"> = { kind: call.kind, path: call.page, start };
  try {
    const answer = await callAction(ctx.base, call.page, id, call.fields, cookie);
    // An action answers 200 with { ok: false, code } when it refuses: "unavailable" is its 503.
    const refused = answer.status === 200 && answer.ok === false;
    const status = refused ? (answer.code === "unavailable" ? 503 : 409) : answer.status;
    const understood = answer.redirect !== undefined || answer.ok !== undefined;
    const strayRedirect = answer.redirect !== undefined && !call.redirect?.test(answer.redirect);
    const error =
      refused && status === 409
        ? `refused (${answer.code}: ${answer.formError?.slice(0, 160)})`
        : strayRedirect
          ? `redirected to ${pathOnly(answer.redirect)}`
          : status < 400 && !understood
            ? "no result in the answer"
            : undefined;
    const leaked = leakIn(answer.body);
    const outcome: Outcome = { ...base, end: Date.now(), status, ...(error ? { error } : {}), ...(leaked ? { leaked } : {}) };
    if (error || status >= 400 || leaked) outcome.excerpt = answer.body.slice(0, 300);
    if (refused && status === 409 && isRetryRefusal?.(answer)) outcome.retryRefused = true;
    ctx.recorder.add(outcome);
    return answer;
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    const kind = e.name === "TimeoutError" ? "timeout" : e.message === "terminated" ? "cut off" : "connection";
    ctx.recorder.add({ ...base, end: Date.now(), status: 0, error: kind, cause: e.cause?.code ?? e.message });
    return null;
  }
}

/** Whether a save's answer says it was lost: no answer, or "unavailable" / a server error. A person presses Save again. */
const lost = (answer: ActionAnswer | null) => answer === null || answer.status >= 500 || (answer.ok === false && answer.code === "unavailable");

/**
 * Saves, and saves again while the answer is lost, as a person would. A
 * second attempt of a save that the first one applied must be refused
 * (`isRetryRefusal`), never written twice; the refusal tells where it landed.
 */
async function save(ctx: WriterContext, id: string, cookie: string, call: Call, marker: string, isRetryRefusal: (answer: ActionAnswer) => string | undefined): Promise<Save> {
  const record: Save = { marker, landed: "unknown" };
  ctx.log.saves.push(record);
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const retry = attempt > 1;
    const answer = await timed(ctx, id, cookie, { ...call, kind: retry ? `${call.kind}, again` : call.kind, redirect: SAVED }, (a) => retry && isRetryRefusal(a) !== undefined);
    const saved = savedIn(answer);
    if (saved) return Object.assign(record, { ...saved, landed: "acknowledged" as const });
    const landedOn = retry && answer ? isRetryRefusal(answer) : undefined;
    if (landedOn) return Object.assign(record, { meetingId: landedOn, landed: "refused retry" as const });
    if (!lost(answer) || !ctx.running()) return record;
    await sleep(1000);
  }
  return record;
}

/**
 * One editor: records a meeting, saves a second version of it, submits it for
 * review; again and again. Each meeting has a series of its own, so that a
 * second attempt at recording it is refused as a record of the same series
 * and day, naming the one the first attempt made.
 */
export async function editor(ctx: WriterContext, cookie: string, name: string, queue: Ack[]): Promise<void> {
  const { save: saveId, transition } = ids();
  for (let n = 0; ctx.running(); n++) {
    const demo = udcgMeeting();
    const input = { ...demo, series: `${demo.series} LT ${name} ${n}`, commitments: demo.commitments.map((c) => ({ ...c, confirmNew: true })) };
    const first = `LT ${name} ${n}.1:`;
    const created = await save(
      ctx,
      saveId,
      cookie,
      { kind: "save (new meeting)", page: "/meetings/new", fields: { meetingId: "", version: "", payload: JSON.stringify({ ...input, title: `${first} ${input.title}` }) } },
      first,
      (answer) => readSameDayRecords(answer.fieldErrors?.[DUPLICATE_RECORDS]).find((r) => r.title.startsWith(first))?.id,
    );
    if (!created.meetingId || !ctx.running()) continue;
    const meetingId = created.meetingId;

    const second = `LT ${name} ${n}.2:`;
    const edited = { ...input, title: `${second} ${input.title}`, summary: `${input.summary} (second version)` };
    const updated = await save(
      ctx,
      saveId,
      cookie,
      { kind: "save (new version)", page: `/meetings/${meetingId}/edit`, fields: { meetingId, version: "1", payload: JSON.stringify(edited) } },
      second,
      // Nobody else edits this meeting: a conflict means the first attempt was saved.
      (answer) => (answer.code === "conflict" ? meetingId : undefined),
    );
    if (updated.landed === "unknown" || !ctx.running()) continue;
    // Saved as version 2: the first version is 1 and nothing was discarded.
    const version = updated.version ?? 2;

    const submitted = await timed(ctx, transition, cookie, { kind: "submit", page: `/meetings/${meetingId}`, fields: { meetingId, move: "submit", version: String(version) } });
    if (submitted?.ok) queue.push({ marker: second, meetingId, version });
  }
}

/** One reviewer: approves what editors submitted, never their own. */
export async function reviewer(ctx: WriterContext, cookie: string, queue: Ack[]): Promise<void> {
  const { transition } = ids();
  while (ctx.running()) {
    const next = queue.shift();
    if (!next) {
      await sleep(100);
      continue;
    }
    const approved = await timed(ctx, transition, cookie, {
      kind: "approve",
      page: `/meetings/${next.meetingId}`,
      fields: { meetingId: next.meetingId, move: "approve", version: String(next.version) },
    });
    if (approved?.ok) ctx.log.approvals.push(next);
  }
}
