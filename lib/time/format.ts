import { toLocalTime } from "@/lib/time/zones";

/** When a meeting took place: instants, the zone its times were given in, and whether a time was given at all. */
export type MeetingWhen = { startsAt: Date; endsAt: Date | null; timeZone: string; hasTime: boolean };

// Making an Intl.DateTimeFormat costs far more than using one (the list formats 20 days a view):
// one of each per zone, per process; zones are a fixed set of IANA names.
function perZone(options: Intl.DateTimeFormatOptions): (zone: string) => Intl.DateTimeFormat {
  const made = new Map<string, Intl.DateTimeFormat>();
  return (zone) => {
    let format = made.get(zone);
    if (!format) made.set(zone, (format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: zone })));
    return format;
  };
}

const day = perZone({ day: "numeric", month: "short", year: "numeric" });
const clock = perZone({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const zoneNames = perZone({ timeZoneName: "short" });
const zoneName = (zone: string, at: Date) => zoneNames(zone).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? zone;

const isUtc = (zone: string, at: Date) => toLocalTime(at, zone).offset === "+00:00" && zoneName(zone, at) === "UTC";

/** "14 Oct 2026, 11:00 CEST (09:00 UTC)"; the UTC day is named when it differs. A UTC meeting: "14 Oct 2026, 09:00 UTC". */
export function formatInstant(at: Date, zone: string, withDay = true): string {
  const local = `${withDay ? `${day(zone).format(at)}, ` : ""}${clock(zone).format(at)} ${zoneName(zone, at)}`;
  if (isUtc(zone, at)) return local;
  const utcDay = day("UTC").format(at);
  const utc = `${utcDay === day(zone).format(at) ? "" : `${utcDay}, `}${clock("UTC").format(at)} UTC`;
  return `${local} (${utc})`;
}

/** The meeting's day as it was in its own zone (a date without a time is that date). */
export function formatMeetingDay(when: Pick<MeetingWhen, "startsAt" | "timeZone" | "hasTime">): string {
  return day(when.hasTime ? when.timeZone : "UTC").format(when.startsAt);
}

/** The meeting's start and end, each in its local time with the offset's name and in UTC. */
export function formatMeetingWhen(when: MeetingWhen): string {
  if (!when.hasTime) {
    const start = formatMeetingDay(when);
    const end = when.endsAt ? day("UTC").format(when.endsAt) : start;
    return end === start ? start : `${start} – ${end}`;
  }
  const start = formatInstant(when.startsAt, when.timeZone);
  if (!when.endsAt) return start;
  const sameDay = day(when.timeZone).format(when.endsAt) === day(when.timeZone).format(when.startsAt);
  return `${start} – ${formatInstant(when.endsAt, when.timeZone, !sameDay)}`;
}

/** The meeting's day in its own zone as "YYYY-MM-DD", for files and the API. */
export function meetingIsoDay(when: Pick<MeetingWhen, "startsAt" | "timeZone" | "hasTime">): string {
  return when.hasTime ? toLocalTime(when.startsAt, when.timeZone).local.slice(0, 10) : when.startsAt.toISOString().slice(0, 10);
}
