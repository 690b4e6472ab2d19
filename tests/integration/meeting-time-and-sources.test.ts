import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { saveMeetingAction } from "@/app/(app)/meetings/actions";
import type { Db } from "@/lib/db";
import { readSameDayRecords } from "@/lib/meetings/same-day-keys";
import type { MeetingInput } from "@/lib/validation/meeting";
import { freshDatabase } from "../support/database";
import { actAs, createUser, meetingInput } from "../support/factories";
import { meetingFormData, redirectTarget } from "../support/forms";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  await actAs(prisma, await createUser(prisma, "editor"));
});

async function save(input: unknown, meeting?: { id: string; version: number }) {
  try {
    const result = await saveMeetingAction(null, meetingFormData(input, meeting));
    return { result, id: result.ok ? result.data.id : null };
  } catch (error) {
    const target = redirectTarget(error);
    if (!target) throw error;
    return { result: null, id: target.match(/\/meetings\/([^?]+)/)![1]! };
  }
}

const counts = async () => ({
  meetings: await prisma.meeting.count(),
  revisions: await prisma.revision.count(),
  sources: await prisma.source.count(),
  commitments: await prisma.commitment.count(),
  audit: await prisma.auditEvent.count(),
});

const uniqueSeries = () => `Series ${randomUUID().slice(0, 8)}`;

/** A meeting of its own series with one source that its commitment cites. */
function withSource(overrides: Partial<MeetingInput> = {}, url = "https://Example.org/statement") {
  const input = meetingInput({ series: uniqueSeries(), confirmDuplicate: false, ...overrides });
  const key = randomUUID();
  input.sources = [{ key, title: "Ministry statement", publisher: "Ministry of Defence", publishedOn: "2026-01-15", url }];
  input.commitments[0]!.sourceKey = key;
  return input;
}

describe("a meeting's time zone", () => {
  it("stores 10:00 in Brussels as the instant it names, in winter and in summer", async () => {
    const winter = await save(withSource({ timeZone: "Europe/Brussels", startsAt: "2026-01-15T10:00" }));
    const summer = await save(withSource({ timeZone: "Europe/Brussels", startsAt: "2026-07-15T10:00", endsAt: "2026-07-15T17:30" }));
    const stored = async (id: string) => prisma.revision.findFirstOrThrow({ where: { meetingId: id }, select: { startsAt: true, endsAt: true, timeZone: true, hasTime: true } });
    expect(await stored(winter.id!)).toEqual({ startsAt: new Date("2026-01-15T09:00:00Z"), endsAt: null, timeZone: "Europe/Brussels", hasTime: true });
    expect(await stored(summer.id!)).toEqual({ startsAt: new Date("2026-07-15T08:00:00Z"), endsAt: new Date("2026-07-15T15:30:00Z"), timeZone: "Europe/Brussels", hasTime: true });
  });

  it("stores a meeting with a date and no time as that day", async () => {
    const { id } = await save(withSource({ timeZone: "Asia/Tokyo", startsAt: "2026-03-02" }));
    expect(await prisma.revision.findFirstOrThrow({ where: { meetingId: id! }, select: { startsAt: true, hasTime: true } })).toEqual({
      startsAt: new Date("2026-03-02T00:00:00Z"),
      hasTime: false,
    });
  });

  it("refuses an unknown zone, a time the clocks skip and an unchosen repeated time, writing nothing", async () => {
    const before = await counts();
    for (const [overrides, field] of [
      [{ timeZone: "Mars/Olympus_Mons" }, "timeZone"],
      [{ timeZone: "Europe/Brussels", startsAt: "2026-03-29T02:30" }, "startsAt"],
      [{ timeZone: "Europe/Brussels", startsAt: "2026-10-25T02:30" }, "startsAtOffset"],
    ] as const) {
      const { result } = await save(withSource(overrides));
      expect(result).toMatchObject({ ok: false, code: "invalid_input" });
      expect(Object.keys((result?.ok === false && result.fieldErrors) || {})).toEqual([field]);
    }
    expect(await counts()).toEqual(before);
  });
});

describe("a meeting's sources", () => {
  it("keeps each source, normalised, with the commitment that cites it, from version to version", async () => {
    const input = withSource();
    const { id } = await save(input);
    const first = await prisma.revision.findFirstOrThrow({ where: { meetingId: id! }, include: { sources: true, commitments: true } });
    expect(first.sources).toMatchObject([{ key: input.sources[0]!.key, title: "Ministry statement", url: "https://example.org/statement", publishedOn: new Date("2026-01-15T00:00:00Z") }]);
    expect(first.commitments[0]!.sourceId).toBe(first.sources[0]!.id);

    await save({ ...input, title: "Renamed" }, { id: id!, version: 1 });
    const second = await prisma.revision.findFirstOrThrow({ where: { meetingId: id!, number: 2 }, include: { sources: true, commitments: true } });
    expect(second.sources.map((s) => s.key)).toEqual([input.sources[0]!.key]);
    expect(second.commitments[0]!.sourceId).toBe(second.sources[0]!.id);
  });

  it("refuses a source address that is not http(s), and a commitment citing an unknown source, writing nothing", async () => {
    const before = await counts();
    for (const url of ["javascript:alert(1)", "data:text/html,x", "//example.org/x", "https://user:secret@example.org/"]) {
      const { result } = await save(withSource({}, url));
      expect(result).toMatchObject({ ok: false, fieldErrors: { "sources.0.url": [expect.any(String)] } });
    }
    const unknown = withSource();
    unknown.commitments[0]!.sourceKey = randomUUID();
    expect((await save(unknown)).result).toMatchObject({ ok: false, fieldErrors: { "commitments.0.sourceKey": [expect.any(String)] } });
    expect(await counts()).toEqual(before);
  });
});

describe("recording a meeting that may already be recorded", () => {
  it("warns once, naming the records of the same series and local day, and saves after confirmation", async () => {
    const series = uniqueSeries();
    // 00:30 in Brussels on 10 January is still 9 January in UTC: the meeting's own day counts.
    const { id: existing } = await save(withSource({ series, timeZone: "Europe/Brussels", startsAt: "2026-01-10T00:30" }));
    const again = withSource({ series: series.toUpperCase(), timeZone: "UTC", startsAt: "2026-01-10" });

    const before = await counts();
    const { result } = await save(again);
    expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { confirmDuplicate: [expect.stringMatching(/already exists/)] } });
    const records = readSameDayRecords(result?.ok === false ? result.fieldErrors?.["confirmDuplicate.similar"] : undefined);
    expect(records).toEqual([{ id: existing, title: expect.any(String), day: "2026-01-10" }]);
    expect(await counts()).toEqual(before);

    const { id } = await save({ ...again, confirmDuplicate: true });
    expect(id).not.toBe(existing);
    expect(await prisma.meeting.count()).toBe(before.meetings + 1);
  });

  it("does not warn for another day or another series, nor when a record is saved again as it was", async () => {
    const series = uniqueSeries();
    const { id } = await save(withSource({ series, startsAt: "2026-02-10T10:00" }));
    expect((await save(withSource({ series, startsAt: "2026-02-11T10:00" }))).id).not.toBeNull();
    expect((await save(withSource({ startsAt: "2026-02-10T10:00" }))).id).not.toBeNull();
    const stored = await prisma.meeting.findUniqueOrThrow({ where: { id: id! } });
    expect((await save(withSource({ series, startsAt: "2026-02-10T10:00", title: "Edited" }), { id: id!, version: stored.version })).id).toBe(id);
  });
});
