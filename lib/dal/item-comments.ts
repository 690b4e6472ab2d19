import "server-only";
import { db } from "@/lib/db";
import { authorize } from "@/lib/dal/authorize";
import { parseId } from "@/lib/validation/parse";

export type ItemCommentView = {
  id: string;
  itemKind: "participant" | "discussion" | "commitment";
  itemKey: string;
  itemLabel: string;
  body: string;
  authorName: string | null;
  createdAt: Date;
  version: number;
  resolvedAt: Date | null;
  resolverName: string | null;
  /** Closed by an approval that overrode it, not resolved by the editors. */
  overridden: boolean;
};

/** A meeting's item comments, open ones first, for staff and reviewers. */
export async function listItemComments(meetingId: string): Promise<ItemCommentView[]> {
  await authorize("read:meeting:any");
  if (!parseId(meetingId)) return [];
  const rows = await db().itemComment.findMany({
    where: { meetingId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      itemKind: true,
      itemKey: true,
      itemLabel: true,
      body: true,
      createdAt: true,
      resolvedAt: true,
      overridden: true,
      author: { select: { name: true } },
      resolvedBy: { select: { name: true } },
      revision: { select: { number: true } },
    },
  });
  const views = rows.map(({ author, resolvedBy, revision, ...c }) => ({
    ...c,
    authorName: author?.name ?? null,
    resolverName: resolvedBy?.name ?? null,
    version: revision.number,
  }));
  return [...views.filter((c) => !c.resolvedAt), ...views.filter((c) => c.resolvedAt)];
}
