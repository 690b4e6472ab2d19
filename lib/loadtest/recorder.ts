export type Outcome = {
  kind: string;
  path?: string;
  start: number;
  end: number;
  status: number;
  /** "timeout", "connection" (no answer), "cut off" (the answer began, then the connection closed), or a refusal. */
  error?: string;
  /** Why, when the answer does not say: the balancer's x-balancer-error, or a socket error's code. */
  cause?: string;
  /** The start of an error answer's body, for the report. */
  excerpt?: string;
  /** The piece of the body that showed internals. */
  leaked?: string;
  /** A save sent again after its answer was lost, refused because the first one had been applied. */
  retryRefused?: boolean;
};
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
 * What a client may get while a fault lasts: a clear "try again" (503), a 502
 * from the load balancer for a request cut off on the killed instance, an
 * answer cut off once it had begun (the killed instance's, or a CSV export
 * streaming when the database went), or, on the killed instance, a closed
 * connection. None of these acknowledged a write, so none can hide a lost one.
 */
export function expectedDuringFault(o: Outcome, window: Window): boolean {
  if (o.leaked) return false;
  // "Try again" must be said: an empty 503 is not the clear temporary error the issue asks for.
  if (o.status === 503) return Boolean(o.excerpt?.trim());
  if (o.status === 502) return true;
  if (o.error === "cut off") return true;
  return window.name === "instance killed" && o.status === 0 && o.error === "connection";
}

export function isError(o: Outcome): boolean {
  return o.status === 0 || o.status >= 400 || o.error !== undefined || o.leaked !== undefined;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export type KindSummary = { kind: string; requests: number; ok: number; p50: number; p95: number; p99: number; errors: Record<string, number> };

const RETRY_REFUSED = "refused retry, already saved (expected)";

export function summarise(recorder: Recorder): { kinds: KindSummary[]; unexpected: Outcome[]; duringFaults: Record<string, number> } {
  const kinds = new Map<string, Outcome[]>();
  for (const o of recorder.outcomes) kinds.set(o.kind, [...(kinds.get(o.kind) ?? []), o]);
  const unexpected: Outcome[] = [];
  const duringFaults: Record<string, number> = {};
  const summaries = [...kinds].map(([kind, list]) => {
    const times = list.filter((o) => !isError(o)).map((o) => o.end - o.start).sort((a, b) => a - b);
    const errors: Record<string, number> = {};
    const count = (key: string) => (errors[key] = (errors[key] ?? 0) + 1);
    for (const o of list.filter(isError)) {
      if (o.retryRefused && !o.leaked) {
        count(RETRY_REFUSED);
        continue;
      }
      const label = o.leaked ? `${o.status} showing internals` : (o.error ?? String(o.status));
      const window = recorder.windowOf(o);
      if (window && expectedDuringFault(o, window)) {
        const key = `${label} during ${window.name}`;
        count(key);
        duringFaults[key] = (duringFaults[key] ?? 0) + 1;
      } else {
        count(window ? `${label} during ${window.name} (unexpected)` : label);
        unexpected.push(o);
      }
    }
    const at = (p: number) => Math.round(percentile(times, p));
    return { kind, requests: list.length, ok: list.length - list.filter(isError).length, p50: at(50), p95: at(95), p99: at(99), errors };
  });
  return { kinds: summaries.sort((a, b) => a.kind.localeCompare(b.kind)), unexpected, duringFaults };
}
