/** Where a readout lives: its current published version, or one version for good. */
export function readoutPath(meetingId: string, version?: number): string {
  return version === undefined ? `/readouts/${meetingId}` : `/readouts/${meetingId}/versions/${version}`;
}

/** Where readers compare two published versions of a readout. */
export function comparePath(meetingId: string, from?: number, to?: number): string {
  return from === undefined || to === undefined ? `/readouts/${meetingId}/compare` : `/readouts/${meetingId}/compare?from=${from}&to=${to}`;
}
