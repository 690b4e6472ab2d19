import type { FieldErrors } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/fields";
import { ZMeetingInput, type MeetingInput } from "@/lib/validation/meeting";

const MAX_PAYLOAD = 2_000_000;

export type ParsedMeetingForm = { meetingId: string | null; version: number } & (
  | { ok: true; input: MeetingInput }
  | { ok: false; fieldErrors: FieldErrors }
);

/**
 * Reads the meeting form's submission: the whole meeting as JSON in "payload"
 * (participants, discussions and commitments are lists the form edits as one),
 * plus the meeting id and the version the editor started from.
 */
export function parseMeetingForm(formData: FormData): ParsedMeetingForm {
  const meetingId = String(formData.get("meetingId") ?? "") || null;
  const version = Number(formData.get("version") ?? 0);
  const payload = String(formData.get("payload") ?? "");
  let raw: unknown;
  try {
    raw = payload.length <= MAX_PAYLOAD ? JSON.parse(payload) : undefined;
  } catch {
    raw = undefined;
  }
  if (raw === undefined || (meetingId && !(Number.isInteger(version) && version >= 1))) {
    return { meetingId, version, ok: false, fieldErrors: { _form: ["The form could not be read. Reload the page and try again."] } };
  }
  const parsed = ZMeetingInput.safeParse(raw);
  return parsed.success
    ? { meetingId, version, ok: true, input: parsed.data }
    : { meetingId, version, ok: false, fieldErrors: toFieldErrors(parsed.error) };
}
