import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";

export const AUDIT_ACTIONS = [
  "user.sign_in",
  "user.sign_in_failed",
  "user.sign_out",
  "user.create",
  "user.role_change",
  "user.deactivate",
  "user.reactivate",
  "user.password_change",
  "user.password_reset_issued",
  "meeting.create",
  "meeting.update",
  "meeting.submit",
  "meeting.withdraw",
  "meeting.approve",
  "meeting.request_changes",
  "meeting.archive",
  "meeting.restore",
  "meeting.discard",
  "meeting.retract",
  "meeting.comment",
  "meeting.export",
  "event.propose",
  "event.withdraw",
  "event.approve",
  "event.reject",
  "import.propose",
  "import.approve",
  "import.reject",
  "rates.upload",
  "ledger.export",
  "party.alias_add",
  "meeting.item_comment",
  "meeting.item_comment_resolve",
  "meeting.item_comment_reopen",
  "setting.change",
  "token.create",
  "token.revoke",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditActor = { id: string; email: string; role: Role } | { id?: undefined; email: string; role?: undefined };

export type AuditEntry = {
  actor: AuditActor | null;
  action: AuditAction;
  // Never a session: session ids are credentials, and people read this log.
  entityType: "user" | "meeting" | "pledge_event" | "pledge_import" | "rate_upload" | "ledger" | "party" | "setting" | "access_token";
  entityId?: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string;
};

/** Writes one audit entry; pass the transaction that makes the change it describes. */
export async function recordAudit(client: Db | Tx, entry: AuditEntry): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? "",
      actorRole: entry.actor?.role ?? "",
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? "",
      ...(entry.before === undefined ? {} : { before: entry.before }),
      ...(entry.after === undefined ? {} : { after: entry.after }),
      ip: entry.ip ?? "",
    },
  });
}
