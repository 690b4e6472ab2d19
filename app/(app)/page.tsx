import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { MeetingList } from "@/components/meeting-list";
import { QueueTable } from "@/components/queue-table";
import { ReadoutList } from "@/components/readout-list";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listMeetings } from "@/lib/dal/meetings";
import { listReadouts } from "@/lib/dal/readouts";
import { listReviewQueue } from "@/lib/dal/review-queue";

export const metadata: Metadata = { title: "Home" };

// The home page shows the front of the queue; the full queue pages, sorts and filters.
const QUEUE_ON_HOME = 5;

export default async function HomePage() {
  const user = await requireUser();
  const firstName = user.name.split(" ")[0];
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-semibold">Welcome, {firstName}</h1>
      {can(user, "create:meeting") ? <ChangesRequested /> : null}
      {can(user, "create:meeting") ? <MyDrafts /> : null}
      {can(user, "review:meeting:any") ? <ReviewQueue /> : null}
      {user.role === "viewer" ? <LatestReadouts /> : null}
    </div>
  );
}

/** Drafts of mine a reviewer sent back, first, each with the reviewer's comment: they are waiting on me. Nothing when there are none. */
async function ChangesRequested() {
  const { items, total } = await listMeetings("changes-requested", 1);
  if (total === 0) return null;
  return (
    <section aria-labelledby="changes-requested" className="space-y-3">
      <h2 id="changes-requested" className="text-lg font-semibold">
        Changes requested <span className="text-slate-500">({total})</span>
      </h2>
      <MeetingList items={items} label="Changes requested" />
    </section>
  );
}

async function MyDrafts() {
  const { items, total } = await listMeetings("my-drafts", 1);
  return (
    <section aria-labelledby="my-drafts" className="space-y-3">
      <div className="flex items-center justify-between">
        <h2 id="my-drafts" className="text-lg font-semibold">
          My drafts {total > 0 ? <span className="text-slate-500">({total})</span> : null}
        </h2>
        <ButtonLink href="/meetings/new">Record a meeting</ButtonLink>
      </div>
      {items.length ? (
        <MeetingList items={items} label="My drafts" />
      ) : (
        <EmptyState title="You have no drafts.">Record a meeting to start one.</EmptyState>
      )}
    </section>
  );
}

/** The records that have waited longest, how many wait in all, and the way to the full queue. */
async function ReviewQueue() {
  const { items, waiting } = await listReviewQueue({ sort: "oldest" }, 1);
  return (
    <section aria-labelledby="review-queue" className="space-y-3">
      <h2 id="review-queue" className="text-lg font-semibold">
        Awaiting review {waiting > 0 ? <span className="text-slate-500">({waiting})</span> : null}
      </h2>
      {items.length ? (
        <>
          <p className="text-sm text-slate-600">
            {waiting === 1 ? "1 record is" : `${waiting} records are`} waiting for review; {items.length > QUEUE_ON_HOME ? `the ${QUEUE_ON_HOME} waiting longest:` : "the longest waiting first:"}
          </p>
          <QueueTable items={items.slice(0, QUEUE_ON_HOME)} now={new Date()} caption="Waiting longest for review" />
          <Link href="/review" className="text-sm text-brand-700 hover:underline">
            The whole review queue ({waiting}) →
          </Link>
        </>
      ) : (
        <EmptyState title="Nothing is waiting for review." />
      )}
    </section>
  );
}

async function LatestReadouts() {
  const { items } = await listReadouts({ page: 1 });
  return (
    <section aria-labelledby="latest-readouts" className="space-y-3">
      <h2 id="latest-readouts" className="text-lg font-semibold">
        Latest readouts
      </h2>
      {items.length ? (
        <ReadoutList items={items.slice(0, 10)} />
      ) : (
        <EmptyState title="No readouts have been published yet." />
      )}
      <Link href="/readouts" className="text-sm text-brand-700 hover:underline">
        All readouts →
      </Link>
    </section>
  );
}
