import { pathOnly } from "@/lib/observability/log";
import { leakIn } from "@/lib/loadtest/leaks";
import type { Outcome, Recorder } from "@/lib/loadtest/recorder";

export type ReadKind = { kind: string; connections: number; path: () => string };

const TIMEOUT_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const timedOut = (error: unknown) => (error as Error).name === "TimeoutError";
/** A socket error's code, which fetch keeps in its error's cause. */
const causeOf = (error: unknown) => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
};

/**
 * One read, timed until its whole body has arrived. An answer whose
 * connection closed before its end counts as "cut off", whatever its status
 * said (autocannon, used before, lost such reads without a trace: decision 0028).
 */
export async function readOnce(url: string, cookie: string, kind: string, path: string): Promise<Outcome> {
  const start = Date.now();
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, { headers: { cookie }, redirect: "manual", signal });
  } catch (error) {
    return { kind, path, start, end: Date.now(), status: 0, error: timedOut(error) ? "timeout" : "connection", cause: causeOf(error) };
  }
  const cause = response.headers.get("x-balancer-error") ?? undefined;
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    return { kind, path, start, end: Date.now(), status: response.status, error: timedOut(error) ? "timeout" : "cut off", cause: cause ?? causeOf(error) };
  }
  const outcome: Outcome = { kind, path, start, end: Date.now(), status: response.status };
  // Every read is of a page or file the reader may see: a redirect (to sign-in, say) is a failure, not a page.
  if (response.status >= 300 && response.status < 400) outcome.error = `redirected to ${pathOnly(response.headers.get("location") ?? "")}`;
  const leaked = leakIn(body);
  if (leaked) outcome.leaked = leaked;
  if (response.status >= 300 || leaked) Object.assign(outcome, { excerpt: body.slice(0, 200), ...(cause ? { cause } : {}) });
  return outcome;
}

/** `connections` readers of one kind, each reading again as soon as its last read ended, until `stop` is called. */
export function readers(base: string, cookie: string, recorder: Recorder, { kind, connections, path }: ReadKind) {
  let running = true;
  const loops = Array.from({ length: connections }, async () => {
    while (running) {
      const where = path();
      const outcome = await readOnce(`${base}${where}`, cookie, kind, where);
      recorder.add(outcome);
      // A failed read is tried again after a moment, not in a tight loop.
      if (outcome.status === 0 || outcome.error) await sleep(100);
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}
