import { describe, expect, it } from "vitest";
import { safeNext } from "@/lib/http/safe-next";

describe("safeNext", () => {
  it.each(["/meetings", "/readouts?q=air%20defence&page=2", "/meetings/abc/history"])("keeps the local path %s", (path) => {
    expect(safeNext(path)).toBe(path);
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined, 42, "/\nx", "x".repeat(3000)])(
    "turns %j into the home page",
    (raw) => {
      expect(safeNext(raw)).toBe("/");
    },
  );
});
