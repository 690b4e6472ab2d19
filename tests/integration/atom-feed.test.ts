import { SaxesParser } from "saxes";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as feed } from "@/app/(app)/readouts/feed.atom/route";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

// What an editor can type into a title or summary and Postgres will store.
const TITLE = "Talks ]]><script>alert(1)</script> & <b>more</b> \uFFFF\uFFFE\u0007 end";

beforeAll(async () => {
  const { prisma } = await freshDatabase();
  const editor = await staff(prisma, "editor");
  const reviewer = await staff(prisma, "reviewer");
  const { id } = await draftMeeting(editor, { title: TITLE, summary: `Summary ${TITLE}` });
  await transitionMeeting(editor, id, "submit", { version: 1 });
  await transitionMeeting(reviewer, id, "approve", { version: 1 });
  await actAs(prisma, await createUser(prisma, "viewer"));
});

describe("the Atom feed", () => {
  it("is well-formed XML with the hostile title as plain text", async () => {
    const response = await feed(new Request("http://readout.test/readouts/feed.atom"));
    const xml = await response.text();
    const titles: string[] = [];
    let inTitle = false;
    const parser = new SaxesParser({ xmlns: true });
    parser.on("error", (error) => {
      throw error;
    });
    parser.on("opentag", (tag) => {
      inTitle = tag.local === "title";
      if (inTitle) titles.push("");
    });
    parser.on("text", (text) => {
      if (inTitle) titles[titles.length - 1] += text;
    });
    parser.on("closetag", () => {
      inTitle = false;
    });
    parser.write(xml).close();
    expect(titles).toContain("Talks ]]><script>alert(1)</script> & <b>more</b>  end");
    expect(xml).not.toContain("<script>");
  });

  it("links to READOUT_URL, or by path, never to the host a request names", async () => {
    const forged = () => new Request("http://evil.example/readouts/feed.atom", { headers: { host: "evil.example", "x-forwarded-host": "evil.example" } });
    const byPath = await (await feed(forged())).text();
    expect(byPath).not.toContain("evil.example");
    expect(byPath).toMatch(/<link rel="alternate" href="\/readouts\/[^"]+"\/>/);
    process.env.READOUT_URL = "https://readout.example.org";
    try {
      const configured = await (await feed(forged())).text();
      expect(configured).not.toContain("evil.example");
      expect(configured).toContain('href="https://readout.example.org/readouts/');
    } finally {
      delete process.env.READOUT_URL;
    }
  });
});
