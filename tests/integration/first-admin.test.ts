import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { ROOT } from "@/lib/cli/run";
import { createFirstAdmin, setupLink } from "@/lib/users/first-admin";
import { setPasswordWithToken } from "@/lib/users/passwords";
import { freshDatabase } from "../support/database";
import { createUser } from "../support/factories";

const PASSWORD = "copper kettle orbit lantern";
const tokenOf = (link: string) => link.split("/").pop()!;

describe("createFirstAdmin", () => {
  it("creates an admin whose one-time link sets a password, then refuses a second admin", async () => {
    const { prisma } = await freshDatabase();
    const admin = await createFirstAdmin(prisma, { email: " First@Example.org ", name: "First Admin" });
    expect(admin.path).toMatch(/^\/invitation\/[\w-]{40,}$/);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: admin.userId } })).toMatchObject({
      email: "first@example.org",
      role: "admin",
      active: true,
      passwordHash: null,
    });

    await setPasswordWithToken("invitation", tokenOf(admin.path), PASSWORD);
    expect(await signInWithPassword({ email: "first@example.org", password: PASSWORD, ip: "198.51.100.3", userAgent: "vitest" })).toMatchObject({ ok: true });
    await expect(setPasswordWithToken("invitation", tokenOf(admin.path), PASSWORD)).rejects.toMatchObject({ code: "invalid_state" });

    await expect(createFirstAdmin(prisma, { email: "second@example.org", name: "Second" })).rejects.toMatchObject({ code: "invalid_state" });
    expect(await prisma.user.count()).toBe(1);
  });

  it("refuses a bad email, a missing name and an email already taken, creating nothing", async () => {
    const { prisma } = await freshDatabase();
    const viewer = await createUser(prisma, "viewer");
    await expect(createFirstAdmin(prisma, { email: "not an email", name: "X" })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(createFirstAdmin(prisma, { email: "ok@example.org" })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(createFirstAdmin(prisma, { email: viewer.email, name: "X" })).rejects.toMatchObject({ code: "invalid_input" });
    expect(await prisma.user.count()).toBe(1);
  });

  it("of two runs at once, exactly one creates an admin", async () => {
    const { prisma } = await freshDatabase();
    const runs = await Promise.allSettled(["a@example.org", "b@example.org"].map((email) => createFirstAdmin(prisma, { email, name: "Admin" })));
    expect(runs.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await prisma.user.count({ where: { role: "admin" } })).toBe(1);
  });
});

describe("setupLink", () => {
  it("puts the path on READOUT_URL, and without it gives the path alone", () => {
    expect(setupLink("/invitation/abc", "https://readout.example.org/")).toEqual({ link: "https://readout.example.org/invitation/abc", complete: true });
    expect(setupLink("/invitation/abc", undefined)).toEqual({ link: "/invitation/abc", complete: false });
    expect(setupLink("/invitation/abc", "")).toEqual({ link: "/invitation/abc", complete: false });
  });
});

describe("npm run admin:create", () => {
  const run = (url: string, readoutUrl: string) =>
    promisify(execFile)(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/create-admin.ts", "--email", "boss@example.org", "--name", "The Boss"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, READOUT_URL: readoutUrl },
    });

  // Two real runs of the command: slow on a busy machine, hence the generous limit.
  it("prints a one-time link on READOUT_URL, then refuses a second admin", { timeout: 180_000 }, async () => {
    const { url, prisma } = await freshDatabase();
    const { stdout } = await run(url, "https://readout.example.org");
    const link = stdout.match(/^ {2}(https:\/\/readout\.example\.org\/invitation\/[\w-]{40,})$/m)?.[1];
    expect(link).toBeDefined();
    await setPasswordWithToken("invitation", tokenOf(link!), PASSWORD);
    expect(await prisma.user.findUniqueOrThrow({ where: { email: "boss@example.org" } })).toMatchObject({ role: "admin" });

    await expect(run(url, "")).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("already has an admin") });
    expect(await prisma.user.count()).toBe(1);
  });
});
