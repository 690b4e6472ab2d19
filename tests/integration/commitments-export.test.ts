import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listCsv } from "@/app/(app)/readouts/commitments.csv/route";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db";
import { exportCommitments } from "@/lib/dal/exports";
import { updateMeeting } from "@/lib/meetings/save-meeting";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { parseReadoutQuery } from "@/lib/readouts/query";
import type { MeetingInput } from "@/lib/validation/meeting";
import { freshDatabase } from "../support/database";
import { actAs, actAsNobody, createUser, meetingInput } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

let prisma: Db;
let editor: CurrentUser;
let reviewer: CurrentUser;
const published: string[] = [];
const hidden: string[] = [];
let otherKind: string;

/** A meeting whose commitments each carry a description of their own, so every exported row can be told apart. */
function withCommitments(descriptions: string[], startsAt: string): Partial<MeetingInput> {
  const base = meetingInput().commitments[0]!;
  const discussionKey = meetingInput().discussions[0]!.key;
  return {
    startsAt,
    discussions: [{ ...meetingInput().discussions[0]!, key: discussionKey }],
    commitments: descriptions.map((description) => ({ ...base, key: randomUUID(), discussionKey, description })),
  };
}

const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix} ${randomUUID().slice(0, 8)} #${i}`);

async function publish(descriptions: string[], startsAt: string) {
  const meeting = await draftMeeting(editor, withCommitments(descriptions, startsAt));
  await transitionMeeting(editor, meeting.id, "submit", { version: 1 });
  await transitionMeeting(reviewer, meeting.id, "approve", { version: 1 });
  return meeting;
}

beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  editor = await staff(prisma, "editor");
  reviewer = await staff(prisma, "reviewer");
  // Seven published meetings, two on the same day so the keyset's tie-break on id is exercised.
  const days = ["2026-01-05", "2026-02-10", "2026-02-10", "2026-03-15", "2026-04-20", "2026-05-25", "2026-06-30"];
  for (const [i, day] of days.entries()) {
    const rows = names("Published", i + 1);
    published.push(...rows);
    await publish(rows, `${day}T09:00:00Z`);
  }
  // One meeting with a commitment of another kind beside a military one.
  const mixed = names("Mixed", 2);
  published.push(...mixed);
  otherKind = mixed[1]!;
  const input = { ...withCommitments(mixed, "2026-06-15T09:00:00Z"), title: "Zanzibar harbour talks" };
  input.commitments![1] = { ...input.commitments![1]!, kind: "other", quantity: "", unit: "" };
  const meeting = await draftMeeting(editor, input);
  await transitionMeeting(editor, meeting.id, "submit", { version: 1 });
  await transitionMeeting(reviewer, meeting.id, "approve", { version: 1 });
  // Published, then edited and sent for review: only version 1's rows are readable.
  const v1 = names("Published v1", 2);
  published.push(...v1);
  const pending = await publish(v1, "2026-07-01T09:00:00Z");
  const v2 = names("Pending v2", 2);
  hidden.push(...v2);
  await updateMeeting(editor, pending.id, 1, { ...pending.input, ...withCommitments(v2, "2026-07-01T09:00:00Z") });
  await transitionMeeting(editor, pending.id, "submit", { version: 2, correctionNote: "Corrected." });
  // A draft, a meeting in review and an archived meeting.
  const draft = names("Draft", 3);
  hidden.push(...draft);
  await draftMeeting(editor, withCommitments(draft, "2026-08-01T09:00:00Z"));
  const inReview = names("In review", 3);
  hidden.push(...inReview);
  const reviewed = await draftMeeting(editor, withCommitments(inReview, "2026-08-02T09:00:00Z"));
  await transitionMeeting(editor, reviewed.id, "submit", { version: 1 });
  const archived = names("Archived", 3);
  hidden.push(...archived);
  const gone = await publish(archived, "2026-08-03T09:00:00Z");
  await transitionMeeting(reviewer, gone.id, "archive", { version: 1, reason: "Superseded." });
  await actAs(prisma, await createUser(prisma, "viewer"));
});

const descriptions = (csv: string) => (parse(csv, { columns: true }) as Record<string, string>[]).map((row) => row.Description!);

describe("the commitments export", () => {
  it("streams every published commitment, and nothing unpublished", async () => {
    const { query } = parseReadoutQuery({});
    const csv = await new Response(await exportCommitments(query)).text();
    const rows = descriptions(csv);
    expect(rows.length).toBe(published.length);
    expect(new Set(rows)).toEqual(new Set(published));
    for (const secret of hidden) expect(csv).not.toContain(secret);
  });

  it("keeps the list's order, newest meeting first", async () => {
    const { query } = parseReadoutQuery({});
    const whole = await new Response(await exportCommitments(query)).text();
    const dates = (parse(whole, { columns: true }) as Record<string, string>[]).map((row) => row["Meeting date"]!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("applies the list's commitment filters to the rows", async () => {
    const rows = async (raw: Record<string, string>) =>
      descriptions(await new Response(await exportCommitments(parseReadoutQuery(raw).query)).text());
    // Every commitment here is a pledge with no recorded progress, all military but one.
    expect(new Set(await rows({ status: "pledged" }))).toEqual(new Set(published));
    expect(await rows({ kind: "other" })).toEqual([otherKind]);
    expect(new Set(await rows({ kind: "military" }))).toEqual(new Set(published.filter((d) => d !== otherKind)));
    expect(await rows({ kind: "financial" })).toEqual([]);
    expect(await rows({ status: "delivered" })).toEqual([]);
  });

  it("keeps only the readouts that the words searched find", async () => {
    const csv = await new Response(await exportCommitments(parseReadoutQuery({ q: "zanzibar" }).query)).text();
    expect(new Set(descriptions(csv))).toEqual(new Set([...published.filter((d) => d.startsWith("Mixed"))]));
  });

  it("is served by the route as a CSV download, audited once", async () => {
    const before = await prisma.auditEvent.count({ where: { action: "meeting.export" } });
    const response = await listCsv(new Request("http://readout.test/readouts/commitments.csv"));
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(new Set(descriptions(await response.text()))).toEqual(new Set(published));
    expect(await prisma.auditEvent.count({ where: { action: "meeting.export" } })).toBe(before + 1);
  });

  it("checks access before the first byte", async () => {
    actAsNobody();
    const response = await listCsv(new Request("http://readout.test/readouts/commitments.csv"));
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("Published");
    await actAs(prisma, await createUser(prisma, "viewer"));
  });
});
