/** A revision's participants, discussions and commitments, each in the order recorded. */
export const REVISION_ITEMS = {
  participants: { orderBy: { position: "asc" } },
  discussions: { orderBy: { position: "asc" } },
  commitments: { orderBy: { position: "asc" } },
} as const;
