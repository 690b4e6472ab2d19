import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as feed } from "@/app/(app)/readouts/feed.atom/route";
import { GET as apiReadouts } from "@/app/api/v1/readouts/route";
import { requireReader } from "@/lib/auth/reader";
import { ANONYMOUS_LIMIT, anonymousKey } from "@/lib/auth/reader-throttle";
import type { Db } from "@/lib/db";
import { withSocketAddress } from "@/lib/http/socket-address";
import { freshDatabase } from "../support/database";
import { actAs, actAsNobody, createUser } from "../support/factories";
import { redirectTarget } from "../support/forms";
import { meetingIn, type MeetingFixture } from "../support/matrix/fixtures";
import { requestTo } from "../support/request-context";

let prisma: Db;
let published: MeetingFixture;

beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  published = await meetingIn(prisma, "published");
});

beforeEach(async () => {
  actAsNobody();
  await prisma.setting.deleteMany();
  await prisma.signInThrottle.deleteMany();
});

const turnOn = () => prisma.setting.create({ data: { key: "public_reading", value: true } });
const from = <T>(ip: string, work: () => Promise<T>) => withSocketAddress(ip, work);
const list = async () => apiReadouts(await requestTo("/api/v1/readouts"));

/** Where a page's reader check sends the caller, or null when it may read. */
async function pageOutcome(): Promise<string | null> {
  try {
    await requireReader();
    return null;
  } catch (error) {
    const target = redirectTarget(error);
    if (target) return target;
    throw error;
  }
}

/** The address has already made `count` anonymous reads in the current window. */
const used = (ip: string, count: number, windowStart = new Date()) =>
  prisma.signInThrottle.create({ data: { key: anonymousKey(ip), failures: count, windowStart } });

describe("reading without signing in", () => {
  it("is off by default: signed-out callers are refused and pages send them to sign-in", async () => {
    expect((await from("192.0.2.1", list)).status).toBe(401);
    expect((await feed(await requestTo("/readouts/feed.atom"))).status).toBe(401);
    expect(await from("192.0.2.1", pageOutcome)).toMatch(/^\/sign-in/);
  });

  it("when on, lets a signed-out caller read what is published, and stops the moment it is turned off", async () => {
    await turnOn();
    const response = await from("192.0.2.2", list);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { id: string }[] }).data.map((r) => r.id)).toContain(published.id);
    expect(await from("192.0.2.2", pageOutcome)).toBeNull();
    await prisma.setting.update({ where: { key: "public_reading" }, data: { value: false } });
    expect((await from("192.0.2.2", list)).status).toBe(401);
  });

  it("answers 429 with Retry-After once an address has had its share, for that address only", async () => {
    await turnOn();
    await used("192.0.2.3", ANONYMOUS_LIMIT.requests - 1);
    expect((await from("192.0.2.3", list)).status).toBe(200);
    const refused = await from("192.0.2.3", list);
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(ANONYMOUS_LIMIT.windowSeconds);
    expect((await from("192.0.2.4", list)).status).toBe(200);
  });

  it("sends a page past the limit to the too-many-requests page", async () => {
    await turnOn();
    await used("192.0.2.5", ANONYMOUS_LIMIT.requests);
    expect(await from("192.0.2.5", pageOutcome)).toMatch(/^\/too-many-requests\?wait=\d+$/);
  });

  it("starts a new window once the old one is over", async () => {
    await turnOn();
    await used("192.0.2.6", ANONYMOUS_LIMIT.requests * 5, new Date(Date.now() - 2 * ANONYMOUS_LIMIT.windowSeconds * 1000));
    expect((await from("192.0.2.6", list)).status).toBe(200);
  });

  it("never limits someone signed in", async () => {
    await turnOn();
    await used("192.0.2.7", ANONYMOUS_LIMIT.requests * 5);
    await actAs(prisma, await createUser(prisma, "viewer"));
    expect((await from("192.0.2.7", list)).status).toBe(200);
  });
});
