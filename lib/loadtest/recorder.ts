export type Outcome = { kind: string; start: number; end: number; status: number; error?: string; leaked?: boolean };
export type Window = { name: string; from: number; to: number };

/** Collects every request's outcome, and the windows in which faults were injected. */
export class Recorder {
  readonly outcomes: Outcome[] = [];
  readonly windows: Window[] = [];

  add(outcome: Outcome) {
    this.outcomes.push(outcome);
  }

  openWindow(name: string, from = Date.now()): Window {
    const window = { name, from, to: Number.POSITIVE_INFINITY };
    this.windows.push(window);
    return window;
  }

  /** The fault window an outcome overlaps, if any. */
  windowOf(o: Outcome): Window | undefined {
    return this.windows.find((w) => o.end >= w.from && o.start <= w.to);
  }
}

/**
 * What a client may get while a fault lasts: a clear "try again" (503), or,
 * for a request cut off on the instance that was killed, a 502 from the load
 * balancer or, once the answer had begun, a closed connection. None of these
 * acknowledged a write, so none can hide a lost one.
 */
export function expectedDuringFault(o: Outcome, window: Window): boolean {
  if (o.leaked) return false;
  if (o.status === 503 || o.status === 502) return true;
  return window.name === "instance killed" && o.status === 0 && o.error === "connection";
}

export function isError(o: Outcome): boolean {
  return o.status === 0 || o.status >= 400 || o.error !== undefined;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export type KindSummary = { kind: string; requests: number; ok: number; p50: number; p95: number; p99: number; errors: Record<string, number> };

export function summarise(recorder: Recorder): { kinds: KindSummary[]; unexpected: Outcome[]; duringFaults: Record<string, number> } {
  const kinds = new Map<string, Outcome[]>();
  for (const o of recorder.outcomes) kinds.set(o.kind, [...(kinds.get(o.kind) ?? []), o]);
  const unexpected: Outcome[] = [];
  const duringFaults: Record<string, number> = {};
  const summaries = [...kinds].map(([kind, list]) => {
    const times = list.filter((o) => !isError(o)).map((o) => o.end - o.start).sort((a, b) => a - b);
    const errors: Record<string, number> = {};
    for (const o of list.filter(isError)) {
      const label = o.error ?? String(o.status);
      const window = recorder.windowOf(o);
      if (window && expectedDuringFault(o, window)) {
        const key = `${label} during ${window.name}`;
        errors[key] = (errors[key] ?? 0) + 1;
        duringFaults[key] = (duringFaults[key] ?? 0) + 1;
      } else {
        const key = window ? `${label} during ${window.name} (unexpected)` : label;
        errors[key] = (errors[key] ?? 0) + 1;
        unexpected.push(o);
      }
    }
    const at = (p: number) => Math.round(percentile(times, p));
    return { kind, requests: list.length, ok: list.length - list.filter(isError).length, p50: at(50), p95: at(95), p99: at(99), errors };
  });
  return { kinds: summaries.sort((a, b) => a.kind.localeCompare(b.kind)), unexpected, duringFaults };
}
