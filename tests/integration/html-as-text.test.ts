import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import ReadoutPage from "@/app/(app)/readouts/[id]/page";
import { saveMeetingAction } from "@/app/(app)/meetings/actions";
import type { Db } from "@/lib/db";
import { normalizePartyName } from "@/lib/ledger/normalize-party";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { freshDatabase } from "../support/database";
import { actAs, createUser, meetingInput } from "../support/factories";
import { meetingFormData, redirectTarget } from "../support/forms";
import { staff } from "../support/meetings";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

// Each field gets its own payload, so the page must show every one of them as text.
const attack = (field: string) => `<script>alert(${field})</script><img src=x onerror=alert(${field})>`;
// As text, "<" is escaped (React writes &lt;, hast-util-to-html &#x3C;) and ">" may be escaped or not.
const LT = "(?:&lt;|&#x3C;)";
const GT = "(?:&gt;|>)";
const shownAsText = (field: string) => new RegExp(`${LT}script${GT}alert\\(${field}\\)${LT}/script${GT}${LT}img src=x onerror=alert\\(${field}\\)${GT}`);

describe("HTML typed into a record", () => {
  it("is stored as typed and shown to readers as text, in plain and in Markdown fields", async () => {
    const editor = await createUser(prisma, "editor");
    await actAs(prisma, editor);
    // Party names come from records; an admin-named party is as untrusted as any text.
    for (const field of ["participant", "party"]) {
      const name = attack(field);
      await prisma.party.create({
        data: { kind: "organisation", name, slug: `html-${field}`, aliases: { create: { alias: name, normalized: normalizePartyName(name) } } },
      });
    }
    const base = meetingInput();
    const input = meetingInput({
      title: attack("title"),
      location: attack("location"),
      chair: attack("chair"),
      summary: attack("summary"),
      implications: attack("implications"),
      participants: [{ ...base.participants[0]!, name: attack("participant") }],
      discussions: [{ ...base.discussions[0]!, title: attack("discussion"), notes: attack("notes"), outcome: attack("outcome") }],
      commitments: [{ ...base.commitments[0]!, discussionKey: base.discussions[0]!.key, party: attack("party"), description: attack("description") }],
    });
    const saved = await saveMeetingAction(null, meetingFormData(input)).catch((error: unknown) => redirectTarget(error));
    const id = String(saved).match(/\/meetings\/([^?]+)/)![1]!;
    expect((await prisma.revision.findFirstOrThrow({ where: { meetingId: id } })).title).toBe(attack("title"));
    await transitionMeeting(await staff(prisma, "editor"), id, "submit", { version: 1 });
    await transitionMeeting(await staff(prisma, "reviewer"), id, "approve", { version: 1 });

    await actAs(prisma, await createUser(prisma, "viewer"));
    const html = renderToStaticMarkup(await ReadoutPage({ params: Promise.resolve({ id }) }));

    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i); // no handler attribute inside any real tag
    for (const field of ["title", "location", "chair", "summary", "implications", "participant", "discussion", "notes", "outcome", "party", "description"]) {
      expect(html, field).toMatch(shownAsText(field));
    }
  });
});
