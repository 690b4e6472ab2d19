import "server-only";
import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/audit";
import { db } from "@/lib/db";
import { authorize } from "@/lib/dal/authorize";
import { PAGE_SIZE } from "@/lib/pagination";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(v)));

/** Audit filters from the query string; anything unrecognised is dropped, not an error. */
export function parseAuditFilters(raw: Record<string, string | string[] | undefined>) {
  const one = (key: string) => (Array.isArray(raw[key]) ? raw[key][0] : raw[key])?.trim() || undefined;
  const action = z.enum(AUDIT_ACTIONS).safeParse(one("action"));
  const from = day.safeParse(one("from"));
  const to = day.safeParse(one("to"));
  return {
    action: action.success ? action.data : undefined,
    actor: one("actor")?.slice(0, 320),
    entity: one("entity")?.slice(0, 100),
    from: from.success ? from.data : undefined,
    to: to.success ? to.data : undefined,
  };
}

export type AuditFilters = ReturnType<typeof parseAuditFilters>;

export async function listAuditEvents(filters: AuditFilters, page: number) {
  await authorize("read:audit:any");
  const where = {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actor ? { actorEmail: { contains: filters.actor, mode: "insensitive" as const } } : {}),
    ...(filters.entity ? { entityId: filters.entity } : {}),
    ...(filters.from || filters.to
      ? {
          at: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
            ...(filters.to ? { lt: new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const [total, items] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
  ]);
  return { total, items };
}
