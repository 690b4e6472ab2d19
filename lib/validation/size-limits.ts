// How much one save may send. The meeting form checks before it sends, the
// action checks again (lib/meetings/parse-meeting-form.ts), and anything
// larger than a request may be is refused before it is read (proxy.ts,
// next.config.ts). See docs/decisions/0013-input-at-the-edge.md.

/** The largest meeting a save accepts: its JSON, as UTF-8 bytes. */
export const MAX_SAVE_BYTES = 2_000_000;

/**
 * The largest request body: room for the largest save and the form's other
 * fields, so that a save that is too large meets the clear message of the
 * form or the action rather than Next's own error.
 */
export const MAX_REQUEST_BYTES = 3_000_000;

export const byteLength = (text: string): number => new TextEncoder().encode(text).length;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

export function tooLargeToSave(bytes: number): string {
  return (
    `This meeting is too large to save: ${megabytes(bytes)} of text, and the limit is ${megabytes(MAX_SAVE_BYTES)}. ` +
    "Shorten the longest notes, or record part of it as a separate meeting. Nothing was saved; your text is still in the form."
  );
}
