import "server-only";
import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/audit";
import { describeAuditEvent } from "@/lib/audit-sentences";
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
    db().auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: { actor: { select: { name: true } } },
    }),
  ]);
  const targets = await targetNames(items);
  return {
    total,
    items: items.map(({ actor, ...e }) => ({
      ...e,
      sentence: describeAuditEvent({ ...e, actor: actor?.name || e.actorEmail, target: targets.get(`${e.entityType}:${e.entityId}`) ?? "" }),
    })),
  };
}

/** The names of what a page of entries is about, as they are now: a meeting's newest title, a user's or party's name. */
async function targetNames(entries: { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(entries.filter((e) => e.entityType === type && e.entityId).map((e) => e.entityId))];
  const [meetings, users, parties] = await Promise.all([
    db().$queryRaw<{ id: string; name: string }[]>`
      SELECT DISTINCT ON ("meetingId") "meetingId" AS id, title AS name FROM "Revision"
      WHERE "meetingId" = ANY(${ids("meeting")}) ORDER BY "meetingId", number DESC`,
    db().user.findMany({ where: { id: { in: ids("user") } }, select: { id: true, name: true, email: true } }),
    db().party.findMany({ where: { id: { in: ids("party") } }, select: { id: true, name: true } }),
  ]);
  return new Map([
    ...meetings.map((m) => [`meeting:${m.id}`, m.name] as const),
    ...users.map((u) => [`user:${u.id}`, `${u.name} (${u.email})`] as const),
    ...parties.map((p) => [`party:${p.id}`, p.name] as const),
  ]);
}
