import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

export type OptionRow = { what: "series" | "recipient"; value: string; label: string };

/**
 * The series and recipients of published pledges, for the filter menus, in
 * one query. Series by a skip scan over their index (one probe per series),
 * recipients by one probe per party: neither reads every pledge.
 */
export function optionsSql(): Prisma.Sql {
  return Prisma.sql`
    (WITH RECURSIVE distinct_series AS (
       (SELECT series FROM "Pledge" WHERE series IS NOT NULL AND "publishedAt" IS NOT NULL ORDER BY series LIMIT 1)
       UNION ALL
       SELECT (SELECT p.series FROM "Pledge" p WHERE p.series > s.series AND p."publishedAt" IS NOT NULL ORDER BY p.series LIMIT 1)
       FROM distinct_series s WHERE s.series IS NOT NULL
     )
     SELECT 'series' AS what, series AS value, series AS label FROM distinct_series WHERE series IS NOT NULL LIMIT 500)
    UNION ALL
    (SELECT 'recipient', pa.slug, pa.name FROM "Party" pa
     WHERE EXISTS (SELECT 1 FROM "Pledge" p WHERE p."recipientId" = pa.id AND p."publishedAt" IS NOT NULL)
     ORDER BY pa.name LIMIT 500)`;
}
