import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/validation/fields";
import { ZMeetingInput } from "@/lib/validation/meeting";
import { formatMeetingDay, formatMeetingWhen } from "@/lib/time/format";
import { meetingInstants, readMeetingTime } from "@/lib/time/meeting-time";
import { configProblems } from "@/lib/config";
import { currentZoneName, organisationTimeZone, readLocalTime, timeZoneNames } from "@/lib/time/zones";
import { udcgMeeting } from "@/prisma/demo/udcg-meeting";

const BRUSSELS = "Europe/Brussels";

describe("a wall-clock time in a zone → an instant", () => {
  it("reads winter and summer times with the offset then in force", () => {
    expect(readLocalTime("2026-01-15T10:00", BRUSSELS)).toEqual({ kind: "exact", instant: new Date("2026-01-15T09:00:00Z"), offset: "+01:00" });
    expect(readLocalTime("2026-07-15T10:00", BRUSSELS)).toEqual({ kind: "exact", instant: new Date("2026-07-15T08:00:00Z"), offset: "+02:00" });
    expect(readLocalTime("2026-07-15T10:00", "America/St_Johns")).toEqual({ kind: "exact", instant: new Date("2026-07-15T12:30:00Z"), offset: "-02:30" });
  });

  it("says a time skipped when the clocks go forward does not exist, rather than shifting it", () => {
    expect(readLocalTime("2026-03-29T02:30", BRUSSELS)).toEqual({ kind: "gap" });
    expect(readLocalTime("2026-03-08T02:30", "America/New_York")).toEqual({ kind: "gap" });
    // Either side of the gap is fine.
    expect(readLocalTime("2026-03-29T01:59", BRUSSELS)).toMatchObject({ kind: "exact", offset: "+01:00" });
    expect(readLocalTime("2026-03-29T03:00", BRUSSELS)).toMatchObject({ kind: "exact", offset: "+02:00" });
  });

  it("offers both readings of a time repeated when the clocks go back, the earlier first", () => {
    expect(readLocalTime("2026-10-25T02:30", BRUSSELS)).toEqual({
      kind: "ambiguous",
      choices: [
        { instant: new Date("2026-10-25T00:30:00Z"), offset: "+02:00" },
        { instant: new Date("2026-10-25T01:30:00Z"), offset: "+01:00" },
      ],
    });
  });

  it("takes an explicit choice of offset for a repeated time, and no other", () => {
    expect(readMeetingTime("2026-10-25T02:30", BRUSSELS, "+01:00")).toEqual({
      ok: true,
      time: { local: "2026-10-25T02:30", offset: "+01:00", instant: new Date("2026-10-25T01:30:00Z") },
    });
    expect(readMeetingTime("2026-10-25T02:30", BRUSSELS, "+03:00")).toEqual({ ok: false, problem: "ambiguous", choices: ["+02:00", "+01:00"] });
  });

  it("reads a day alone as a date without a time, and an instant with a zone as the local time it was", () => {
    expect(readMeetingTime("2026-10-14", BRUSSELS)).toEqual({ ok: true, time: { local: "2026-10-14", offset: "", instant: new Date("2026-10-14T00:00:00Z") } });
    expect(readMeetingTime("2026-10-14T09:00:00Z", BRUSSELS)).toEqual({ ok: true, time: { local: "2026-10-14T11:00", offset: "+02:00", instant: new Date("2026-10-14T09:00:00Z") } });
    expect(readMeetingTime("2026-02-30T09:00", BRUSSELS)).toEqual({ ok: false, problem: "invalid" });
    expect(readMeetingTime("2026-10-14T09:00:30", BRUSSELS)).toEqual({ ok: false, problem: "invalid" });
  });
});

describe("showing a meeting's time", () => {
  const when = (startsAt: string, timeZone = BRUSSELS, hasTime = true, endsAt: string | null = null) => ({
    startsAt: new Date(startsAt),
    endsAt: endsAt ? new Date(endsAt) : null,
    timeZone,
    hasTime,
  });
  it("shows local time with the zone's abbreviation and UTC beside it", () => {
    expect(formatMeetingWhen(when("2026-01-15T09:00:00Z"))).toBe("15 Jan 2026, 10:00 CET (09:00 UTC)");
    expect(formatMeetingWhen(when("2026-07-15T08:00:00Z", BRUSSELS, true, "2026-07-15T15:00:00Z"))).toBe("15 Jul 2026, 10:00 CEST (08:00 UTC) – 17:00 CEST (15:00 UTC)");
    expect(formatMeetingWhen(when("2026-01-09T23:30:00Z"))).toBe("10 Jan 2026, 00:30 CET (9 Jan 2026, 23:30 UTC)");
    expect(formatMeetingWhen(when("2026-01-09T09:00:00Z", "UTC"))).toBe("9 Jan 2026, 09:00 UTC");
  });

  it("shows a date without a time as that date in every zone", () => {
    expect(formatMeetingWhen(when("2026-01-09T00:00:00Z", "Pacific/Auckland", false))).toBe("9 Jan 2026");
    expect(formatMeetingDay(when("2026-01-09T00:00:00Z", "America/Los_Angeles", false))).toBe("9 Jan 2026");
    expect(formatMeetingDay(when("2026-01-09T23:30:00Z"))).toBe("10 Jan 2026");
  });
});

describe("validating a meeting's zone, times and sources", () => {
  const errorsFor = (input: unknown) => {
    const result = ZMeetingInput.safeParse(input);
    return result.success ? {} : toFieldErrors(result.error);
  };
  const base = () => ({ ...udcgMeeting(), endsAt: "" });

  it("stores the local time with its offset, and the instants follow", () => {
    const parsed = ZMeetingInput.parse({ ...base(), timeZone: BRUSSELS, startsAt: "2026-01-15T10:00" });
    expect(parsed).toMatchObject({ startsAt: "2026-01-15T10:00", startsAtOffset: "+01:00" });
    expect(meetingInstants(parsed)).toEqual({ startsAt: new Date("2026-01-15T09:00:00Z"), endsAt: null, hasTime: true });
  });

  it("refuses a zone Intl does not know", () => {
    expect(errorsFor({ ...base(), timeZone: "Europe/Atlantis" }).timeZone).toEqual(["Choose a time zone from the list, such as Europe/Brussels."]);
    expect(errorsFor({ ...base(), timeZone: "CET" }).timeZone).toBeDefined();
  });

  it("says why a skipped or repeated time cannot be saved, and asks for a choice", () => {
    expect(errorsFor({ ...base(), startsAt: "2026-03-29T02:30" }).startsAt?.[0]).toMatch(/does not exist in Europe\/Brussels/);
    expect(errorsFor({ ...base(), startsAt: "2026-10-25T02:30" }).startsAtOffset?.[0]).toMatch(/happens twice in Europe\/Brussels/);
    expect(errorsFor({ ...base(), startsAt: "2026-10-25T02:30", startsAtOffset: "+02:00" })).toEqual({});
  });

  it("refuses a source address that is not an absolute http(s) URL, and normalises one that is", () => {
    const meeting = base();
    const bad = ["javascript:alert(1)", "ftp://example.org/x", "/relative", "https://user:pw@example.org/"];
    meeting.sources = bad.map((url, i) => ({ ...meeting.sources[0]!, key: crypto.randomUUID(), title: `S${i}`, url }));
    const errors = errorsFor(meeting);
    expect(bad.map((_, i) => errors[`sources.${i}.url`]?.length)).toEqual([1, 1, 1, 1]);
    const good = base();
    good.sources[0]!.url = "HTTPS://Example.ORG/a b";
    expect(ZMeetingInput.parse(good).sources[0]!.url).toBe("https://example.org/a%20b");
  });

  it("refuses a commitment naming a source the meeting does not have", () => {
    const meeting = base();
    meeting.commitments[0]!.sourceKey = crypto.randomUUID();
    expect(errorsFor(meeting)["commitments.0.sourceKey"]).toEqual(["That source is not one of this meeting's sources."]);
  });
});

describe("the organisation's time zone", () => {
  it("defaults to Brussels, and a name Intl does not know stops the start", () => {
    expect(organisationTimeZone({})).toBe("Europe/Brussels");
    expect(organisationTimeZone({ READOUT_TIME_ZONE: "America/New_York" })).toBe("America/New_York");
    expect(configProblems({ READOUT_TIME_ZONE: "Brussels" })).toEqual([expect.stringMatching(/READOUT_TIME_ZONE must be an IANA time-zone name/)]);
  });
});

describe("time-zone names", () => {
  const CURRENT = ["Europe/Kyiv", "Asia/Kolkata", "Asia/Ho_Chi_Minh", "America/Nuuk", "Asia/Yangon"];

  it("accepts current and old IANA names and keeps the current one", () => {
    for (const zone of CURRENT) expect(currentZoneName(zone)).toBe(zone);
    expect(currentZoneName("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(currentZoneName("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(currentZoneName("Etc/UTC")).toBe("UTC");
    expect(currentZoneName("UTC")).toBe("UTC");
    expect(currentZoneName("Europe/Brussels")).toBe("Europe/Brussels");
  });

  it("refuses abbreviations and names Intl does not know", () => {
    for (const zone of ["CET", "EST", "Brussels", "Europe/Atlantis", "+01:00", ""]) expect(currentZoneName(zone)).toBeNull();
  });

  it("lists current names only", () => {
    const names = timeZoneNames();
    for (const zone of CURRENT) expect(names).toContain(zone);
    for (const zone of ["Europe/Kiev", "Asia/Calcutta", "Asia/Saigon", "America/Godthab", "Asia/Rangoon"]) expect(names).not.toContain(zone);
    expect(names).toContain("UTC");
  });

  it("is what the organisation's zone and a meeting accept and store", () => {
    const errorsFor = (input: unknown) => {
      const result = ZMeetingInput.safeParse(input);
      return result.success ? {} : toFieldErrors(result.error);
    };
    const base = () => ({ ...udcgMeeting(), endsAt: "" });
    expect(organisationTimeZone({ READOUT_TIME_ZONE: "Europe/Kyiv" })).toBe("Europe/Kyiv");
    expect(organisationTimeZone({ READOUT_TIME_ZONE: "Europe/Kiev" })).toBe("Europe/Kyiv");
    for (const zone of [...CURRENT, "Etc/UTC"]) {
      const meeting = { ...base(), timeZone: zone };
      expect(errorsFor(meeting).timeZone).toBeUndefined();
    }
    expect(ZMeetingInput.parse({ ...base(), timeZone: "Asia/Calcutta" }).timeZone).toBe("Asia/Kolkata");
    expect(ZMeetingInput.parse({ ...base(), timeZone: "Europe/Kyiv" }).timeZone).toBe("Europe/Kyiv");
  });
});
