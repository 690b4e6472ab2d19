import { parseDay } from "@/lib/validation/parse";
import { readLocalTime, toLocalTime } from "@/lib/time/zones";

// "2026-10-14" (a day), "2026-10-14T10:00" (wall-clock time in the meeting's
// zone), or with "Z" or an offset (an instant, as the API and old data give it).
const SHAPE = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** A meeting's start or end: `local` is "YYYY-MM-DD" (no time, `offset` "") or "YYYY-MM-DDTHH:mm" at `offset`. */
export type MeetingTime = { local: string; offset: string; instant: Date };

export type MeetingTimeReading =
  | { ok: true; time: MeetingTime }
  | { ok: false; problem: "invalid" }
  | { ok: false; problem: "gap" }
  | { ok: false; problem: "ambiguous"; choices: string[] };

/**
 * Reads a meeting's start or end in its zone. A wall-clock time the clocks
 * skip is a "gap"; one they repeat is "ambiguous" unless `offsetChoice`
 * names one of its two offsets. Never shifts a time to make it fit.
 */
export function readMeetingTime(raw: string, zone: string, offsetChoice = ""): MeetingTimeReading {
  const match = SHAPE.exec(raw.trim());
  const day = match ? parseDay(match[1]) : null;
  if (!match || !day) return { ok: false, problem: "invalid" };
  const [, , hours, minutes, seconds, millis, zoneSuffix] = match;
  if (hours === undefined) return { ok: true, time: { local: day, offset: "", instant: new Date(`${day}T00:00:00Z`) } };
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) !== 0 || Number(millis ?? 0) !== 0) return { ok: false, problem: "invalid" };
  const local = `${day}T${hours}:${minutes}`;
  if (zoneSuffix) {
    const instant = new Date(`${local}:00${zoneSuffix === "Z" ? "Z" : zoneSuffix}`);
    if (Number.isNaN(instant.getTime())) return { ok: false, problem: "invalid" };
    const shown = toLocalTime(instant, zone);
    return { ok: true, time: { local: shown.local, offset: shown.offset, instant } };
  }
  const reading = readLocalTime(local, zone);
  if (!reading) return { ok: false, problem: "invalid" };
  if (reading.kind === "gap") return { ok: false, problem: "gap" };
  if (reading.kind === "exact") return { ok: true, time: { local, offset: reading.offset, instant: reading.instant } };
  const chosen = reading.choices.find((c) => c.offset === offsetChoice);
  if (chosen) return { ok: true, time: { local, offset: chosen.offset, instant: chosen.instant } };
  return { ok: false, problem: "ambiguous", choices: reading.choices.map((c) => c.offset) };
}

/** What to tell the editor about a time that cannot be read, beside its field. */
export function meetingTimeMessage(label: string, raw: string, zone: string, reading: Exclude<MeetingTimeReading, { ok: true }>): string {
  const [day, time] = raw.trim().split("T");
  if (reading.problem === "gap") {
    return `${label}: ${time} on ${day} does not exist in ${zone}, because the clocks go forward then. Give the time as the clocks showed it.`;
  }
  if (reading.problem === "ambiguous") {
    return `${label}: ${time} on ${day} happens twice in ${zone}, because the clocks go back then. Choose which one.`;
  }
  return `${label} is not a valid date and time.`;
}

/** The instants a validated meeting's start and end name, as stored. Throws on a time validation would have refused. */
export function meetingInstants(meeting: { timeZone: string; startsAt: string; startsAtOffset: string; endsAt: string; endsAtOffset: string }) {
  const read = (raw: string, offset: string) => {
    const reading = readMeetingTime(raw, meeting.timeZone, offset);
    if (!reading.ok) throw new Error(`Unvalidated meeting time: ${raw} in ${meeting.timeZone}`);
    return reading.time;
  };
  const start = read(meeting.startsAt, meeting.startsAtOffset);
  return {
    startsAt: start.instant,
    endsAt: meeting.endsAt ? read(meeting.endsAt, meeting.endsAtOffset).instant : null,
    hasTime: start.offset !== "",
  };
}
