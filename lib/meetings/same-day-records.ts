import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { meetingIsoDay } from "@/lib/time/format";
import { meetingInstants } from "@/lib/time/meeting-time";
import { DUPLICATE_FIELD, DUPLICATE_RECORDS, type SameDayRecord } from "@/lib/meetings/same-day-keys";
import type { MeetingInput } from "@/lib/validation/meeting";

const DAY = 24 * 3600 * 1000;
const MAX_SHOWN = 10;

/**
 * Other records whose newest version has the same series (ignoring case) and
 * falls on the same day, each day read in its own meeting's zone. Staff see
 * every record, so every one counts, except discarded ones. A day either side bounds the search.
 */
export async function sameDayRecords(tx: Tx, meetingId: string | null, input: MeetingInput): Promise<SameDayRecord[]> {
  const when = { ...meetingInstants(input), timeZone: input.timeZone };
  const day = meetingIsoDay(when);
  const midnight = Date.parse(`${day}T00:00:00Z`);
  const candidates = await tx.revision.findMany({
    where: {
      series: { equals: input.series.trim(), mode: "insensitive" },
      startsAt: { gte: new Date(midnight - DAY), lt: new Date(midnight + 2 * DAY) },
      ...(meetingId ? { meetingId: { not: meetingId } } : {}),
      // A discarded record was never a record of the meeting.
      meeting: { discardedAt: null },
    },
    select: { meetingId: true, number: true, title: true, startsAt: true, timeZone: true, hasTime: true, meeting: { select: { version: true } } },
    orderBy: { startsAt: "asc" },
    take: 200,
  });
  return candidates
    .filter((r) => r.number === r.meeting.version && meetingIsoDay(r) === day)
    .slice(0, MAX_SHOWN)
    .map((r) => ({ id: r.meetingId, title: r.title, day }));
}

/** Refuses, once, to record a meeting that may already be recorded: the editor can open the other record, then confirm. */
export async function checkSameDayRecords(tx: Tx, meetingId: string | null, input: MeetingInput): Promise<void> {
  if (input.confirmDuplicate) return;
  const records = await sameDayRecords(tx, meetingId, input);
  if (records.length === 0) return;
  const message =
    records.length === 1
      ? `A record of ${input.series} on ${records[0]!.day} already exists. Check it is not this meeting, then confirm to save anyway.`
      : `${records.length} records of ${input.series} on ${records[0]!.day} already exist. Check none is this meeting, then confirm to save anyway.`;
  // The message itself is shown once, in the warning beside the series; the summary's title only says why.
  throw new AppError("invalid_input", "The meeting was not saved: it may already be recorded.", {
    [DUPLICATE_FIELD]: [message],
    [DUPLICATE_RECORDS]: records.map((r) => JSON.stringify(r)),
  });
}
