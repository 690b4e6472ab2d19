"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/dal/authorize";
import { listOpenPledges, type OpenPledge } from "@/lib/dal/open-pledges";
import { AppError, runAction, type ActionResult } from "@/lib/errors";
import { createMeeting, updateMeeting, type SavedMeeting } from "@/lib/meetings/save-meeting";
import { parseMeetingForm } from "@/lib/meetings/parse-meeting-form";

/**
 * Creates a meeting (no meetingId) and goes to its page, or saves a new version
 * of a draft and answers the form that sent it with the new version: nothing is
 * revalidated, since that would send the whole edit page back with the answer.
 */
export async function saveMeetingAction(_previous: ActionResult<SavedMeeting> | null, formData: FormData): Promise<ActionResult<SavedMeeting>> {
  const form = parseMeetingForm(formData);
  const result = await runAction(async () => {
    const actor = await authorize(form.meetingId ? "update:meeting:any" : "create:meeting");
    if (!form.ok) throw new AppError("invalid_input", undefined, form.fieldErrors);
    return form.meetingId
      ? updateMeeting(actor, form.meetingId, form.version, form.input)
      : createMeeting(actor, form.input);
  });
  if (!result.ok || form.meetingId) return result;
  revalidatePath("/meetings");
  redirect(`/meetings/${result.data.id}?saved=${result.data.version}`);
}

/** The open pledges of a series, offered for update while a meeting of it is recorded. */
export async function openPledgesAction(series: unknown, meetingId: unknown): Promise<ActionResult<OpenPledge[]>> {
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return runAction(() => listOpenPledges(text(series), text(meetingId) || null));
}
