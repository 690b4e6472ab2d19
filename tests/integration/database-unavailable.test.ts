import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveMeetingAction } from "@/app/(app)/meetings/actions";
import { GET as apiReadouts } from "@/app/api/v1/readouts/route";
import { freePort } from "@/lib/cli/free-port";
import { createPrismaClient, type Db } from "@/lib/db";
import { actAs, createUser } from "../support/factories";
import { freshDatabase, useDatabase } from "../support/database";
import { requestTo } from "../support/request-context";

// A signed-in editor whose database then goes away: nothing answers on the port.
let unreachable: Db;
beforeAll(async () => {
  const { prisma } = await freshDatabase();
  await actAs(prisma, await createUser(prisma, "editor"));
  unreachable = createPrismaClient(`postgresql://readout:readout@127.0.0.1:${await freePort()}/readout`);
  useDatabase(unreachable);
});
afterAll(() => unreachable.$disconnect());

describe("while the database is unreachable", () => {
  it("a route handler answers 503 with a short message to retry, and no stack trace", async () => {
    const response = await apiReadouts(await requestTo("/api/v1/readouts"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      error: { code: "unavailable", message: "Readout is temporarily unavailable. Nothing was saved; try again in a moment." },
    });
  });

  it("a server action returns the same message for its form, instead of throwing", async () => {
    const result = await saveMeetingAction(null, new FormData());
    expect(result).toEqual({
      ok: false,
      code: "unavailable",
      formError: "Readout is temporarily unavailable. Nothing was saved; try again in a moment.",
    });
  });
});
