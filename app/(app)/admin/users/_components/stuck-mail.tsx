import { formatDateTime } from "@/lib/format";
import type { StuckMail } from "@/lib/dal/mail-jobs";

/** Invitations and resets that keep failing to send, so an admin can hand the link over another way. */
export function StuckMailList({ jobs }: { jobs: StuckMail[] }) {
  if (jobs.length === 0) return null;
  return (
    <section aria-labelledby="stuck-mail" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="stuck-mail" className="font-semibold">
        Mail that keeps failing
      </h2>
      <p className="mt-1 text-sm text-slate-700">Readout retries with growing pauses; a failed email is not retried again. Check SMTP_URL and the mail server.</p>
      <ul className="mt-3 space-y-2 text-sm">
        {jobs.map((job) => (
          <li key={job.id}>
            <span className="font-medium">{job.subject}</span> to {job.to}: {job.state === "failed" ? "gave up" : "retrying"} after {job.tries} tries
            (queued {formatDateTime(job.createdOn)}){job.error ? <span className="block text-slate-600">{job.error}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
