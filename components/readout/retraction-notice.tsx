import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { Retraction } from "@/lib/dal/readout-versions";
import { formatDate } from "@/lib/format";

/** What readers of a retracted readout's link see instead of its text. */
export function RetractionNotice({ retraction }: { retraction: Retraction }) {
  return (
    <article className="mx-auto max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">This readout was retracted</h1>
      <Alert tone="warning">
        <p>
          Version {retraction.number} was retracted on {formatDate(retraction.retractedAt)}. Its text is no longer available.
        </p>
        <p className="mt-2">
          <span className="font-medium">Reason:</span> <span className="whitespace-pre-wrap">{retraction.reason}</span>
        </p>
      </Alert>
      <p className="text-sm">
        <Link href="/readouts" className="text-brand-700 hover:underline">← All readouts</Link>
      </p>
    </article>
  );
}
