import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { listSeries } from "@/lib/dal/meetings";
import { listPartyOptions } from "@/lib/dal/parties";
import { blankMeeting } from "@/lib/meetings/blank";
import { MeetingForm } from "../_components/meeting-form";

export const metadata: Metadata = { title: "Record a meeting" };

export default async function NewMeetingPage() {
  await requireUser("create:meeting");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Record a meeting</h1>
        <p className="text-sm text-slate-600">Saved as a draft. Fields marked * are required; times are in the meeting&rsquo;s time zone.</p>
      </div>
      <MeetingForm initial={blankMeeting()} seriesOptions={await listSeries()} partyOptions={await listPartyOptions()} />
    </div>
  );
}
