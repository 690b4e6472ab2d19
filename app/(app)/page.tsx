import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { MeetingList } from "@/components/meeting-list";
import { ReadoutList } from "@/components/readout-list";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listMeetings } from "@/lib/dal/meetings";
import { listReadouts } from "@/lib/dal/readouts";

export const metadata: Metadata = { title: "Home" };

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

/** Drafts of mine a reviewer sent back, first: they are waiting on me. Nothing when there are none. */
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

async function ReviewQueue() {
  const { items, total } = await listMeetings("review-queue", 1);
  return (
    <section aria-labelledby="review-queue" className="space-y-3">
      <h2 id="review-queue" className="text-lg font-semibold">
        Awaiting review {total > 0 ? <span className="text-slate-500">({total})</span> : null}
      </h2>
      {items.length ? (
        <MeetingList items={items} label="Awaiting review" />
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
