import { describe, expect, it } from "vitest";
import { availableMoves, checkMove, MOVES, type Move } from "@/lib/workflow/meeting-workflow";

const editor = { id: "e1", role: "editor" as const };
const reviewer = { id: "r1", role: "reviewer" as const };
const admin = { id: "a1", role: "admin" as const };
const viewer = { id: "v1", role: "viewer" as const };

describe("meeting workflow", () => {
  it("leads draft → in review → published, and back to draft on request for changes", () => {
    expect(MOVES.submit).toMatchObject({ from: ["draft"], to: "in_review" });
    expect(MOVES.approve).toMatchObject({ from: ["in_review"], to: "published" });
    expect(MOVES.request_changes).toMatchObject({ from: ["in_review"], to: "draft" });
    expect(MOVES.withdraw).toMatchObject({ from: ["in_review"], to: "draft" });
    expect(MOVES.edit.from).toEqual(["draft", "published"]);
  });

  it("lets editors submit and withdraw but never review", () => {
    const base = { user: editor, contributorIds: ["e1"] };
    expect(availableMoves({ ...base, status: "draft" })).toEqual(["edit", "submit"]);
    expect(availableMoves({ ...base, status: "in_review" })).toEqual(["withdraw"]);
    expect(checkMove("approve", { ...base, status: "in_review" })).toEqual({ ok: false, reason: "forbidden" });
  });

  it("lets reviewers approve or send back others' records, never their own", () => {
    expect(availableMoves({ user: reviewer, contributorIds: ["e1"], status: "in_review" })).toEqual(["approve", "request_changes"]);
    expect(checkMove("approve", { user: admin, contributorIds: ["a1", "e1"], status: "in_review" })).toEqual({ ok: false, reason: "own_record" });
    expect(checkMove("request_changes", { user: admin, contributorIds: ["a1"], status: "in_review", comment: "x" })).toEqual({
      ok: false,
      reason: "own_record",
    });
  });

  it("requires a comment to request changes", () => {
    const context = { user: reviewer, contributorIds: ["e1"], status: "in_review" as const };
    expect(checkMove("request_changes", { ...context, comment: "  " })).toEqual({ ok: false, reason: "comment_required" });
    expect(checkMove("request_changes", { ...context, comment: "Fix the amounts" })).toEqual({ ok: true });
  });

  it("refuses moves from the wrong state", () => {
    const context = { user: reviewer, contributorIds: ["e1"] };
    expect(checkMove("approve", { ...context, status: "draft" })).toEqual({ ok: false, reason: "invalid_state" });
    expect(checkMove("approve", { ...context, status: "published" })).toEqual({ ok: false, reason: "invalid_state" });
    expect(checkMove("submit", { user: editor, contributorIds: [], status: "archived" })).toEqual({ ok: false, reason: "invalid_state" });
  });

  it("gives viewers no move at all", () => {
    for (const status of ["draft", "in_review", "published", "archived"] as const) {
      expect(availableMoves({ user: viewer, contributorIds: [], status })).toEqual([]);
    }
  });

  it("lets reviewers archive and restore published records", () => {
    expect(availableMoves({ user: reviewer, contributorIds: [], status: "published" })).toEqual(["archive"]);
    expect(availableMoves({ user: reviewer, contributorIds: [], status: "archived" })).toEqual(["restore"]);
  });

  it("names every move with a label", () => {
    for (const move of Object.keys(MOVES) as Move[]) expect(MOVES[move].label).toBeTruthy();
  });
});
