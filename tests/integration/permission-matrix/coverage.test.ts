import { describe, expect, it } from "vitest";
import { isTransitionMove } from "@/lib/meetings/transition-meeting";
import { MOVE_NAMES } from "@/lib/workflow/meeting-workflow";
import { inlineServerActions, routeHandlers, serverActions } from "../../support/matrix/surface";
import { accountActions } from "./accounts.matrix";
import { authRoutes } from "./auth-routes.matrix";
import { healthRoutes } from "./health-routes.matrix";
import { ledgerActions, ledgerRoutes } from "./ledger.matrix";
import { importActions } from "./import.matrix";
import { meetingActions, MOVES_COVERED } from "./meetings.matrix";
import { routes } from "./routes.matrix";
import { reviewActions } from "./review.matrix";
import { outsideActions } from "./outside.matrix";
import { benchRoutes } from "./bench.matrix";

// The matrix must be the whole surface: a new server action or route handler
// (or HTTP method) without a table fails here, and so does a table for one
// that is gone.
describe("the permission matrix", () => {
  it("has a table for every exported server action, and only for those", async () => {
    const tabled = Object.keys({ ...meetingActions, ...accountActions, ...ledgerActions, ...importActions, ...reviewActions, ...outsideActions });
    expect(tabled.sort()).toEqual(await serverActions());
  });

  it("has a table for every route handler's methods, and only for those", async () => {
    expect(Object.keys({ ...routes, ...authRoutes, ...healthRoutes, ...ledgerRoutes, ...benchRoutes }).sort()).toEqual(await routeHandlers());
  });

  it("has a table for every workflow move", () => {
    expect(MOVES_COVERED.sort()).toEqual(MOVE_NAMES.filter(isTransitionMove).sort());
  });

  it("can reach every server action by name: none is declared inside a function", () => {
    expect(inlineServerActions()).toEqual([]);
  });
});
