import { readoutOrigin } from "@/lib/config";

/** Where a readout lives: its current published version, or one version for good. */
export function readoutPath(meetingId: string, version?: number): string {
  return version === undefined ? `/readouts/${meetingId}` : `/readouts/${meetingId}/versions/${version}`;
}

/** A path as a link for outside the app: absolute on READOUT_URL when it is set, else the path (never a request's host). */
export function permanentLink(path: string): string {
  const origin = readoutOrigin();
  return origin ? `${origin}${path}` : path;
}

/** Where readers compare two published versions of a readout. */
export function comparePath(meetingId: string, from?: number, to?: number): string {
  return from === undefined || to === undefined ? `/readouts/${meetingId}/compare` : `/readouts/${meetingId}/compare?from=${from}&to=${to}`;
}
