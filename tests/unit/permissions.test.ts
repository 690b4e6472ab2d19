import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/auth/roles";

describe("role permissions", () => {
  it("lets viewers read published readouts and manage their own tokens, nothing else", () => {
    expect(ROLE_PERMISSIONS.viewer).toEqual(["read:readout", "manage:token:own"]);
    expect(can({ role: "viewer" }, "read:meeting:any")).toBe(false);
  });

  it("lets editors record but not review", () => {
    expect(can({ role: "editor" }, "create:meeting")).toBe(true);
    expect(can({ role: "editor" }, "update:meeting:any")).toBe(true);
    expect(can({ role: "editor" }, "review:meeting:any")).toBe(false);
    expect(can({ role: "editor" }, "manage:user:any")).toBe(false);
  });

  it("lets reviewers review but not record", () => {
    expect(can({ role: "reviewer" }, "review:meeting:any")).toBe(true);
    expect(can({ role: "reviewer" }, "create:meeting")).toBe(false);
    expect(can({ role: "reviewer" }, "update:meeting:any")).toBe(false);
  });

  it("gives admins every permission", () => {
    for (const permission of PERMISSIONS) expect(can({ role: "admin" }, permission)).toBe(true);
  });

  it("denies everything to nobody", () => {
    expect(can(null, "read:readout")).toBe(false);
    expect(can(undefined, "read:readout")).toBe(false);
  });

  it("gives the anonymous reader read:readout and nothing else", () => {
    expect(PERMISSIONS.filter((p) => can({ anonymous: true }, p))).toEqual(["read:readout"]);
  });

  it("holds a token to its scope and to its owner's role, whichever is narrower", () => {
    for (const role of ROLES) {
      expect(PERMISSIONS.filter((p) => can({ role, scope: "read" }, p))).toEqual(["read:readout"]);
    }
    expect(can({ role: "admin", scope: "read" }, "manage:user:any")).toBe(false);
    expect(can({ role: "admin", scope: "read" }, "read:meeting:any")).toBe(false);
  });
});
