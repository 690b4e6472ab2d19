import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

export const ROLES = ["admin", "editor", "reviewer", "viewer"] as const satisfies readonly Role[];

export const ROLE_LABELS = {
  admin: "Admin",
  editor: "Editor",
  reviewer: "Reviewer",
  viewer: "Viewer",
} satisfies Record<Role, string>;
