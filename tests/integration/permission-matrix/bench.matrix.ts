import { afterEach, expect } from "vitest";
import { GET as benchSession } from "@/app/bench/session/route";
import { grid } from "../../support/matrix/grid";
import { bodyOf, defineCase, routeRefusal, type Matrix } from "../../support/matrix/runner";

// npm run bench's bare route: absent unless the server runs with READOUT_BENCH=1,
// and then it tells the caller only whether they are signed in. Legend in support/matrix/grid.ts.

const ABSENT = grid`
  who         any
  signed_out  gone
  viewer      gone
  editor      gone
  reviewer    gone
  admin       gone`;
const OPEN = grid`
  who         any
  signed_out  ok
  viewer      ok
  editor      ok
  reviewer    ok
  admin       ok`;

afterEach(() => {
  delete process.env.READOUT_BENCH;
});

export const benchRoutes: Matrix = {
  "app/bench/session/route.ts#GET": [
    defineCase({
      name: "without READOUT_BENCH",
      rows: ABSENT,
      call: async () => benchSession(),
      refusal: routeRefusal,
      effect: async () => undefined,
    }),
    defineCase({
      name: "with READOUT_BENCH=1",
      rows: OPEN,
      call: async () => {
        process.env.READOUT_BENCH = "1";
        return benchSession();
      },
      refusal: routeRefusal,
      effect: async (_none, outcome, { actor }) => expect(await bodyOf(outcome).json()).toEqual({ signedIn: actor !== null }),
    }),
  ],
};
