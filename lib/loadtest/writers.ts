import { udcgMeeting } from "@/prisma/demo/udcg-meeting";
import { leaksInternals } from "@/lib/loadtest/leaks";
import type { Recorder } from "@/lib/loadtest/recorder";
import { actionId, callAction, type ActionAnswer } from "@/lib/loadtest/server-actions";

/** What an editor was told: a save is acknowledged when the app redirected to the saved version. */
export type Ack = { marker: string; meetingId: string; version: number };
export type WriteLog = { attempted: Set<string>; saves: Ack[]; approvals: Ack[] };

export type WriterContext = { base: string; recorder: Recorder; running: () => boolean; log: WriteLog };

const SAVED = /^\/meetings\/([^/?]+)\?saved=(\d+)$/;

function ids() {
  return {
    save: actionId("app/(app)/meetings/actions.ts", "saveMeetingAction"),
    transition: actionId("app/(app)/meetings/[id]/actions.ts", "transitionAction"),
  };
}

async function timed(ctx: WriterContext, kind: string, call: () => Promise<ActionAnswer>): Promise<ActionAnswer | null> {
  const start = Date.now();
  try {
    const answer = await call();
    // An action answers 200 with { ok: false, code } when it refuses: "unavailable" is its 503.
    const refused = answer.status === 200 && answer.ok === false;
    const status = refused ? (answer.code === "unavailable" ? 503 : 409) : answer.status;
    const error = refused && status === 409 ? `refused (${answer.code}: ${answer.formError?.slice(0, 160)})` : undefined;
    ctx.recorder.add({ kind, start, end: Date.now(), status, ...(error ? { error } : {}), leaked: answer.status >= 500 && leaksInternals(answer.body) });
    return answer;
  } catch (error) {
    ctx.recorder.add({ kind, start, end: Date.now(), status: 0, error: (error as Error).name === "TimeoutError" ? "timeout" : "connection" });
    return null;
  }
}

/** One editor: records a meeting, saves a second version of it, submits it for review; again and again. */
export async function editor(ctx: WriterContext, cookie: string, name: string, queue: Ack[]): Promise<void> {
  const { save, transition } = ids();
  for (let n = 0; ctx.running(); n++) {
    const marker = `LT ${name} ${n}:`;
    // Every editor records the demo meeting again: they say so, as the form asks them to.
    const demo = udcgMeeting();
    const input = { ...demo, confirmDuplicate: true, commitments: demo.commitments.map((c) => ({ ...c, confirmNew: true })) };
    ctx.log.attempted.add(marker);
    const created = await timed(ctx, "save (new meeting)", () =>
      callAction(ctx.base, "/meetings/new", save, { meetingId: "", version: "", payload: JSON.stringify({ ...input, title: `${marker} ${input.title}` }) }, cookie),
    );
    const first = created?.redirect?.match(SAVED);
    if (!first) continue;
    const meetingId = first[1]!;
    ctx.log.saves.push({ marker, meetingId, version: Number(first[2]) });
    if (!ctx.running()) break;

    const edited = { ...input, title: `${marker} ${input.title}`, summary: `${input.summary} (second version)` };
    const updated = await timed(ctx, "save (new version)", () =>
      callAction(ctx.base, `/meetings/${meetingId}/edit`, save, { meetingId, version: "1", payload: JSON.stringify(edited) }, cookie),
    );
    const second = updated?.redirect?.match(SAVED);
    if (!second) continue;
    ctx.log.saves.push({ marker, meetingId, version: Number(second[2]) });
    if (!ctx.running()) break;

    const submitted = await timed(ctx, "submit", () =>
      callAction(ctx.base, `/meetings/${meetingId}`, transition, { meetingId, move: "submit", version: second[2]! }, cookie),
    );
    if (submitted?.ok) queue.push({ marker, meetingId, version: Number(second[2]) });
  }
}

/** One reviewer: approves what editors submitted, never their own. */
export async function reviewer(ctx: WriterContext, cookie: string, queue: Ack[]): Promise<void> {
  const { transition } = ids();
  while (ctx.running()) {
    const next = queue.shift();
    if (!next) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    const approved = await timed(ctx, "approve", () =>
      callAction(ctx.base, `/meetings/${next.meetingId}`, transition, { meetingId: next.meetingId, move: "approve", version: String(next.version) }, cookie),
    );
    if (approved?.ok) ctx.log.approvals.push(next);
  }
}
