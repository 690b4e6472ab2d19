import { describe, expect, it } from "vitest";
import { checkConfig, configProblems, readoutOrigin } from "@/lib/config";

describe("settings checked at start", () => {
  it("needs nothing for a start without mail or proxies", () => {
    expect(configProblems({})).toEqual([]);
    expect(configProblems({ READOUT_URL: "https://readout.example.org", SMTP_URL: "smtp://mail.example.org", TRUST_PROXY: "10.0.0.0/8" })).toEqual([]);
  });

  it("refuses mail without READOUT_URL, saying what to set", () => {
    expect(configProblems({ SMTP_URL: "smtp://mail.example.org" })).toEqual([expect.stringMatching(/READOUT_URL=https:\/\//)]);
    expect(configProblems({ SMTP_URL: "smtp://mail.example.org", READOUT_URL: "  " })).toHaveLength(1);
    expect(() => checkConfig({ SMTP_URL: "smtp://mail.example.org" })).toThrow(/SMTP_URL is set\) but READOUT_URL is not/);
  });

  it.each(["readout.example.org", "javascript:alert(1)", "ftp://readout.example.org", "https://"])("refuses READOUT_URL=%j", (value) => {
    expect(configProblems({ READOUT_URL: value })).toEqual([expect.stringMatching(/READOUT_URL must be an http or https address/)]);
  });

  it("refuses a TRUST_PROXY that would trust everyone or cannot be read", () => {
    expect(configProblems({ TRUST_PROXY: "true" })).toEqual([expect.stringMatching(/every client choose its own address/)]);
    expect(configProblems({ TRUST_PROXY: "10.0.0.0/99" })).toHaveLength(1);
  });

  it("takes only the origin of READOUT_URL", () => {
    expect(readoutOrigin({ READOUT_URL: "https://readout.example.org/some/path?x=1" })).toBe("https://readout.example.org");
    expect(readoutOrigin({})).toBeNull();
  });
});
