import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingBody } from "@/components/meeting/meeting-body";
import { requireUser } from "@/lib/auth/current-user";
import { getReadout } from "@/lib/dal/readouts";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Readout" };

export default async function ReadoutPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser("read:readout");
  const readout = await getReadout((await params).id);
  if (!readout) notFound();
  const { revision } = readout;
  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <header>
        <p className="text-sm text-slate-500">{revision.series}</p>
        <h1 className="text-3xl font-semibold">{revision.title}</h1>
        {readout.publishedAt ? <p className="mt-1 text-sm text-slate-600">Published {formatDate(readout.publishedAt)}</p> : null}
      </header>
      <MeetingBody revision={revision} />
      <p className="no-print text-sm">
        <Link href="/readouts" className="text-brand-700 hover:underline">
          ← All readouts
        </Link>
      </p>
    </article>
  );
}
