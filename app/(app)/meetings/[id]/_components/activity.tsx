import { getMeetingActivity } from "@/lib/dal/meetings";
import { formatDateTime } from "@/lib/format";
import { CommentForm } from "./comment-form";

/** Review decisions and comments, in the order they happened. */
export async function Activity({ meetingId }: { meetingId: string }) {
  const { reviews, comments } = await getMeetingActivity(meetingId);
  const entries = [
    ...reviews.map((r) => ({
      id: r.id,
      at: r.createdAt,
      who: r.reviewer?.name ?? "A former user",
      what: r.decision === "approved" ? `approved version ${r.revision.number}` : `requested changes to version ${r.revision.number}`,
      body: r.comment,
      override: r.override,
    })),
    ...comments.map((c) => ({ id: c.id, at: c.createdAt, who: c.author?.name ?? "A former user", what: "commented", body: c.body, override: null })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  return (
    <section aria-labelledby="activity" className="no-print space-y-4">
      <h2 id="activity" className="text-lg font-semibold">
        Reviews and comments
      </h2>
      {entries.length ? (
        <ol className="space-y-3">
          {entries.map((e) => (
            <li key={e.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
              <p>
                <span className="font-medium">{e.who}</span> {e.what} <span className="text-slate-500">· {formatDateTime(e.at)}</span>
              </p>
              {e.override ? (
                <p className="mt-1 whitespace-pre-wrap text-amber-900">
                  <span className="font-medium">Approved with open item comments, because: </span>
                  {e.override}
                </p>
              ) : null}
              {e.body ? <p className="mt-1 whitespace-pre-wrap text-slate-800">{e.body}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-500">No reviews or comments yet.</p>
      )}
      <CommentForm meetingId={meetingId} />
    </section>
  );
}
