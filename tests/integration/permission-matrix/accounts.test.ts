import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/lib/db";
import { startMailWorker, stopMailQueue } from "@/lib/mail-queue";
import { freshDatabase } from "../../support/database";
import { startMailServer } from "../../support/mail-server";
import { runMatrix } from "../../support/matrix/runner";
import { accountActions, mailbox } from "./accounts.matrix";

// Mail is on, so that the links these actions send are seen arriving.
let prisma: Db;
let mail: Awaited<ReturnType<typeof startMailServer>>;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  mail = await startMailServer();
  mailbox.received = mail.received;
  process.env.SMTP_URL = mail.url;
  process.env.READOUT_URL = "https://readout.test";
  await startMailWorker({ pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.READOUT_URL;
  await stopMailQueue();
  await mail.stop();
});

runMatrix(accountActions, () => prisma);
