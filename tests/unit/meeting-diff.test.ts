import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { diffMeetings, isEmptyDiff } from "@/lib/meetings/diff";
import { udcgMeeting } from "@/prisma/demo/udcg-meeting";

describe("diffMeetings", () => {
  it("finds nothing between identical versions", () => {
    const meeting = udcgMeeting();
    expect(isEmptyDiff(diffMeetings(meeting, structuredClone(meeting)))).toBe(true);
  });

  it("reports changed meeting fields with before and after", () => {
    const before = udcgMeeting();
    const after = { ...structuredClone(before), title: "New title", location: "Ramstein" };
    expect(diffMeetings(before, after).fields).toEqual([
      { field: "Title", before: before.title, after: "New title" },
      { field: "Location", before: before.location, after: "Ramstein" },
    ]);
  });

  it("matches discussions and commitments by key across versions", () => {
    const before = udcgMeeting();
    const after = structuredClone(before);
    after.discussions[0]!.outcome = "Changed outcome";
    after.commitments[0]!.amount = "600000000";
    after.commitments.splice(1, 1);
    after.participants.push({ key: randomUUID(), name: "Sweden", kind: "country", attendance: "remote", representative: "" });
    const diff = diffMeetings(before, after);
    expect(diff.discussions.changed).toEqual([
      { key: before.discussions[0]!.key, label: before.discussions[0]!.title, fields: [{ field: "Outcome", before: before.discussions[0]!.outcome, after: "Changed outcome" }] },
    ]);
    expect(diff.commitments.changed[0]!.fields).toEqual([{ field: "Amount", before: "500000000", after: "600000000" }]);
    expect(diff.commitments.removed.map((c) => c.label)).toEqual(["Norway: Loan guarantee for procurement on international markets"]);
    expect(diff.participants.added.map((p) => p.label)).toEqual(["Sweden"]);
    expect(diff.discussions.reordered).toBe(false);
  });

  it("notices a new order and shows discussion links by title", () => {
    const before = udcgMeeting();
    const after = structuredClone(before);
    after.discussions.reverse();
    after.commitments[2]!.discussionKey = before.discussions[1]!.key;
    const diff = diffMeetings(before, after);
    expect(diff.discussions.reordered).toBe(true);
    expect(diff.commitments.changed[0]!.fields).toEqual([
      { field: "Discussion", before: before.discussions[0]!.title, after: before.discussions[1]!.title },
    ]);
  });
});
