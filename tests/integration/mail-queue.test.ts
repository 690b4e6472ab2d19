import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import type { Db } from "@/lib/db";
import { listStuckMail } from "@/lib/dal/mail-jobs";
import { startMailWorker, stopMailQueue } from "@/lib/mail-queue";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";
import { startMailServer } from "../support/mail-server";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  // With mail on, links must have a configured address to point at.
  process.env.READOUT_URL = "https://readout.test";
  await actAs(prisma, await createUser(prisma, "admin"));
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.READOUT_URL;
  await stopMailQueue();
});

/** A guard against hanging, not a timing assumption. */
async function until<T>(what: string, check: () => Promise<T | undefined | false>, seconds = 60): Promise<T> {
  const giveUpAt = Date.now() + seconds * 1000;
  while (Date.now() < giveUpAt) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Gave up waiting for ${what}.`);
}

const mailJob = async () =>
  (await prisma.$queryRaw<{ state: string; retry_count: number }[]>`select state::text, retry_count from pgboss.job where name = 'mail'`)[0];

function invite(email: string) {
  const form = new FormData();
  form.set("name", "Queued Person");
  form.set("email", email);
  form.set("role", "viewer");
  return createUserAction(null, form);
}

describe("mail through the queue", () => {
  it("an invitation sent while the mail server is down arrives once, when it is back", async () => {
    // Learn a free port from a server, then stop it: nothing listens there while the first try runs.
    const probe = await startMailServer();
    const port = new URL(probe.url).port;
    await probe.stop();
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}?ignoreTLS=true&connectionTimeout=2000`;
    await startMailWorker({ pollingIntervalSeconds: 0.5 });

    const result = await invite("queued@test.example");
    expect(result).toMatchObject({ ok: true, data: { emailed: true } });

    await until("a failed first try", async () => ((await mailJob())?.retry_count ?? 0) >= 1);
    expect((await mailJob())?.state).toBe("retry");

    const mail = await startMailServer(Number(port));
    try {
      await until("the mail", async () => mail.received.length > 0);
      await until("the job to complete", async () => (await mailJob())?.state === "completed");
      expect(mail.received).toHaveLength(1);
      expect(mail.received[0]!.to).toEqual(["queued@test.example"]);
      if (result.ok) expect(mail.received[0]!.body.replace(/=\r?\n/g, "")).toContain(result.data.link.split("/").pop()!);
    } finally {
      await mail.stop();
    }
  }, 120_000);

  it("lists mail that keeps failing for admins, without its body", async () => {
    await prisma.$executeRaw`update pgboss.job set state = 'failed', retry_count = 10, output = '{"message":"connect ECONNREFUSED"}' where name = 'mail'`;
    const stuck = await listStuckMail();
    expect(stuck).toEqual([expect.objectContaining({ to: "queued@test.example", state: "failed", tries: 11, error: "connect ECONNREFUSED" })]);
    expect(JSON.stringify(stuck)).not.toContain("/invitation/");
  });
});
