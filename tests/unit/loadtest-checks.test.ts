import { describe, expect, it } from "vitest";
import { checkSaves } from "@/lib/loadtest/checks";
import type { Save } from "@/lib/loadtest/writers";

const revision = (meetingId: string, number: number, marker: string) => ({ meetingId, number, title: `${marker} UDCG: meeting` });

describe("the load test's check of saves against the revisions", () => {
  const acknowledged: Save = { marker: "LT e1 0.2:", meetingId: "m1", version: 2, landed: "acknowledged" };
  const refusedRetry: Save = { marker: "LT e1 0.1:", meetingId: "m1", landed: "refused retry" };
  const unknown: Save = { marker: "LT e2 0.1:", landed: "unknown" };

  it("passes saves each carried by one revision, where the app said", () => {
    const revisions = [revision("m1", 1, "LT e1 0.1:"), revision("m1", 2, "LT e1 0.2:"), revision("m2", 1, "LT e2 0.1:")];
    expect(checkSaves(revisions, [acknowledged, refusedRetry, unknown])).toEqual({ lost: [], duplicated: [], unknown: [] });
  });

  it("finds a save written twice by a retry, in another meeting or as another version of the same one", () => {
    const twoMeetings = [revision("m1", 1, "LT e1 0.1:"), revision("m9", 1, "LT e1 0.1:")];
    expect(checkSaves(twoMeetings, [refusedRetry]).duplicated).toEqual(["LT e1 0.1: (refused retry) is in 2 revisions"]);
    const twoVersions = [revision("m1", 2, "LT e1 0.2:"), revision("m1", 3, "LT e1 0.2:")];
    expect(checkSaves(twoVersions, [acknowledged]).duplicated).toHaveLength(1);
    expect(checkSaves([revision("m2", 1, "LT e2 0.1:"), revision("m3", 1, "LT e2 0.1:")], [unknown]).duplicated).toHaveLength(1);
  });

  it("finds a save that landed but is missing, or is not where the app said", () => {
    expect(checkSaves([], [acknowledged, refusedRetry, unknown]).lost).toHaveLength(2);
    expect(checkSaves([revision("m1", 3, "LT e1 0.2:")], [acknowledged]).lost).toEqual(["LT e1 0.2: (acknowledged) is missing from version 2"]);
  });

  it("finds a record no save made", () => {
    expect(checkSaves([revision("m5", 1, "LT e7 3.1:")], []).unknown).toEqual(["LT e7 3.1:"]);
  });
});
