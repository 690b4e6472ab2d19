// Where a readout page's body waits for the HTML render of the same request (lib/readouts/body-handoff.ts).
// Shared through globalThis because the server components and the HTML render load their modules separately.
export const BODY_HANDOFF = Symbol.for("readout.body-handoff");

export type BodyHandoff = { get(key: string): string | undefined };

/** On the server, during the HTML render: the body handed off under `key`, if any. */
export function handedOffBody(key: string): string | undefined {
  return (globalThis as { [BODY_HANDOFF]?: BodyHandoff })[BODY_HANDOFF]?.get(key);
}
