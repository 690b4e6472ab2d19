import PgBoss from "pg-boss";
import { sendMail, type MailMessage } from "@/lib/mail";
import { log } from "@/lib/observability/log";

// Mail goes through a job queue in the app's own Postgres (pg-boss, in its
// own schema "pgboss"): a request enqueues, a worker in every instance sends.
// pg-boss hands each job to one worker (SELECT … FOR UPDATE SKIP LOCKED).
export const MAIL_QUEUE = "mail";
// Backoff doubles from 5 s: the last of 10 tries comes about 40 minutes after the first.
const RETRY = { retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 } as const;

const globalForBoss = globalThis as unknown as { readoutBoss?: Promise<PgBoss> };

function connect(url: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, max: 3 });
  boss.on("error", (error) => log({ event: "error", name: "MailQueueError", message: error.message.slice(0, 500) }));
  return boss.start().then(async () => {
    await boss.createQueue(MAIL_QUEUE);
    return boss;
  });
}

/** The process' one queue client, started (and its schema created) on first use. */
export function mailQueue(): Promise<PgBoss> {
  const url = process.env.DATABASE_URL;
  if (!url) return Promise.reject(new Error("DATABASE_URL is not set."));
  globalForBoss.readoutBoss ??= connect(url).catch((error) => {
    globalForBoss.readoutBoss = undefined;
    throw error;
  });
  return globalForBoss.readoutBoss;
}

/** Queues an email; true when it will be sent (SMTP is configured), false when there is nowhere to send it. */
export async function enqueueMail(message: MailMessage): Promise<boolean> {
  if (!process.env.SMTP_URL) return false;
  const id = await (await mailQueue()).send(MAIL_QUEUE, message, RETRY);
  return id !== null;
}

/** Sends queued mail from this process until it stops; a failed send is retried with backoff. */
export async function startMailWorker(options: { pollingIntervalSeconds?: number } = {}): Promise<void> {
  const boss = await mailQueue();
  await boss.work<MailMessage>(MAIL_QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([job]) => {
    if (!job) return;
    if (!(await sendMail(job.data))) throw new Error("SMTP_URL is not set in this instance.");
    log({ event: "mail", message: "sent", jobId: job.id });
  });
}

export async function stopMailQueue(): Promise<void> {
  const boss = await globalForBoss.readoutBoss?.catch(() => undefined);
  globalForBoss.readoutBoss = undefined;
  await boss?.stop({ graceful: true, wait: true, timeout: 5_000 });
}
