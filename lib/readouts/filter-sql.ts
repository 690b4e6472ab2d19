import { Prisma } from "@/lib/generated/prisma/client";
import type { ReadoutQuery } from "@/lib/readouts/query";
import { dayRange } from "@/lib/validation/parse";

// A commitment's status once it belongs to a pledge: progress is recorded as
// approved events on the pledge (decision 0015); the status a commitment was
// recorded with only counts without one.
const PLEDGE_STATUS = {
  pledged: Prisma.sql`pl.status = 'open' AND pl."allocatedAmount" = 0 AND pl."allocatedQuantity" = 0`,
  allocated: Prisma.sql`pl.status IN ('open', 'partly_delivered') AND (pl."allocatedAmount" > 0 OR pl."allocatedQuantity" > 0)`,
  delivered: Prisma.sql`pl.status = 'delivered'`,
  cancelled: Prisma.sql`pl.status = 'cancelled'`,
} satisfies Record<NonNullable<ReadoutQuery["status"]>, Prisma.Sql>;

/**
 * The list's filters (everything but the words searched) as one SQL condition
 * on the revision alias `r`, so that pages and counts are computed in Postgres.
 */
export function readoutFilterSql(query: ReadoutQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  const { gte, lte } = dayRange(query.from, query.to);
  if (gte) conditions.push(Prisma.sql`r."startsAt" >= ${gte}`);
  if (lte) conditions.push(Prisma.sql`r."startsAt" <= ${lte}`);
  if (query.series) conditions.push(Prisma.sql`lower(r.series) = lower(${query.series})`);
  if (query.participant) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Participant" p WHERE p."revisionId" = r.id AND lower(p.name) = lower(${query.participant}))`);
  }
  if (query.topic) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Discussion" d WHERE d."revisionId" = r.id AND d.topic = ${query.topic}::"Topic")`);
  const commitment = commitmentFilterSql(query);
  if (commitment) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Commitment" c WHERE c."revisionId" = r.id AND ${commitment})`);
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/** The list's commitment filters (kind, status) as a SQL condition on the commitment alias `c`, or null when there are none. */
export function commitmentFilterSql(query: Pick<ReadoutQuery, "kind" | "status">): Prisma.Sql | null {
  const commitment: Prisma.Sql[] = [];
  if (query.kind) commitment.push(Prisma.sql`c.kind = ${query.kind}::"CommitmentKind"`);
  if (query.status) {
    commitment.push(Prisma.sql`((c."pledgeId" IS NULL AND c.status = ${query.status}::"CommitmentStatus")
      OR EXISTS (SELECT 1 FROM "Pledge" pl WHERE pl.id = c."pledgeId" AND ${PLEDGE_STATUS[query.status]}))`);
  }
  return commitment.length ? Prisma.join(commitment, " AND ") : null;
}
