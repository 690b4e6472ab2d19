"use client";

import { memo, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { OpenPledge } from "@/lib/dal/open-pledges";
import { formatDate, humanize } from "@/lib/format";
import { openPledgesAction } from "../actions";

const PAUSE_MS = 400;

/**
 * The series' pledges still open, fetched once the series is typed, so the
 * editor records what this meeting said about each as an update of it.
 */
export const OpenPledgesPanel = memo(function OpenPledgesPanel({
  series,
  meetingId,
  linked,
  onAdd,
}: {
  series: string;
  meetingId?: string;
  linked: ReadonlySet<number>;
  onAdd: (pledge: OpenPledge) => void;
}) {
  const [found, setFound] = useState<{ series: string; pledges: OpenPledge[] } | null>(null);
  const wanted = series.trim();

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const timer = setTimeout(async () => {
      const result = await openPledgesAction(wanted, meetingId ?? "");
      if (current && result.ok) setFound({ series: wanted, pledges: result.data });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [wanted, meetingId]);

  if (!wanted || !found || found.series !== wanted) return null;
  return (
    <section aria-labelledby="open-pledges-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="open-pledges-heading" className="text-lg font-semibold">
        Open pledges of {found.series} ({found.pledges.length})
      </h2>
      {found.pledges.length === 0 ? (
        <p className="text-sm text-slate-500">None: every published pledge of this series is delivered or cancelled, or there are none yet.</p>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            If this meeting mentions one of them, add an update: it is recorded as a commitment re-announcing that pledge, so it is
            never counted twice. Change the announcement if the amount went up or down.
          </p>
          <ul className="divide-y divide-slate-100 text-sm">
            {found.pledges.map((p) => (
              <li key={p.number} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {p.label}
                  <span className="text-slate-500">
                    {" "}· {humanize(p.status).toLowerCase()}
                    {p.lastAnnouncedOn ? `, last announced ${formatDate(new Date(p.lastAnnouncedOn))}` : ""}
                    {p.terms.dueDate ? `, due ${formatDate(new Date(p.terms.dueDate))}` : ""}
                  </span>
                </span>
                {linked.has(p.number) ? (
                  <span className="text-slate-500">Update added</span>
                ) : (
                  <Button type="button" variant="secondary" onClick={() => onAdd(p)} aria-label={`Add an update of P-${p.number}`}>
                    Add an update
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
