import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { authSecret } from "@/lib/cli/auth-secret";

const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "readout-secret-")), ".data");
afterAll(() => rmSync(path.dirname(dataDir), { recursive: true, force: true }));
const DATABASE_URL = "postgresql://u:p@db:5432/readout";
const GOOD = "k3r8Xf0Qm2vT9wLp4sZ7yB1nC6dH5jEa";

describe("authSecret at start", () => {
  it("refuses to start on a real database without AUTH_SECRET, and generates none", () => {
    expect(() => authSecret({ env: { DATABASE_URL }, dev: false, dataDir })).toThrow(/AUTH_SECRET is not set/);
    expect(() => readFileSync(path.join(dataDir, "auth-secret"))).toThrow();
  });

  it.each(["change-me-to-a-long-random-string", "short"])("refuses the published or short value %j", (value) => {
    expect(() => authSecret({ env: { DATABASE_URL, AUTH_SECRET: value }, dev: false, dataDir })).toThrow(/AUTH_SECRET/);
  });

  it("uses the given secret", () => {
    expect(authSecret({ env: { DATABASE_URL, AUTH_SECRET: GOOD }, dev: false, dataDir })).toBe(GOOD);
  });

  it("generates one once for the embedded database, and for npm run dev", () => {
    const first = authSecret({ env: {}, dev: false, dataDir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(authSecret({ env: {}, dev: false, dataDir })).toBe(first);
    expect(authSecret({ env: { DATABASE_URL }, dev: true, dataDir })).toBe(first);
  });
});
