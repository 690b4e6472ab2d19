import { beforeAll, describe, expect, it } from "vitest";
import { saveMeetingAction } from "@/app/(app)/meetings/actions";
import { commentAction, transitionAction } from "@/app/(app)/meetings/[id]/actions";
import { addAliasAction } from "@/app/(app)/admin/parties/actions";
import type { Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db";
import type { ActionResult } from "@/lib/errors";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { freshDatabase } from "../support/database";
import { actAs, createUser, meetingInput } from "../support/factories";
import { meetingFormData, redirectTarget } from "../support/forms";
import { draftMeeting, staff } from "../support/meetings";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

type Case = {
  name: string;
  allowed: Role[];
  state: "none" | "draft" | "in_review" | "published";
  call: (meeting: { id: string; version: number }) => Promise<ActionResult<unknown>>;
};

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const move = (name: string) => (m: { id: string; version: number }) =>
  transitionAction(null, form({ meetingId: m.id, move: name, version: String(m.version), comment: "A reason." }));
const settle = async (call: () => Promise<ActionResult>): Promise<ActionResult> => {
  try {
    return await call();
  } catch (error) {
    if (redirectTarget(error)) return { ok: true, data: undefined };
    throw error;
  }
};

// Written out by hand, not derived from the role map, so a change to the map that
// widens access makes this fail.
const CASES: Case[] = [
  { name: "create a meeting", allowed: ["admin", "editor"], state: "none", call: () => settle(() => saveMeetingAction(null, meetingFormData(meetingInput()))) },
  { name: "edit a draft", allowed: ["admin", "editor"], state: "draft", call: (m) => settle(() => saveMeetingAction(null, meetingFormData(meetingInput(), m))) },
  { name: "edit a published record", allowed: ["admin", "editor"], state: "published", call: (m) => settle(() => saveMeetingAction(null, meetingFormData(meetingInput(), m))) },
  { name: "submit for review", allowed: ["admin", "editor"], state: "draft", call: move("submit") },
  { name: "withdraw from review", allowed: ["admin", "editor"], state: "in_review", call: move("withdraw") },
  { name: "approve", allowed: ["admin", "reviewer"], state: "in_review", call: move("approve") },
  { name: "request changes", allowed: ["admin", "reviewer"], state: "in_review", call: move("request_changes") },
  { name: "archive", allowed: ["admin", "reviewer"], state: "published", call: move("archive") },
  { name: "comment", allowed: ["admin", "editor", "reviewer"], state: "draft", call: (m) => commentAction(null, form({ meetingId: m.id, body: "Hi" })) },
  { name: "add a party alias", allowed: ["admin"], state: "none", call: () => addAliasAction(null, form({ party: "Greece", alias: `Hellas ${crypto.randomUUID()}` })) },
];

async function meetingIn(state: Case["state"]) {
  if (state === "none") return { id: "", version: 0 };
  const author = await staff(prisma, "editor");
  const reviewer = await staff(prisma, "reviewer");
  const { id } = await draftMeeting(author);
  if (state !== "draft") await transitionMeeting(author, id, "submit", { version: 1 });
  if (state === "published") await transitionMeeting(reviewer, id, "approve", { version: 1 });
  return { id, version: 1 };
}

const snapshot = async () => ({
  meetings: await prisma.meeting.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, version: true } }),
  reviews: await prisma.review.count(),
  comments: await prisma.comment.count(),
  aliases: await prisma.partyAlias.count(),
});

describe("every action as every role", () => {
  for (const c of CASES) {
    for (const role of ["admin", "editor", "reviewer", "viewer"] as const) {
      const allowed = c.allowed.includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${c.name}`, async () => {
        const meeting = await meetingIn(c.state);
        await actAs(prisma, await createUser(prisma, role));
        const before = await snapshot();
        const result = await c.call(meeting);
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
        } else {
          expect(result).toMatchObject({ ok: false, code: "forbidden" });
          expect(await snapshot()).toEqual(before);
        }
      });
    }
  }
});
