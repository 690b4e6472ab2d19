import { describe, expect, it } from "vitest";
import { availableProposalMoves, checkProposalMove } from "@/lib/workflow/proposal-workflow";

const user = (id: string, role: "admin" | "editor" | "reviewer" | "viewer") => ({ id, role });

describe("proposal workflow", () => {
  it("lets a reviewer who did not propose decide, and only the proposer withdraw", () => {
    const base = { state: "proposed" as const, proposerId: "ed" };
    expect(availableProposalMoves({ ...base, user: user("rev", "reviewer") })).toEqual(["approve", "reject"]);
    expect(availableProposalMoves({ ...base, user: user("ed", "editor") })).toEqual(["withdraw"]);
    expect(availableProposalMoves({ ...base, user: user("other", "editor") })).toEqual([]);
    expect(availableProposalMoves({ ...base, user: user("v", "viewer") })).toEqual([]);
  });

  it("never lets the proposer decide, even an admin", () => {
    const context = { state: "proposed" as const, proposerId: "adm", user: user("adm", "admin") };
    expect(checkProposalMove("approve", context)).toEqual({ ok: false, reason: "own_proposal" });
    expect(availableProposalMoves(context)).toEqual(["withdraw"]);
  });

  it("needs a comment to reject, and a pending proposal for any move", () => {
    const context = { state: "proposed" as const, proposerId: "ed", user: user("rev", "reviewer") };
    expect(checkProposalMove("reject", { ...context, comment: "  " })).toEqual({ ok: false, reason: "comment_required" });
    expect(checkProposalMove("reject", { ...context, comment: "Wrong source." })).toEqual({ ok: true });
    expect(checkProposalMove("approve", { ...context, state: "approved" })).toEqual({ ok: false, reason: "invalid_state" });
    expect(checkProposalMove("withdraw", { ...context, state: "rejected", user: user("ed", "editor") })).toEqual({ ok: false, reason: "invalid_state" });
  });
});
