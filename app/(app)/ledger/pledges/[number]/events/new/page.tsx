import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PledgeProgress } from "@/components/ledger/pledge-progress";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/auth/current-user";
import { getPledgeForEvent } from "@/lib/dal/ledger-events";
import { closedReason } from "@/lib/ledger/event-rules";
import { parsePledgeNumber } from "@/lib/ledger/pledge-number";
import { isoDay, todayUtc } from "@/lib/validation/iso-date";
import { EventForm } from "./_components/event-form";
import { EventList } from "./_components/event-list";

export const metadata: Metadata = { title: "Record progress" };

export default async function NewEventPage({ params }: { params: Promise<{ number: string }> }) {
  const user = await requireUser("propose:event:any");
  const number = parsePledgeNumber((await params).number);
  if (!number) notFound();
  const found = await getPledgeForEvent(number);
  if (!found) notFound();
  const { pledge, events } = found;
  const closed = closedReason(pledge.status);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Record progress on P-{pledge.number}</h1>
        <p className="mt-1 text-sm text-slate-600">
          What you record here is a proposal: it counts in the ledger once a reviewer other than you approves it.
        </p>
      </div>
      <PledgeProgress pledge={pledge} />
      {closed ? (
        <Alert tone="info">{closed}</Alert>
      ) : (
        <EventForm
          pledgeNumber={pledge.number}
          currency={pledge.currency}
          unit={pledge.unit ?? (pledge.quantity !== null ? "units" : null)}
          minDate={pledge.announcedOn ? isoDay(pledge.announcedOn) : undefined}
          maxDate={isoDay(todayUtc())}
        />
      )}
      <EventList pledge={pledge} events={events} userId={user.id} />
      <p className="text-sm">
        <Link href={`/ledger/pledges/${pledge.number}`} className="text-brand-700 hover:underline">
          ← Back to P-{pledge.number}
        </Link>
      </p>
    </div>
  );
}
