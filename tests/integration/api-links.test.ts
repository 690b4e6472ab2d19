import { beforeAll, describe, expect, it } from "vitest";
import { GET as pledgeOne } from "@/app/api/v1/pledges/[number]/route";
import { GET as pledgeList } from "@/app/api/v1/pledges/route";
import { GET as readoutOne } from "@/app/api/v1/readouts/[id]/route";
import { GET as readoutList } from "@/app/api/v1/readouts/route";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

let meetingId: string;

beforeAll(async () => {
  const { prisma } = await freshDatabase();
  const editor = await staff(prisma, "editor");
  const reviewer = await staff(prisma, "reviewer");
  ({ id: meetingId } = await draftMeeting(editor));
  await transitionMeeting(editor, meetingId, "submit", { version: 1 });
  await transitionMeeting(reviewer, meetingId, "approve", { version: 1 });
  await actAs(prisma, await createUser(prisma, "viewer"));
});

const forged = (path: string) => new Request(`http://evil.example${path}`, { headers: { host: "evil.example", "x-forwarded-host": "evil.example" } });

async function everyBody(): Promise<string> {
  const bodies = await Promise.all([
    readoutList(forged("/api/v1/readouts")),
    readoutOne(forged(`/api/v1/readouts/${meetingId}`), { params: Promise.resolve({ id: meetingId }) }),
    pledgeList(forged("/api/v1/pledges")),
  ].map(async (r) => (await r).text()));
  const pledges = JSON.parse(bodies[2]!) as { data: { number: number }[] };
  const first = pledges.data[0];
  if (first) bodies.push(await (await pledgeOne(forged(`/api/v1/pledges/${first.number}`), { params: Promise.resolve({ number: String(first.number) }) })).text());
  return bodies.join("\n");
}

describe("the API's links", () => {
  it("are paths, or on READOUT_URL when it is set, never on the host a request names", async () => {
    const byPath = await everyBody();
    expect(byPath).toContain(`"url":"/readouts/${meetingId}`);
    expect(byPath).not.toContain("evil.example");
    process.env.READOUT_URL = "https://readout.example.org";
    try {
      const configured = await everyBody();
      expect(configured).toContain(`"url":"https://readout.example.org/readouts/${meetingId}`);
      expect(configured).not.toContain("evil.example");
    } finally {
      delete process.env.READOUT_URL;
    }
  });
});
