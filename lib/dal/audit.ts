import "server-only";
import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/audit";
import { db } from "@/lib/db";
import { authorize } from "@/lib/dal/authorize";
import { PAGE_SIZE } from "@/lib/pagination";
import { dayRange, parseDay, queryValue, type QueryValues } from "@/lib/validation/parse";

/** Audit filters from the query string; anything unrecognised is dropped, not an error. */
export function parseAuditFilters(raw: QueryValues) {
  const one = (key: string) => queryValue(raw, key);
  const action = z.enum(AUDIT_ACTIONS).safeParse(one("action"));
  return {
    action: action.success ? action.data : undefined,
    actor: one("actor")?.slice(0, 320),
    entity: one("entity")?.slice(0, 100),
    from: parseDay(one("from")) ?? undefined,
    to: parseDay(one("to")) ?? undefined,
  };
}

export type AuditFilters = ReturnType<typeof parseAuditFilters>;

export async function listAuditEvents(filters: AuditFilters, page: number) {
  await authorize("read:audit:any");
  const where = {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actor ? { actorEmail: { contains: filters.actor, mode: "insensitive" as const } } : {}),
    ...(filters.entity ? { entityId: filters.entity } : {}),
    ...(filters.from || filters.to ? { at: dayRange(filters.from, filters.to) } : {}),
  };
  const [total, items] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
  ]);
  return { total, items };
}
