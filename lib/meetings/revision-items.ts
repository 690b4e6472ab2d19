import type { Prisma } from "@/lib/generated/prisma/client";

/** A revision's participants, discussions, commitments and sources, each in the order recorded. */
export const REVISION_ITEMS = {
  participants: { orderBy: { position: "asc" } },
  discussions: { orderBy: { position: "asc" } },
  commitments: { orderBy: { position: "asc" } },
  sources: { orderBy: { position: "asc" } },
} as const satisfies Prisma.RevisionInclude;

/** One stored version of a meeting with all its items: what pages, exports and diffs read. */
export type RevisionWithItems = Prisma.RevisionGetPayload<{ include: typeof REVISION_ITEMS }>;
