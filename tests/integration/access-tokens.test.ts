import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAccessTokenAction, revokeAccessTokenAction } from "@/app/(app)/account/actions";
import { GET as feed } from "@/app/(app)/readouts/feed.atom/route";
import { GET as apiReadout } from "@/app/api/v1/readouts/[id]/route";
import { GET as apiReadouts } from "@/app/api/v1/readouts/route";
import { authenticateAccessToken } from "@/lib/auth/access-tokens";
import { readAsToken } from "@/lib/auth/reader";
import { getPledge } from "@/lib/dal/ledger-pledge";
import type { Db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { pathOnly } from "@/lib/observability/log";
import { freshDatabase } from "../support/database";
import { actAs, actAsNobody, createUser } from "../support/factories";
import { createLedgerMeeting, createParty, createPledge } from "../support/ledger-factories";
import { meetingIn, type MeetingFixture } from "../support/matrix/fixtures";
import { requestTo } from "../support/request-context";

// Tokens are read with no session at all, and with public reading off (the default).
let prisma: Db;
let published: MeetingFixture;
let draft: MeetingFixture;
let series: string;

beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  series = `Token series ${Date.now()}`;
  [published, draft] = await Promise.all([meetingIn(prisma, "published", { series }), meetingIn(prisma, "draft", { series })]);
});

/** A token the owner creates on their account page, as its secret. */
async function tokenOf(owner: User, days = "30"): Promise<string> {
  await actAs(prisma, owner);
  const form = new FormData();
  form.set("name", "Script");
  form.set("scope", "read");
  form.set("days", days);
  const result = await createAccessTokenAction(null, form);
  if (!result.ok) throw new Error(result.formError);
  actAsNobody();
  return result.data.secret;
}


async function listWith(secret: string | null) {
  const request = await requestTo(`/api/v1/readouts?series=${encodeURIComponent(series)}`);
  if (secret) request.headers.set("authorization", `Bearer ${secret}`);
  return apiReadouts(request);
}

const feedWith = async (secret: string) => feed(await requestTo(`/readouts/feed.atom?token=${encodeURIComponent(secret)}`));

beforeEach(() => actAsNobody());

describe("a personal access token", () => {
  it("reads the API with Authorization: Bearer, and the feed with ?token=", async () => {
    const secret = await tokenOf(await createUser(prisma, "viewer"));
    expect((await listWith(null)).status).toBe(401);
    const response = await listWith(secret);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { id: string }[] }).data.map((r) => r.id)).toEqual([published.id]);
    const atom = await feedWith(secret);
    expect(atom.status).toBe(200);
    expect(await atom.text()).toContain(published.title);
  });

  it("never sees a draft, even when its owner is an admin", async () => {
    const secret = await tokenOf(await createUser(prisma, "admin"));
    const request = await requestTo(`/api/v1/readouts/${draft.id}`);
    request.headers.set("authorization", `Bearer ${secret}`);
    expect((await apiReadout(request, { params: Promise.resolve({ id: draft.id }) })).status).toBe(404);
    expect(await (await feedWith(secret)).text()).not.toContain(draft.title);
  });

  it("gets the readers' view of the ledger even from an admin: no pledge only a draft announces", async () => {
    const admin = await createUser(prisma, "admin");
    const secret = await tokenOf(admin);
    const meeting = await createLedgerMeeting(prisma, { startsAt: "2026-10-14T09:00:00Z", published: false });
    const pledge = await createPledge(prisma, [meeting], { party: await createParty(prisma, "Draftland"), amount: "1000000", currency: "EUR" });
    await actAs(prisma, admin);
    expect(await getPledge(pledge.number)).toMatchObject({ pending: true });
    const reader = (await authenticateAccessToken(secret))!;
    expect(await readAsToken(reader, () => getPledge(pledge.number))).toBeNull();
  });

  it("stops at once when revoked", async () => {
    const owner = await createUser(prisma, "viewer");
    const secret = await tokenOf(owner);
    expect((await listWith(secret)).status).toBe(200);
    const token = await prisma.accessToken.findFirstOrThrow({ where: { userId: owner.id } });
    await actAs(prisma, owner);
    const form = new FormData();
    form.set("tokenId", token.id);
    expect((await revokeAccessTokenAction(null, form)).ok).toBe(true);
    actAsNobody();
    expect((await listWith(secret)).status).toBe(401);
    expect((await feedWith(secret)).status).toBe(401);
  });

  it("stops at once when its owner is deactivated", async () => {
    const owner = await createUser(prisma, "editor");
    const secret = await tokenOf(owner);
    expect((await listWith(secret)).status).toBe(200);
    await prisma.user.update({ where: { id: owner.id }, data: { active: false } });
    expect((await listWith(secret)).status).toBe(401);
    expect((await feedWith(secret)).status).toBe(401);
  });

  it("holds its owner's role as it is at each use, never more than its scope", async () => {
    const owner = await createUser(prisma, "admin");
    const secret = await tokenOf(owner);
    expect(await authenticateAccessToken(secret)).toMatchObject({ id: owner.id, role: "admin", scope: "read" });
    await prisma.user.update({ where: { id: owner.id }, data: { role: "viewer" } });
    expect(await authenticateAccessToken(secret)).toMatchObject({ id: owner.id, role: "viewer", scope: "read" });
    expect((await listWith(secret)).status).toBe(200);
  });

  it("is refused once expired", async () => {
    const owner = await createUser(prisma, "viewer");
    const secret = await tokenOf(owner);
    await prisma.accessToken.updateMany({ where: { userId: owner.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await listWith(secret)).status).toBe(401);
    expect((await feedWith(secret)).status).toBe(401);
  });

  it("is refused when unknown, malformed or sent another way", async () => {
    const secret = await tokenOf(await createUser(prisma, "viewer"));
    expect((await listWith(`${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`)).status).toBe(401);
    const basic = await requestTo("/api/v1/readouts");
    basic.headers.set("authorization", `Basic ${secret}`);
    expect((await apiReadouts(basic)).status).toBe(401);
    // The API takes a token from the Authorization header only, never from its URL.
    expect((await apiReadouts(await requestTo(`/api/v1/readouts?token=${secret}`))).status).toBe(401);
  });

  it("is stored only as a hash, records when it was last used, and never reaches the access log's path", async () => {
    const owner = await createUser(prisma, "viewer");
    const secret = await tokenOf(owner);
    const before = await prisma.accessToken.findFirstOrThrow({ where: { userId: owner.id } });
    expect(before.lastUsedAt).toBeNull();
    expect(JSON.stringify(before)).not.toContain(secret.slice(10));
    await listWith(secret);
    expect((await prisma.accessToken.findFirstOrThrow({ where: { userId: owner.id } })).lastUsedAt).not.toBeNull();
    expect(pathOnly(`/readouts/feed.atom?token=${secret}`)).toBe("/readouts/feed.atom");
  });

  it("has a bounded, required expiry", async () => {
    await actAs(prisma, await createUser(prisma, "viewer"));
    for (const days of ["", "0", "366", "abc"]) {
      const form = new FormData();
      form.set("name", "Script");
      form.set("scope", "read");
      form.set("days", days);
      const result = await createAccessTokenAction(null, form);
      expect(result.ok ? null : result.fieldErrors?.days, `days=${days}`).toBeTruthy();
    }
  });
});

