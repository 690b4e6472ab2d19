import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";

describe("passwordProblem", () => {
  it("refuses short passwords", () => {
    expect(passwordProblem("short")).toMatch(/at least 12/);
  });

  it.each(["password1234", "qwertyuiop123", "123456789012", "iloveyou1234", "Password1234!"])("refuses the common password %s", (password) => {
    expect(passwordProblem(password)).toMatch(/Try a longer phrase/);
  });

  it("refuses the user's own email as a password", () => {
    expect(passwordProblem("ada.okafor@readout.example", ["ada.okafor@readout.example"])).not.toBeNull();
  });

  it("accepts a long passphrase", () => {
    expect(passwordProblem("copper kettle orbit lantern")).toBeNull();
  });
});
