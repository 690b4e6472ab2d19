"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/dal/authorize";
import { AppError, failure, type ActionResult } from "@/lib/errors";
import { createMeeting, updateMeeting } from "@/lib/meetings/save-meeting";
import { parseMeetingForm } from "@/lib/meetings/parse-meeting-form";

/** Creates a meeting (no meetingId) or saves a new version of a draft. */
export async function saveMeetingAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let saved: { id: string; version: number };
  try {
    const form = parseMeetingForm(formData);
    const actor = await authorize(form.meetingId ? "update:meeting:any" : "create:meeting");
    if (!form.ok) return failure(new AppError("invalid_input"), form.fieldErrors);
    saved = form.meetingId
      ? await updateMeeting(actor, form.meetingId, form.version, form.input)
      : await createMeeting(actor, form.input);
  } catch (error) {
    if (error instanceof AppError) return failure(error);
    throw error;
  }
  revalidatePath("/meetings");
  redirect(`/meetings/${saved.id}?saved=${saved.version}`);
}
