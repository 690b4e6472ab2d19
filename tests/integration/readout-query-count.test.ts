import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { authorizeReader } from "@/lib/dal/authorize";
import { getReadoutDocument } from "@/lib/dal/readout-documents";
import { getReadout, listPublishedVersions } from "@/lib/dal/readouts";
import type { Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { partyList } from "@/lib/ledger/parties";
import { updateMeeting } from "@/lib/meetings/save-meeting";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { freshDatabase } from "../support/database";
import { actAs, createUser, meetingInput } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

let counted: PrismaClient<"query">;
let queries = 0;

beforeAll(async () => {
  const { url } = await freshDatabase();
  counted = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
  counted.$on("query", () => {
    queries += 1;
  });
  (globalThis as { readoutPrisma?: unknown }).readoutPrisma = counted;
});

async function publishedMeeting(prisma: Db, size: number) {
  const editor = await staff(prisma, "editor");
  const reviewer = await staff(prisma, "reviewer");
  const base = meetingInput();
  const discussions = Array.from({ length: size }, (_, i) => ({ ...base.discussions[0]!, key: randomUUID(), title: `Discussion ${i}` }));
  const countries = partyList().filter((p) => p.kind === "country").map((p) => p.name);
  const commitments = Array.from({ length: size * 3 }, (_, i) => ({ ...base.commitments[0]!, key: randomUUID(), discussionKey: discussions[i % size]!.key, party: countries[i]! }));
  const participants = Array.from({ length: size }, (_, i) => ({ ...base.participants[0]!, key: randomUUID(), name: countries[i]! }));
  const { id } = await draftMeeting(editor, { discussions, commitments, participants });
  await transitionMeeting(editor, id, "submit", { version: 1 });
  await transitionMeeting(reviewer, id, "approve", { version: 1 });
  return id;
}

async function countQueries(work: () => Promise<unknown>) {
  queries = 0;
  await work();
  return queries;
}

describe("readout page cost", () => {
  it("does not grow with the number of discussions, commitments and participants", async () => {
    const small = await publishedMeeting(counted as unknown as Db, 1);
    const large = await publishedMeeting(counted as unknown as Db, 40);
    await actAs(counted as unknown as Db, await createUser(counted as unknown as Db, "viewer"));

    const page = (id: string) => async () => {
      const readout = await getReadout(id);
      await listPublishedVersions(id);
      return readout;
    };
    const smallCount = await countQueries(page(small));
    const largeCount = await countQueries(page(large));
    expect((await getReadout(large))?.revision.commitments).toHaveLength(120);
    expect(largeCount).toBe(smallCount);
    expect(smallCount).toBeLessThanOrEqual(12); // sessions, the meeting, the revision and its three lists, the versions

    // Revisions never change, so a second view skips reloading the content.
    const warm = await countQueries(page(large));
    expect(warm).toBeLessThan(largeCount);
  });

  it("reads a readable readout and its published versions in one statement beyond the reader check", async () => {
    const editor = await staff(counted as unknown as Db, "editor");
    const reviewer = await staff(counted as unknown as Db, "reviewer");
    const { id, input } = await draftMeeting(editor, { title: "First" });
    await transitionMeeting(editor, id, "submit", { version: 1 });
    await transitionMeeting(reviewer, id, "approve", { version: 1 });
    await updateMeeting(editor, id, 1, { ...input, title: "Corrected" });
    await transitionMeeting(editor, id, "submit", { version: 2, correctionNote: "Fixed the title." });
    await transitionMeeting(reviewer, id, "approve", { version: 2, noteConfirmed: true });
    await actAs(counted as unknown as Db, await createUser(counted as unknown as Db, "viewer"));

    const expected = { versions: await listPublishedVersions(id) };
    const document = await getReadoutDocument(id);
    expect(document?.versions).toEqual(expected.versions);
    expect(document?.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(document?.document).toMatchObject({ meetingId: id, title: "Corrected", corrections: [{ version: 2, note: "Fixed the title." }] });
    expect(document?.isLatest).toBe(true);

    const check = await countQueries(() => authorizeReader());
    expect(await countQueries(() => getReadoutDocument(id))).toBe(check + 1);
    expect(await countQueries(() => getReadoutDocument("c" + "0".repeat(24)))).toBe(check + 1);
  });
});
