import { describe, expect, it } from "vitest";
import { safeNext } from "@/lib/http/safe-next";

const APP = "http://readout.example.org";

/**
 * Where a browser on the app ends up when redirected to `target`. Next's router
 * reads the resolved path again, so "/.//evil.example" ends on evil.example.
 */
function landsOn(target: string): string {
  const resolved = new URL(target, `${APP}/sign-in`);
  if (resolved.origin !== APP) return resolved.origin;
  return new URL(resolved.pathname + resolved.search + resolved.hash, APP).origin;
}

describe("safeNext", () => {
  it.each([
    ["/meetings", "/meetings"],
    ["/readouts?q=air%20defence&page=2", "/readouts?q=air%20defence&page=2"],
    ["/meetings/abc/history", "/meetings/abc/history"],
    ["/meetings#discussions", "/meetings#discussions"],
    // Normalised, and what is returned is the normalised form.
    ["/meetings/../readouts", "/readouts"],
    ["./meetings", "/meetings"],
    ["meetings", "/meetings"],
    ["/meetings?next=//evil.example", "/meetings?next=//evil.example"],
  ])("keeps the local path %j as %j", (raw, path) => {
    expect(safeNext(raw)).toBe(path);
  });

  // Each of these resolves, in a browser, to another site.
  it.each([
    "//evil.example",
    "///evil.example",
    "/.//evil.example",
    "/././/evil.example",
    "/..//evil.example",
    "/a/../../..//evil.example",
    "/%2e//evil.example",
    "/%2e%2e//evil.example",
    "/%2E%2E/..//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "\u0000//evil.example",
    "https://evil.example",
    "http://evil.example/meetings",
    "HTTPS://evil.example",
    "https:evil.example",
    "ftp://evil.example",
    "http://readout.invalid@evil.example",
    "//evil.example@readout.invalid",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "java\nscript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
  ])("sends %j to the home page", (raw) => {
    expect(landsOn(raw)).not.toBe(APP); // the attack is real
    expect(safeNext(raw)).toBe("/");
  });

  // Encoded slashes and backslashes stay encoded: a path on this site, never a host.
  it.each(["%2F%2Fevil.example", "/%2F%2Fevil.example", "/%5Cevil.example", "/%5C%5Cevil.example", "/%2F/evil.example"])(
    "keeps the encoded %j on this site",
    (raw) => {
      const path = safeNext(raw);
      expect(path).toMatch(/^\/%/);
      expect(landsOn(path)).toBe(APP);
    },
  );

  it.each(["", null, undefined, 42, {}, ["/meetings"], "x".repeat(3000)])("turns %j into the home page", (raw) => {
    expect(safeNext(raw)).toBe("/");
  });

  it("never returns a path that a browser would read as another host", () => {
    const pieces = ["/", "\\", ".", "..", "%2e", "%2f", "%5c", "\t", "\n", "evil.example", "@", "#"];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) for (const d of pieces) {
      const path = safeNext(a + b + c + d);
      expect(path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\"), `${JSON.stringify(a + b + c + d)} -> ${path}`).toBe(true);
      expect(landsOn(path)).toBe(APP);
    }
  });

  it("accepts an absolute URL on the given origin, as its path", () => {
    expect(safeNext(`${APP}/readouts?q=x`, APP)).toBe("/readouts?q=x");
    expect(safeNext("http://readout.example.org:8443/readouts", APP)).toBe("/");
    expect(safeNext("https://readout.example.org/readouts", APP)).toBe("/");
    expect(safeNext(`${APP}//evil.example`, APP)).toBe("/");
  });
});
