import { expect } from "vitest";
import { addItemCommentAction, setItemCommentResolvedAction } from "@/app/(app)/meetings/[id]/item-comment-actions";
import type { Db } from "@/lib/db";
import { addItemComment } from "@/lib/meetings/item-comments";
import { staff } from "../../support/meetings";
import { makeOwn, meetingIn, type MeetingFixture } from "../../support/matrix/fixtures";
import { grid } from "../../support/matrix/grid";
import { actionRefusal, defineCase, type Call, type Matrix } from "../../support/matrix/runner";

// Item comments (docs/decisions/0025-item-comments-and-review-queue.md). Legend in support/matrix/grid.ts.

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

async function meeting({ prisma, row, actor }: Omit<Call, "before">): Promise<MeetingFixture> {
  const fixture = await meetingIn(prisma, row.state!);
  if (row.variant === "own") await makeOwn(prisma, fixture.id, actor);
  return fixture;
}

/** A meeting in review with one item comment, open or already resolved. */
async function commented(prisma: Db, resolved: boolean) {
  const m = await meetingIn(prisma, "in_review");
  const reviewer = await staff(prisma, "reviewer");
  await addItemComment(reviewer, { meetingId: m.id, item: { kind: "participant", key: m.input.participants[0]!.key }, body: "Is this the right delegation?" });
  const comment = await prisma.itemComment.findFirstOrThrow({ where: { meetingId: m.id } });
  if (resolved) await prisma.itemComment.update({ where: { id: comment.id }, data: { resolvedAt: new Date(), resolvedById: reviewer.id } });
  return { meetingId: m.id, commentId: comment.id };
}

export const reviewActions: Matrix = {
  "app/(app)/meetings/[id]/item-comment-actions.ts#addItemCommentAction": [
    defineCase({
      rows: grid`
        who           draft  in_review  published  archived
        signed_out    auth   auth       auth       auth
        viewer        deny   deny       deny       deny
        editor        deny   deny       deny       deny
        reviewer      state  ok         state      state
        reviewer:own  -      deny       -          -
        admin         state  ok         state      state
        admin:own     -      deny       -          -`,
      fixture: meeting,
      shared: true,
      keepsFixture: true,
      call: (m, { row }) => addItemCommentAction(null, form({ meetingId: m.id, item: `participant:${m.input.participants[0]!.key}`, body: `A ${row.who} note` })),
      refusal: actionRefusal,
      effect: async (m, outcome, { prisma, actor, row }) => {
        expect(outcome.returned).toMatchObject({ ok: true });
        const comments = await prisma.itemComment.findMany({ where: { meetingId: m.id, authorId: actor!.id }, select: { body: true, itemKind: true, itemKey: true, itemLabel: true, revisionId: true } });
        expect(comments).toEqual([{ body: `A ${row.who} note`, itemKind: "participant", itemKey: m.input.participants[0]!.key, itemLabel: "Poland", revisionId: m.revisionId }]);
        expect(await prisma.auditEvent.count({ where: { entityId: m.id, action: "meeting.item_comment", actorId: actor!.id } })).toBe(1);
      },
    }),
  ],
  "app/(app)/meetings/[id]/item-comment-actions.ts#setItemCommentResolvedAction": [
    defineCase({
      name: "resolve",
      rows: grid`
        who         any
        signed_out  auth
        viewer      deny
        editor      ok
        reviewer    deny
        admin       ok`,
      fixture: ({ prisma }) => commented(prisma, false),
      shared: true,
      call: (c) => setItemCommentResolvedAction(c.commentId, true),
      refusal: actionRefusal,
      effect: async (c, outcome, { prisma, actor }) => {
        expect(outcome.returned).toMatchObject({ ok: true });
        expect(await prisma.itemComment.findUniqueOrThrow({ where: { id: c.commentId } })).toMatchObject({ resolvedById: actor!.id, resolvedAt: expect.any(Date) });
        expect(await prisma.auditEvent.count({ where: { entityId: c.meetingId, action: "meeting.item_comment_resolve", actorId: actor!.id } })).toBe(1);
      },
    }),
    defineCase({
      name: "reopen",
      rows: grid`
        who         any
        signed_out  auth
        viewer      deny
        editor      deny
        reviewer    ok
        admin       ok`,
      fixture: ({ prisma }) => commented(prisma, true),
      shared: true,
      call: (c) => setItemCommentResolvedAction(c.commentId, false),
      refusal: actionRefusal,
      effect: async (c, outcome, { prisma, actor }) => {
        expect(outcome.returned).toMatchObject({ ok: true });
        expect(await prisma.itemComment.findUniqueOrThrow({ where: { id: c.commentId } })).toMatchObject({ resolvedById: null, resolvedAt: null });
        expect(await prisma.auditEvent.count({ where: { entityId: c.meetingId, action: "meeting.item_comment_reopen", actorId: actor!.id } })).toBe(1);
      },
    }),
  ],
};
