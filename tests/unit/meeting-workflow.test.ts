import { describe, expect, it } from "vitest";
import type { Publication, WorkingCopy } from "@/lib/generated/prisma/enums";
import { availableMoves, checkMove, editBlocked, MOVES, nextState, type MeetingState, type Move } from "@/lib/workflow/meeting-workflow";

const editor = { id: "e1", role: "editor" as const };
const reviewer = { id: "r1", role: "reviewer" as const };
const admin = { id: "a1", role: "admin" as const };
const viewer = { id: "v1", role: "viewer" as const };

const at = (workingCopy: WorkingCopy, publication: Publication): MeetingState => ({ workingCopy, publication });
const NEW_DRAFT = at("draft", "unpublished");
const IN_REVIEW = at("in_review", "unpublished");
const PUBLISHED = at("none", "published");

describe("meeting workflow", () => {
  it("leads a draft → in review → published, and back to changes requested on a reviewer's request", () => {
    expect(nextState("submit", NEW_DRAFT)).toEqual(IN_REVIEW);
    expect(nextState("approve", IN_REVIEW)).toEqual(PUBLISHED);
    expect(nextState("request_changes", IN_REVIEW)).toEqual(at("changes_requested", "unpublished"));
    expect(nextState("withdraw", IN_REVIEW)).toEqual(NEW_DRAFT);
    expect(nextState("submit", at("changes_requested", "unpublished"))).toEqual(IN_REVIEW);
  });

  it("keeps readers on the published version while its working copy moves", () => {
    expect(nextState("edit", PUBLISHED)).toEqual(at("draft", "published"));
    expect(nextState("submit", at("draft", "published"))).toEqual(at("in_review", "published"));
    expect(nextState("request_changes", at("in_review", "published"))).toEqual(at("changes_requested", "published"));
    expect(nextState("discard", at("draft", "published"))).toEqual(PUBLISHED);
  });

  it("keeps a copy sent back for changes in that state while it is edited, until it is resubmitted", () => {
    expect(nextState("edit", at("changes_requested", "published"))).toEqual(at("changes_requested", "published"));
    expect(nextState("edit", NEW_DRAFT)).toEqual(NEW_DRAFT);
  });

  it("archives, restores and retracts what readers see, whatever the working copy is doing", () => {
    for (const copy of ["none", "draft", "changes_requested", "in_review"] as const) {
      expect(checkMove("archive", { state: at(copy, "published"), user: reviewer, contributorIds: [], reason: "Duplicate" })).toEqual({ ok: true });
      expect(checkMove("retract", { state: at(copy, "published"), user: reviewer, contributorIds: [], reason: "Wrong figures" })).toEqual({ ok: true });
      expect(nextState("archive", at(copy, "published"))).toEqual(at(copy, "archived"));
      expect(nextState("restore", at(copy, "archived"))).toEqual(at(copy, "published"));
      expect(nextState("retract", at(copy, "published"))).toEqual(at(copy, "retracted"));
    }
  });

  it("discards a draft whatever readers see, but never a copy in review", () => {
    for (const publication of ["unpublished", "published", "archived", "retracted"] as const) {
      expect(checkMove("discard", { state: at("draft", publication), user: editor, contributorIds: [] })).toEqual({ ok: true });
      expect(checkMove("discard", { state: at("changes_requested", publication), user: editor, contributorIds: [] })).toEqual({ ok: true });
    }
    expect(checkMove("discard", { state: at("in_review", "published"), user: editor, contributorIds: [] })).toEqual({ ok: false, reason: "invalid_state" });
    expect(checkMove("discard", { state: PUBLISHED, user: editor, contributorIds: [] })).toEqual({ ok: false, reason: "invalid_state" });
    expect(checkMove("discard", { state: NEW_DRAFT, user: reviewer, contributorIds: [] })).toEqual({ ok: false, reason: "forbidden" });
  });

  it("requires a reason to archive or retract", () => {
    const context = { state: PUBLISHED, user: reviewer, contributorIds: [] };
    expect(checkMove("archive", { ...context, reason: "  " })).toEqual({ ok: false, reason: "reason_required" });
    expect(checkMove("retract", { ...context })).toEqual({ ok: false, reason: "reason_required" });
  });

  it("lets reviewers and admins retract, never editors or viewers, and only a published version", () => {
    const context = { contributorIds: [], reason: "Wrong" };
    expect(checkMove("retract", { ...context, state: PUBLISHED, user: admin })).toEqual({ ok: true });
    expect(checkMove("retract", { ...context, state: PUBLISHED, user: editor })).toEqual({ ok: false, reason: "forbidden" });
    expect(checkMove("retract", { ...context, state: PUBLISHED, user: viewer })).toEqual({ ok: false, reason: "forbidden" });
    expect(checkMove("retract", { ...context, state: at("none", "archived"), user: reviewer })).toEqual({ ok: false, reason: "invalid_state" });
    expect(checkMove("retract", { ...context, state: at("none", "retracted"), user: reviewer })).toEqual({ ok: false, reason: "invalid_state" });
  });

  it("asks for a correction note on every version after the first, and the reviewer's confirmation of it", () => {
    const submit = { state: at("draft", "published"), user: editor, contributorIds: ["e1"], publishedBefore: true };
    expect(checkMove("submit", submit)).toEqual({ ok: false, reason: "note_required" });
    expect(checkMove("submit", { ...submit, correctionNote: "Fixed the amount" })).toEqual({ ok: true });
    expect(checkMove("submit", { ...submit, publishedBefore: false })).toEqual({ ok: true });

    const approve = { state: at("in_review", "published"), user: reviewer, contributorIds: ["e1"], publishedBefore: true };
    expect(checkMove("approve", approve)).toEqual({ ok: false, reason: "note_required" });
    expect(checkMove("approve", { ...approve, correctionNote: "Fixed the amount" })).toEqual({ ok: false, reason: "note_unconfirmed" });
    expect(checkMove("approve", { ...approve, correctionNote: "Fixed the amount", noteConfirmed: true })).toEqual({ ok: true });
    expect(checkMove("approve", { ...approve, publishedBefore: false })).toEqual({ ok: true });
  });

  it("lets editors submit, withdraw and discard but never review", () => {
    const base = { user: editor, contributorIds: ["e1"] };
    expect(availableMoves({ ...base, state: NEW_DRAFT })).toEqual(["edit", "submit", "discard"]);
    expect(availableMoves({ ...base, state: IN_REVIEW })).toEqual(["withdraw"]);
    expect(availableMoves({ ...base, state: PUBLISHED })).toEqual(["edit"]);
    expect(checkMove("approve", { ...base, state: IN_REVIEW })).toEqual({ ok: false, reason: "forbidden" });
  });

  it("lets reviewers approve or send back others' records, never their own", () => {
    expect(availableMoves({ user: reviewer, contributorIds: ["e1"], state: IN_REVIEW })).toEqual(["approve", "request_changes"]);
    expect(checkMove("approve", { user: admin, contributorIds: ["a1", "e1"], state: IN_REVIEW })).toEqual({ ok: false, reason: "own_record" });
    expect(checkMove("request_changes", { user: admin, contributorIds: ["a1"], state: IN_REVIEW, comment: "x" })).toEqual({
      ok: false,
      reason: "own_record",
    });
  });

  it("requires a comment to request changes", () => {
    const context = { user: reviewer, contributorIds: ["e1"], state: IN_REVIEW };
    expect(checkMove("request_changes", { ...context, comment: "  " })).toEqual({ ok: false, reason: "comment_required" });
    expect(checkMove("request_changes", { ...context, comment: "Fix the amounts" })).toEqual({ ok: true });
  });

  it("refuses moves from the wrong state", () => {
    const context = { user: reviewer, contributorIds: ["e1"] };
    expect(checkMove("approve", { ...context, state: NEW_DRAFT })).toEqual({ ok: false, reason: "invalid_state" });
    expect(checkMove("approve", { ...context, state: PUBLISHED })).toEqual({ ok: false, reason: "invalid_state" });
    expect(checkMove("approve", { ...context, state: at("in_review", "archived") })).toEqual({ ok: false, reason: "invalid_state" });
    expect(checkMove("submit", { user: editor, contributorIds: [], state: at("draft", "archived") })).toEqual({ ok: false, reason: "invalid_state" });
    expect(checkMove("edit", { user: editor, contributorIds: [], state: at("none", "archived") })).toEqual({ ok: false, reason: "invalid_state" });
    expect(checkMove("edit", { user: editor, contributorIds: [], state: IN_REVIEW })).toEqual({ ok: false, reason: "invalid_state" });
    expect(checkMove("restore", { user: reviewer, contributorIds: [], state: PUBLISHED })).toEqual({ ok: false, reason: "invalid_state" });
  });

  it("says why a record cannot be edited", () => {
    expect(editBlocked(IN_REVIEW)).toMatch(/Withdraw/);
    expect(editBlocked(at("draft", "archived"))).toMatch(/Restore/);
    expect(editBlocked(at("none", "retracted"))).toBeNull();
  });

  it("gives viewers no move at all", () => {
    for (const copy of ["none", "draft", "changes_requested", "in_review"] as const) {
      for (const publication of ["unpublished", "published", "archived", "retracted"] as const) {
        expect(availableMoves({ user: viewer, contributorIds: [], state: at(copy, publication) })).toEqual([]);
      }
    }
  });

  it("lets reviewers archive, retract and restore", () => {
    expect(availableMoves({ user: reviewer, contributorIds: [], state: PUBLISHED })).toEqual(["archive", "retract"]);
    expect(availableMoves({ user: reviewer, contributorIds: [], state: at("none", "archived") })).toEqual(["restore"]);
  });

  it("names every move with a label", () => {
    for (const move of Object.keys(MOVES) as Move[]) expect(MOVES[move].label).toBeTruthy();
  });
});
