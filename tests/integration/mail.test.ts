import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import type { Db } from "@/lib/db";
import { startMailWorker, stopMailQueue } from "@/lib/mail-queue";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";

// A real SMTP server on loopback receives what Readout sends.
const received: { to: string[]; body: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let body = "";
    stream.on("data", (chunk: Buffer) => (body += chunk.toString()));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
      callback();
    });
  },
});

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}?ignoreTLS=true`;
  await startMailWorker({ pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await stopMailQueue();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("email", () => {
  it("sends the invitation link when SMTP is configured", async () => {
    await actAs(prisma, await createUser(prisma, "admin"));
    const result = await createUserAction(null, (() => {
      const f = new FormData();
      f.set("name", "Mailed Person");
      f.set("email", "mailed@test.example");
      f.set("role", "reviewer");
      return f;
    })());
    expect(result).toMatchObject({ ok: true, data: { emailed: true } });
    if (!result.ok) return;
    // The queue's worker sends it; a guard against hanging, not a timing assumption.
    for (const giveUpAt = Date.now() + 30_000; received.length === 0 && Date.now() < giveUpAt; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["mailed@test.example"]);
    const token = result.data.link.split("/").pop()!;
    expect(received[0]!.body.replace(/=\r?\n/g, "")).toContain(token);
  });
});
