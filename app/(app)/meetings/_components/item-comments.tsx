"use client";

import { createContext, useContext, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ItemCommentView } from "@/lib/dal/item-comments";
import { formatDateTime } from "@/lib/format";
import { setItemCommentResolvedAction } from "../[id]/item-comment-actions";

type ItemCommentsValue = { comments: ItemCommentView[]; canResolve: boolean; canReopen: boolean };

const ItemCommentsContext = createContext<ItemCommentsValue>({ comments: [], canResolve: false, canReopen: false });

/** Gives the form's sections the reviewers' comments on their items (none on a new record). */
export function ItemCommentsProvider({ value, children }: { value: ItemCommentsValue; children: React.ReactNode }) {
  return <ItemCommentsContext.Provider value={value}>{children}</ItemCommentsContext.Provider>;
}

/** The comments on one item, found by the key it keeps across versions. */
export function ItemComments({ itemKey }: { itemKey: string }) {
  const { comments, canResolve, canReopen } = useContext(ItemCommentsContext);
  const mine = comments.filter((c) => c.itemKey === itemKey);
  if (mine.length === 0) return null;
  return (
    <ul aria-label="Reviewer comments on this item" className="col-span-full space-y-2">
      {mine.map((c) => (
        <ItemComment key={c.id} comment={c} canResolve={canResolve} canReopen={canReopen} />
      ))}
    </ul>
  );
}

/** Comments on items this version no longer has: they still block approval, so they stay in sight. */
export function RemovedItemComments({ presentKeys }: { presentKeys: string[] }) {
  const { comments, canResolve, canReopen } = useContext(ItemCommentsContext);
  const present = new Set(presentKeys);
  const removed = comments.filter((c) => !present.has(c.itemKey));
  if (removed.length === 0) return null;
  return (
    <section aria-labelledby="removed-item-comments" className="space-y-2 rounded-lg border border-amber-300 bg-white p-4">
      <h2 id="removed-item-comments" className="font-semibold">
        Comments on items no longer in this record
      </h2>
      <ul className="space-y-2">
        {removed.map((c) => (
          <ItemComment key={c.id} comment={c} showItem canResolve={canResolve} canReopen={canReopen} />
        ))}
      </ul>
    </section>
  );
}

export function ItemComment({ comment, canResolve, canReopen, showItem = false }: { comment: ItemCommentView; canResolve: boolean; canReopen: boolean; showItem?: boolean }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const open = comment.resolvedAt === null;
  const toggle = (resolved: boolean) =>
    startTransition(async () => {
      const result = await setItemCommentResolvedAction(comment.id, resolved);
      setError(result.ok ? null : result.formError);
    });
  return (
    <li
      data-item-comment={open ? "open" : "resolved"}
      className={`rounded-md border px-3 py-2 text-sm ${open ? "border-amber-300 bg-amber-50 text-amber-950" : "border-slate-200 bg-slate-50 text-slate-700"}`}
    >
      {showItem ? (
        <p className="font-medium">
          {KIND_LABELS[comment.itemKind]}: {comment.itemLabel}
        </p>
      ) : null}
      <p className="whitespace-pre-line">{comment.body}</p>
      <p className="mt-1 text-xs">
        {comment.authorName ?? "A former user"}, on version {comment.version}, {formatDateTime(comment.createdAt)}
        {open
          ? " · open"
          : comment.overridden
            ? ` · not resolved: approved anyway${comment.resolverName ? ` by ${comment.resolverName}` : ""} (the reason is under Reviews and comments)`
            : ` · resolved${comment.resolverName ? ` by ${comment.resolverName}` : ""}`}
      </p>
      {error ? (
        <p role="alert" className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {open && canResolve ? (
        <Button type="button" variant="secondary" className="mt-2" disabled={pending} onClick={() => toggle(true)}>
          Mark resolved
        </Button>
      ) : null}
      {!open && canReopen ? (
        <Button type="button" variant="secondary" className="mt-2" disabled={pending} onClick={() => toggle(false)}>
          Reopen
        </Button>
      ) : null}
    </li>
  );
}

export const KIND_LABELS = { participant: "Participant", discussion: "Discussion", commitment: "Commitment" } as const;
