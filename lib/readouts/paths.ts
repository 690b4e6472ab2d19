/** Where a readout lives: its current published version, or one version for good. */
export function readoutPath(meetingId: string, version?: number): string {
  return version === undefined ? `/readouts/${meetingId}` : `/readouts/${meetingId}/versions/${version}`;
}
