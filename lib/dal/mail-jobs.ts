import "server-only";
import { db } from "@/lib/db";
import { authorize } from "@/lib/dal/authorize";
import { MAIL_QUEUE } from "@/lib/mail-queue";

export type StuckMail = { id: string; to: string; subject: string; state: "retry" | "failed"; tries: number; createdOn: Date; error: string | null };

/** Emails that have failed at least twice or for good, newest first; never the body, which holds a sign-in link. */
export async function listStuckMail(): Promise<StuckMail[]> {
  await authorize("manage:user:any");
  const [queue] = await db().$queryRaw<{ exists: boolean }[]>`select to_regclass('pgboss.job') is not null as exists`;
  if (!queue?.exists) return [];
  const rows = await db().$queryRaw<{ id: string; to: string; subject: string; state: "retry" | "failed"; tries: number; created_on: Date; error: string | null }[]>`
    select id::text, data->>'to' as to, data->>'subject' as subject, state::text as state, retry_count + 1 as tries, created_on,
           left(coalesce(output->>'message', output::text), 200) as error
    from (
      select id, data, state, retry_count, created_on, output from pgboss.job where name = ${MAIL_QUEUE}
      union all
      select id, data, state, retry_count, created_on, output from pgboss.archive where name = ${MAIL_QUEUE}
    ) jobs
    where state = 'failed' or (state = 'retry' and retry_count >= 2)
    order by created_on desc
    limit 20`;
  return rows.map(({ created_on, ...row }) => ({ ...row, createdOn: created_on }));
}
