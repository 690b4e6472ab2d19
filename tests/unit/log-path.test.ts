import { describe, expect, it } from "vitest";
import { TOKEN_PATH } from "@/lib/auth/tokens";
import { pathOnly } from "@/lib/observability/log";

describe("the path a log line shows", () => {
  it("drops the query string and the fragment", () => {
    expect(pathOnly("/readouts?q=secret&token=abc#x")).toBe("/readouts");
    expect(pathOnly(undefined)).toBe("");
  });

  it("hides the token of every link that opens an account", () => {
    for (const prefix of Object.values(TOKEN_PATH)) {
      expect(pathOnly(`${prefix}/SECRETTOKEN123?token=QSECRET`)).toBe(`${prefix}/[token]`);
      expect(pathOnly(`${prefix}/SECRETTOKEN123/`)).toBe(`${prefix}/[token]/`);
      for (const odd of [`${prefix.toUpperCase()}/SECRETTOKEN123`, `/${prefix}/SECRETTOKEN123`, `/.${prefix}/SECRETTOKEN123`, `${prefix}%2FSECRETTOKEN123`]) {
        expect(pathOnly(odd), odd).not.toContain("SECRETTOKEN123");
      }
    }
  });

  it("keeps other paths as they are", () => {
    expect(pathOnly("/meetings/abc123/edit")).toBe("/meetings/abc123/edit");
    expect(pathOnly("/reset-password")).toBe("/reset-password");
  });
});
