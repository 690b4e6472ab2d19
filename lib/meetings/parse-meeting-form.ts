import type { FieldErrors } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/fields";
import { ZMeetingInput, type MeetingInput } from "@/lib/validation/meeting";
import { parseId, parseWholeNumber } from "@/lib/validation/parse";
import { byteLength, MAX_SAVE_BYTES, tooLargeToSave } from "@/lib/validation/size-limits";

export type ParsedMeetingForm = { meetingId: string | null; version: number } & (
  | { ok: true; input: MeetingInput }
  | { ok: false; fieldErrors: FieldErrors }
);

const UNREADABLE = "The form could not be read. Reload the page and try again.";

/**
 * Reads the meeting form's submission: the whole meeting as JSON in "payload"
 * (participants, discussions and commitments are lists the form edits as one),
 * plus the meeting id and the version the editor started from.
 */
export function parseMeetingForm(formData: FormData): ParsedMeetingForm {
  const rawId = String(formData.get("meetingId") ?? "");
  const meetingId = rawId === "" ? null : parseId(rawId);
  const version = parseWholeNumber(String(formData.get("version") ?? ""), 1) ?? 0;
  const payload = String(formData.get("payload") ?? "");
  const refuse = (message: string): ParsedMeetingForm => ({ meetingId, version, ok: false, fieldErrors: { _form: [message] } });

  const bytes = byteLength(payload);
  if (bytes > MAX_SAVE_BYTES) return refuse(tooLargeToSave(bytes));
  if ((rawId !== "" && meetingId === null) || (meetingId && version === 0)) return refuse(UNREADABLE);
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return refuse(UNREADABLE);
  }
  const parsed = ZMeetingInput.safeParse(raw);
  return parsed.success
    ? { meetingId, version, ok: true, input: parsed.data }
    : { meetingId, version, ok: false, fieldErrors: toFieldErrors(parsed.error) };
}
