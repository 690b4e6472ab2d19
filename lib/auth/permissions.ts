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
  "resolve:comment:any",
  "manage:setting:any",
  "manage:token:own",
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
  "resolve:comment:any",
  "manage:token:own",
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
    "manage:token:own",
    "retract:readout:any",
  ],
  viewer: ["read:readout", "manage:token:own"],
} satisfies Record<Role, Permission[]>;

/** What a personal access token of each scope may do, at most (and never more than its owner's role). */
export const TOKEN_SCOPES = {
  read: ["read:readout"],
} satisfies Record<string, Permission[]>;
export type TokenScope = keyof typeof TOKEN_SCOPES;

/** What anyone holds, signed in or not, while public reading is on (lib/auth/reader.ts). */
export const PUBLIC_PERMISSIONS: readonly Permission[] = ["read:readout"];

/** Someone permissions are decided for: a person by role (through a token: also its scope), or the anonymous reader. */
export type Grantee = { role: Role; scope?: TokenScope } | { role?: undefined; anonymous: true };

export function can(user: Grantee | null | undefined, permission: Permission): boolean {
  if (!user) return false;
  if (!user.role) return user.anonymous === true && PUBLIC_PERMISSIONS.includes(permission);
  if (user.scope && !(TOKEN_SCOPES[user.scope] as readonly Permission[]).includes(permission)) return false;
  return (ROLE_PERMISSIONS[user.role] as readonly Permission[]).includes(permission);
}

/** The roles that hold a permission, for finding who to notify or count. */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => can({ role }, permission));
}
