import { expect } from "vitest";
import { GET as healthz } from "@/app/healthz/route";
import { GET as readyz } from "@/app/readyz/route";
import { grid } from "../../support/matrix/grid";
import { defineCase, routeRefusal, type Matrix, type Outcome } from "../../support/matrix/runner";

// Probes for load balancers: open to everyone, and they say nothing about anyone. Legend in support/matrix/grid.ts.

const EVERYONE_OK = grid`
  who         any
  signed_out  ok
  viewer      ok
  editor      ok
  reviewer    ok
  admin       ok`;
const json = (outcome: Outcome) => (outcome.returned as Response).clone().json();

export const healthRoutes: Matrix = {
  "app/healthz/route.ts#GET": [
    defineCase({
      rows: EVERYONE_OK,
      call: async () => healthz(),
      refusal: routeRefusal,
      effect: async (_none, outcome) => expect(await json(outcome)).toEqual({ status: "ok" }),
    }),
  ],
  "app/readyz/route.ts#GET": [
    defineCase({
      rows: EVERYONE_OK,
      call: async () => readyz(),
      refusal: routeRefusal,
      effect: async (_none, outcome) => {
        expect((outcome.returned as Response).status).toBe(200);
        expect(await json(outcome)).toEqual({ status: "ready" });
      },
    }),
  ],
};
