import { expect } from "vitest";
import { commentAction, transitionAction } from "@/app/(app)/meetings/[id]/actions";
import { saveMeetingAction } from "@/app/(app)/meetings/actions";
import type { TransitionMove } from "@/lib/meetings/transition-meeting";
import { nextState } from "@/lib/workflow/meeting-workflow";
import { meetingInput } from "../../support/factories";
import { meetingFormData } from "../../support/forms";
import { FIXTURE_STATES, makeOwn, meetingIn, type MeetingFixture } from "../../support/matrix/fixtures";
import { grid, type Row } from "../../support/matrix/grid";
import { actionRefusal, defineCase, type Call, type Matrix } from "../../support/matrix/runner";

// Written out by hand, not derived from the role map: a change to the map or
// the workflow that widens access makes a row fail. Legend in support/matrix/grid.ts.

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

/** The meeting a row acts on: in the row's state, created by the caller for the "own" variant. */
async function meeting({ prisma, row, actor }: Omit<Call, "before">): Promise<MeetingFixture> {
  const fixture = await meetingIn(prisma, row.state!);
  if (row.variant === "own") await makeOwn(prisma, fixture.id, actor);
  return fixture;
}

const MOVE_ROWS: Record<TransitionMove, Row[]> = {
  submit: grid`
    who         draft  changes_requested  in_review  published  archived  retracted
    signed_out  auth   auth               auth       auth       auth      auth
    viewer      deny   deny               deny       deny       deny      deny
    editor      ok     ok                 state      state      state     state
    reviewer    deny   deny               deny       deny       deny      deny
    admin       ok     ok                 state      state      state     state`,
  withdraw: grid`
    who         draft  changes_requested  in_review  published  archived  retracted
    signed_out  auth   auth               auth       auth       auth      auth
    viewer      deny   deny               deny       deny       deny      deny
    editor      state  state              ok         state      state     state
    reviewer    deny   deny               deny       deny       deny      deny
    admin       state  state              ok         state      state     state`,
  approve: grid`
    who           draft  changes_requested  in_review  published  archived  retracted
    signed_out    auth   auth               auth       auth       auth      auth
    viewer        deny   deny               deny       deny       deny      deny
    editor        deny   deny               deny       deny       deny      deny
    reviewer      state  state              ok         state      state     state
    reviewer:own  -      -                  deny       -          -         -
    admin         state  state              ok         state      state     state
    admin:own     -      -                  deny       -          -         -`,
  request_changes: grid`
    who           draft  changes_requested  in_review  published  archived  retracted
    signed_out    auth   auth               auth       auth       auth      auth
    viewer        deny   deny               deny       deny       deny      deny
    editor        deny   deny               deny       deny       deny      deny
    reviewer      state  state              ok         state      state     state
    reviewer:own  -      -                  deny       -          -         -
    admin         state  state              ok         state      state     state
    admin:own     -      -                  deny       -          -         -`,
  discard: grid`
    who         draft  changes_requested  in_review  published  archived  retracted
    signed_out  auth   auth               auth       auth       auth      auth
    viewer      deny   deny               deny       deny       deny      deny
    editor      ok     ok                 state      state      state     state
    reviewer    deny   deny               deny       deny       deny      deny
    admin       ok     ok                 state      state      state     state`,
  archive: grid`
    who         draft  changes_requested  in_review  published  archived  retracted
    signed_out  auth   auth               auth       auth       auth      auth
    viewer      deny   deny               deny       deny       deny      deny
    editor      deny   deny               deny       deny       deny      deny
    reviewer    state  state              state      ok         state     state
    admin       state  state              state      ok         state     state`,
  restore: grid`
    who         draft  changes_requested  in_review  published  archived  retracted
    signed_out  auth   auth               auth       auth       auth      auth
    viewer      deny   deny               deny       deny       deny      deny
    editor      deny   deny               deny       deny       deny      deny
    reviewer    state  state              state      state      ok        state
    admin       state  state              state      state      ok        state`,
  retract: grid`
    who         draft  changes_requested  in_review  published  archived  retracted
    signed_out  auth   auth               auth       auth       auth      auth
    viewer      deny   deny               deny       deny       deny      deny
    editor      deny   deny               deny       deny       deny      deny
    reviewer    state  state              state      ok         state     state
    admin       state  state              state      ok         state     state`,
};

const transitionCases = (Object.keys(MOVE_ROWS) as TransitionMove[]).map((move) =>
  defineCase({
    name: move,
    rows: MOVE_ROWS[move],
    fixture: meeting,
    shared: true,
    call: (m) => transitionAction(null, form({ meetingId: m.id, move, version: "1", comment: "A reason.", reason: "A reason." })),
    refusal: actionRefusal,
    effect: async (m, outcome, { prisma, actor, row }) => {
      const gone = move === "discard" && FIXTURE_STATES[row.state!].publication === "unpublished";
      if (gone) expect(outcome.redirect).toBe("/meetings?discarded=1");
      else expect(outcome.returned).toMatchObject({ ok: true, message: expect.any(String) });
      const after = await prisma.meeting.findUniqueOrThrow({ where: { id: m.id }, include: { reviews: true, publishedRevision: true } });
      expect({ workingCopy: after.workingCopy, publication: after.publication }).toEqual(nextState(move, FIXTURE_STATES[row.state!]));
      expect(after.version).toBe(1);
      expect(after.discardedAt !== null).toBe(gone);
      if (move === "archive") expect(after.archiveReason).toBe("A reason.");
      if (move === "retract") expect(after.publishedRevision).toMatchObject({ retractedAt: expect.any(Date), retractionReason: "A reason." });
      // The fixture may have made the same move on its way (a resubmission): count only this caller's.
      const audit = await prisma.auditEvent.findMany({ where: { entityId: m.id, action: `meeting.${move}`, actorId: actor!.id }, select: { actorId: true } });
      expect(audit).toEqual([{ actorId: actor!.id }]);
      if (move === "approve") {
        expect(after.publishedRevisionId).toBe(m.revisionId);
        expect(after.reviews).toContainEqual(expect.objectContaining({ reviewerId: actor!.id, decision: "approved", revisionId: m.revisionId }));
      }
      if (move === "request_changes") {
        expect(after.reviews).toContainEqual(expect.objectContaining({ reviewerId: actor!.id, decision: "changes_requested", comment: "A reason." }));
      }
    },
  }),
);

export const meetingActions: Matrix = {
  "app/(app)/meetings/actions.ts#saveMeetingAction": [
    defineCase({
      name: "create",
      rows: grid`
        who         any
        signed_out  auth
        viewer      deny
        editor      ok
        reviewer    deny
        admin       ok`,
      fixture: async () => meetingInput(),
      call: (input) => saveMeetingAction(null, meetingFormData(input)),
      refusal: actionRefusal,
      effect: async (input, outcome, { prisma, actor }) => {
        const id = outcome.redirect?.match(/^\/meetings\/([^?]+)\?saved=1$/)?.[1];
        expect(id, `redirected to ${outcome.redirect}`).toBeTruthy();
        const created = await prisma.meeting.findUniqueOrThrow({ where: { id }, include: { revisions: true } });
        expect(created).toMatchObject({ workingCopy: "draft", publication: "unpublished", version: 1, createdById: actor!.id, publishedRevisionId: null });
        expect(created.revisions.map((r) => [r.title, r.editorId])).toEqual([[input.title, actor!.id]]);
      },
    }),
    defineCase({
      name: "save a new version",
      rows: grid`
        who         draft  changes_requested  in_review  published  archived  retracted
        signed_out  auth   auth               auth       auth       auth      auth
        viewer      deny   deny               deny       deny       deny      deny
        editor      ok     ok                 state      ok         state     ok
        reviewer    deny   deny               deny       deny       deny      deny
        admin       ok     ok                 state      ok         state     ok`,
      fixture: meeting,
      shared: true,
      call: (m) => saveMeetingAction(null, meetingFormData({ ...m.input, title: `${m.title} (edited)` }, { id: m.id, version: 1 })),
      refusal: actionRefusal,
      effect: async (m, outcome, { prisma, actor, row }) => {
        expect(outcome.returned).toEqual({ ok: true, data: { id: m.id, version: 2 } });
        const after = await prisma.meeting.findUniqueOrThrow({ where: { id: m.id }, include: { revisions: { orderBy: { number: "asc" } } } });
        expect(after).toMatchObject({ ...nextState("edit", FIXTURE_STATES[row.state!]), version: 2 });
        expect(after.revisions.map((r) => [r.number, r.title, r.editorId])).toEqual([
          [1, m.title, expect.any(String)],
          [2, `${m.title} (edited)`, actor!.id],
        ]);
        // Readers keep the published version until the new one is approved.
        expect(after.publishedRevisionId).toBe(row.state === "published" || row.state === "retracted" ? m.revisionId : null);
      },
    }),
  ],
  "app/(app)/meetings/[id]/actions.ts#transitionAction": transitionCases,
  "app/(app)/meetings/[id]/actions.ts#commentAction": [
    defineCase({
      rows: grid`
        who         draft  changes_requested  in_review  published  archived  retracted
        signed_out  auth   auth               auth       auth       auth      auth
        viewer      deny   deny               deny       deny       deny      deny
        editor      ok     ok                 ok         ok         ok        ok
        reviewer    ok     ok                 ok         ok         ok        ok
        admin       ok     ok                 ok         ok         ok        ok`,
      fixture: meeting,
      shared: true,
      keepsFixture: true,
      call: (m, { row }) => commentAction(null, form({ meetingId: m.id, body: `A ${row.who} comment` })),
      refusal: actionRefusal,
      effect: async (m, outcome, { prisma, actor, row }) => {
        expect(outcome.returned).toMatchObject({ ok: true });
        const comments = await prisma.comment.findMany({ where: { meetingId: m.id, authorId: actor!.id }, select: { body: true } });
        expect(comments).toEqual([{ body: `A ${row.who} comment` }]);
        expect(await prisma.auditEvent.count({ where: { entityId: m.id, action: "meeting.comment", actorId: actor!.id } })).toBe(1);
      },
    }),
  ],
};

/** Every workflow move has a table, so a new move cannot go untested. */
export const MOVES_COVERED = Object.keys(MOVE_ROWS);
