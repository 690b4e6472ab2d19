import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { reachableByOthers, sharedFolder, startDataDir } from "@/lib/cli/postgres-places";

const made: string[] = [];
function folder(mode: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "readout-places-"));
  chmodSync(dir, mode);
  made.push(dir);
  return dir;
}
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("reachableByOthers", () => {
  it("is false below a folder others cannot enter, however open the folders under it are", () => {
    const project = path.join(folder(0o700), "readout");
    mkdirSync(path.join(project, ".data"), { recursive: true, mode: 0o755 });
    expect(reachableByOthers(path.join(project, ".data"))).toBe(false);
  });

  it("is true when every folder on the way lets others pass, including ones not made yet", () => {
    const open = folder(0o711);
    expect(reachableByOthers(open)).toBe(true);
    expect(reachableByOthers(path.join(open, "not", "yet"))).toBe(true);
  });
});

describe("startDataDir", () => {
  it("keeps the data in the project's .data when not root", () => {
    const project = path.join(folder(0o700), "readout");
    expect(startDataDir(project, false, () => "/unused")).toBe(path.join(project, ".data", "postgres"));
  });

  it("keeps the data in the project's .data as root when the postgres user can reach it", () => {
    const project = path.join(folder(0o755), "readout");
    expect(startDataDir(project, true, () => "/unused")).toBe(path.join(project, ".data", "postgres"));
  });

  it("as root in a private folder, puts the data in the shared folder, the same place on every run, one per project", () => {
    const shared = folder(0o755);
    const parent = folder(0o700);
    const project = path.join(parent, "readout");
    const other = path.join(parent, "readout-copy");
    const dir = startDataDir(project, true, () => shared);
    expect(path.dirname(dir)).toBe(shared);
    expect(startDataDir(project, true, () => shared)).toBe(dir);
    expect(startDataDir(other, true, () => shared)).not.toBe(dir);
    expect(statSync(parent).mode & 0o777).toBe(0o700);
  });
});

describe("sharedFolder", () => {
  it("makes its folder 0755, and skips a candidate that is a link", () => {
    const base = folder(0o755);
    const target = path.join(base, "target");
    mkdirSync(target, { mode: 0o700 });
    const link = path.join(base, "link");
    symlinkSync(target, link);
    const real = path.join(base, "readout");
    expect(sharedFolder([link, real])).toBe(real);
    expect(statSync(real).mode & 0o777).toBe(0o755);
    expect(statSync(target).mode & 0o777).toBe(0o700);
  });
});
