import type { Role } from "@/lib/auth/roles";

/**
 * Every permission in Readout. "own" permissions are decided after the record
 * is loaded (see lib/dal); "any" ones depend on the role alone.
 */
export const PERMISSIONS = [
  "read:readout",
  "read:meeting:any",
  "create:meeting",
  "update:meeting:any",
  "submit:meeting:any",
  "withdraw:meeting:any",
  "review:meeting:any",
  "archive:meeting:any",
  "comment:meeting:any",
  "manage:user:any",
  "read:audit:any",
  "propose:event:any",
  "review:event:any",
  "import:pledge:any",
  "manage:ledger:any",
  "discard:meeting:any",
  "retract:readout:any",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const STAFF: Permission[] = [
  "read:readout",
  "read:meeting:any",
  "create:meeting",
  "update:meeting:any",
  "submit:meeting:any",
  "withdraw:meeting:any",
  "comment:meeting:any",
  "propose:event:any",
  "import:pledge:any",
  "discard:meeting:any",
];

export const ROLE_PERMISSIONS = {
  admin: [...PERMISSIONS],
  editor: STAFF,
  reviewer: [
    "read:readout",
    "read:meeting:any",
    "review:meeting:any",
    "archive:meeting:any",
    "comment:meeting:any",
    "review:event:any",
    "retract:readout:any",
  ],
  viewer: ["read:readout"],
} satisfies Record<Role, Permission[]>;

export function can(user: { role: Role } | null | undefined, permission: Permission): boolean {
  if (!user) return false;
  return (ROLE_PERMISSIONS[user.role] as readonly Permission[]).includes(permission);
}

/** The roles that hold a permission, for finding who to notify or count. */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => can({ role }, permission));
}
