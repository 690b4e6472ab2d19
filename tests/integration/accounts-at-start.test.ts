import { describe, expect, it } from "vitest";
import { prepareAccounts } from "@/lib/cli/accounts-at-start";
import { DEMO_ACCOUNTS } from "@/prisma/demo/accounts";
import { freshDatabase } from "../support/database";
import { createUser } from "../support/factories";

// What `npm start` does with the accounts of a freshly migrated database.
describe("prepareAccounts", () => {
  it("leaves a real (DATABASE_URL) database without users: no demo accounts with a published password", async () => {
    const { prisma } = await freshDatabase();
    expect(await prepareAccounts(prisma, false, {})).toBe("no_users");
    expect(await prisma.user.count()).toBe(0);
    expect(await prisma.meeting.count()).toBe(0);
  });

  it.each([{ READOUT_DEMO_DATA: "1" }, { READOUT_DEMO_DATA: "true" }])("seeds a real database when asked (%o)", async (env) => {
    const { prisma } = await freshDatabase();
    expect(await prepareAccounts(prisma, false, env)).toBe("demo_seeded");
    expect(await prisma.user.count()).toBe(DEMO_ACCOUNTS.length);
  });

  it("seeds the embedded database, once", async () => {
    const { prisma } = await freshDatabase();
    expect(await prepareAccounts(prisma, true, {})).toBe("demo_seeded");
    expect(await prepareAccounts(prisma, true, {})).toBe("ready");
    expect(await prisma.user.count()).toBe(DEMO_ACCOUNTS.length);
  });

  it("adds nothing to a database that has users, even when asked", async () => {
    const { prisma } = await freshDatabase();
    await createUser(prisma, "admin");
    expect(await prepareAccounts(prisma, false, { READOUT_DEMO_DATA: "1" })).toBe("ready");
    expect(await prisma.user.count()).toBe(1);
  });
});
