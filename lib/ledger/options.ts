import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

export type OptionRow = { what: "series" | "recipient"; value: string; label: string };

/** The series and recipients of published pledges, for the filter menus, in one query. */
export function optionsSql(): Prisma.Sql {
  return Prisma.sql`
    (SELECT 'series' AS what, series AS value, series AS label FROM "Pledge"
     WHERE "publishedAt" IS NOT NULL AND series IS NOT NULL GROUP BY series ORDER BY series LIMIT 500)
    UNION ALL
    (SELECT 'recipient', pa.slug, pa.name FROM "Party" pa
     WHERE EXISTS (SELECT 1 FROM "Pledge" p WHERE p."recipientId" = pa.id AND p."publishedAt" IS NOT NULL)
     ORDER BY pa.name LIMIT 500)`;
}
