import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { SMTPServer } from "smtp-server";
import { forgotPasswordAction } from "@/app/(auth)/password-actions";
import { createUserAction, resetLinkAction } from "@/app/(app)/admin/users/actions";
import { RESET_THROTTLE } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db";
import { withSocketAddress } from "@/lib/http/socket-address";
import { MAIL_QUEUE, startMailWorker, stopMailQueue } from "@/lib/mail-queue";
import { peekToken, setPasswordWithToken } from "@/lib/users/passwords";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";
import { setRequestHeaders } from "../support/request-context";

// A real SMTP server on loopback receives what Readout sends.
const received: { to: string[]; body: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let body = "";
    stream.on("data", (chunk: Buffer) => (body += chunk.toString()));
    stream.on("end", () => {
      // Undo quoted-printable line folding, so a link reads as one string.
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), body: body.replace(/=\r?\n/g, "").replace(/=3D/g, "=") });
      callback();
    });
  },
});

const READOUT_URL = "https://readout.example.org";
const FORGED = "evil.example";
let smtpUrl = "";
let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}?ignoreTLS=true`;
  await startMailWorker({ pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await stopMailQueue();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

// Every request here claims to be for another site, as anyone can make a request claim.
beforeEach(() => {
  process.env.SMTP_URL = smtpUrl;
  process.env.READOUT_URL = READOUT_URL;
  received.length = 0;
  setRequestHeaders({ host: FORGED, "x-forwarded-host": FORGED });
});
afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.READOUT_URL;
  vi.restoreAllMocks();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const invite = (email: string) => createUserAction(null, form({ name: "Mailed Person", email, role: "reviewer" }));
let nextAddress = 1;
/** "Forgot password" as asked from one client address (a new one each time unless given). */
const forgot = (email: string, from = `198.51.100.${nextAddress++}`) => withSocketAddress(from, () => forgotPasswordAction(null, form({ email })));
/** What the SMTP server received once the queue has sent everything queued so far. */
async function sent() {
  // A guard against hanging, not a timing assumption: the worker polls every half second.
  for (const giveUpAt = Date.now() + 30_000; Date.now() < giveUpAt; ) {
    const [row] = await prisma.$queryRaw<{ pending: number }[]>`
      SELECT count(*)::int AS pending FROM pgboss.job WHERE name = ${MAIL_QUEUE} AND state IN ('created', 'retry', 'active')`;
    if (row?.pending === 0) return received;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("mail still queued after 30 s");
}
const linksIn = (body: string) => body.match(/https?:\/\/[^\s]+/g) ?? [];
const tokenOf = (link: string) => link.split("/").pop()!;

describe("links in emails", () => {
  it("point at READOUT_URL, never at the host a request names", async () => {
    await actAs(prisma, await createUser(prisma, "admin"));
    const result = await invite("mailed@test.example");
    expect(result).toMatchObject({ ok: true, data: { emailed: true } });
    if (!result.ok) return;
    expect(result.data.link).toMatch(new RegExp(`^${READOUT_URL}/invitation/`));
    expect(await sent()).toHaveLength(1);
    expect(received[0]!.to).toEqual(["mailed@test.example"]);
    expect(linksIn(received[0]!.body)).toEqual([result.data.link]);

    const user = await createUser(prisma, "viewer");
    await forgot(user.email);
    expect(await sent()).toHaveLength(2);
    expect(linksIn(received[1]!.body)).toEqual([expect.stringMatching(new RegExp(`^${READOUT_URL}/reset-password/`))]);
    expect((await sent()).map((m) => m.body).join()).not.toContain(FORGED);
  });

  it("are refused, with a message for the admin and nothing changed, when mail is on without READOUT_URL", async () => {
    delete process.env.READOUT_URL;
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await actAs(prisma, await createUser(prisma, "admin"));
    const target = await createUser(prisma, "editor");

    expect(await invite("unsent@test.example")).toMatchObject({ ok: false, code: "invalid_state", formError: expect.stringMatching(/READOUT_URL/) });
    expect(await resetLinkAction(null, form({ userId: target.id }))).toMatchObject({ ok: false, formError: expect.stringMatching(/READOUT_URL/) });
    await forgot(target.email);

    expect(await prisma.user.findUnique({ where: { email: "unsent@test.example" } })).toBeNull();
    expect(await prisma.token.count({ where: { userId: target.id } })).toBe(0);
    expect(await sent()).toHaveLength(0);
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/READOUT_URL/));
  });

  it("are paths on this site, shown to the admin, when there is no mail and no READOUT_URL", async () => {
    delete process.env.SMTP_URL;
    delete process.env.READOUT_URL;
    await actAs(prisma, await createUser(prisma, "admin"));
    const result = await invite("unmailed@test.example");
    expect(result).toMatchObject({ ok: true, data: { emailed: false, link: expect.stringMatching(/^\/invitation\/[\w-]{43}$/) } });
    const reset = await resetLinkAction(null, form({ userId: (await createUser(prisma, "viewer")).id }));
    expect(reset).toMatchObject({ ok: true, data: { link: expect.stringMatching(/^\/reset-password\/[\w-]{43}$/) } });
    expect(await sent()).toHaveLength(0);
  });
});

describe("links after use", () => {
  it("setting a password through one link ends the person's other links", async () => {
    await actAs(prisma, await createUser(prisma, "admin"));
    const email = `twice-${Date.now()}@test.example`;
    const invited = await invite(email);
    if (!invited.ok) throw new Error(invited.formError);
    await forgot(email);
    const selfService = tokenOf(linksIn((await sent()).at(-1)!.body)[0]!);
    await setPasswordWithToken("password_reset", selfService, "copper kettle orbit lantern");
    expect(await peekToken("invitation", tokenOf(invited.data.link))).toBeNull();
    await expect(setPasswordWithToken("invitation", tokenOf(invited.data.link), "another good passphrase here")).rejects.toMatchObject({ code: "invalid_state" });
  });
});

describe("forgot password", () => {
  it("does not cancel the links an admin gave out; a newer self-service link replaces the older one", async () => {
    await actAs(prisma, await createUser(prisma, "admin"));
    const invitee = `invited-${Date.now()}@test.example`;
    const invited = await invite(invitee);
    if (!invited.ok) throw new Error(invited.formError);
    const member = await createUser(prisma, "editor");
    const adminReset = await resetLinkAction(null, form({ userId: member.id }));
    if (!adminReset.ok) throw new Error(adminReset.formError);
    await sent();
    received.length = 0;

    await forgot(invitee);
    await forgot(member.email);
    await forgot(member.email);
    expect(await sent()).toHaveLength(3);

    expect(await peekToken("invitation", tokenOf(invited.data.link))).not.toBeNull();
    expect(await peekToken("password_reset", tokenOf(adminReset.data.link))).not.toBeNull();
    const [first, second] = (await sent()).slice(1).map((m) => tokenOf(linksIn(m.body)[0]!));
    expect(await peekToken("password_reset", first!)).toBeNull();
    expect(await peekToken("password_reset", second!)).not.toBeNull();
  });

  it("sends only a few emails an hour to one account, and takes only a few requests an hour from one address", async () => {
    const victim = await createUser(prisma, "viewer");
    for (let i = 0; i < RESET_THROTTLE.accountLimit + 3; i++) await forgot(victim.email);
    expect((await sent()).filter((m) => m.to.includes(victim.email))).toHaveLength(RESET_THROTTLE.accountLimit);

    await sent();
    received.length = 0;
    const people = await Promise.all(Array.from({ length: RESET_THROTTLE.addressLimit + 3 }, () => createUser(prisma, "viewer")));
    for (const person of people) await forgot(person.email, "203.0.113.40");
    expect(await sent()).toHaveLength(RESET_THROTTLE.addressLimit);
    // The same requests from elsewhere still work.
    await forgot(people.at(-1)!.email, "203.0.113.41");
    expect(await sent()).toHaveLength(RESET_THROTTLE.addressLimit + 1);
  });

  it("answers the same whether or not the account exists", async () => {
    const known = await forgot((await createUser(prisma, "viewer")).email);
    const unknown = await forgot("nobody@test.example");
    expect(unknown).toEqual(known);
  });
});
