import type { MeetingInput } from "@/lib/validation/meeting";

export function meetingFormData(input: unknown, meeting?: { id: string; version: number }): FormData {
  const form = new FormData();
  form.set("payload", JSON.stringify(input));
  if (meeting) {
    form.set("meetingId", meeting.id);
    form.set("version", String(meeting.version));
  }
  return form;
}

/** What Next's redirect() throws, as the URL it redirects to. */
export function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: string })?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? (digest.split(";")[2] ?? null) : null;
}

export type { MeetingInput };
