import autocannon from "autocannon";

export type Sample = { requests: number; seconds: number; latencies: number[]; errors: number; non2xx: number };

/** Load on one URL for a while, 10 connections by default; every response's latency is kept. */
export async function hammer(url: string, { cookie, seconds, connections = 10 }: { cookie?: string; seconds: number; connections?: number }): Promise<Sample> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { requests: result.requests.total, seconds: result.duration, latencies, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/**
 * Waits until the server answers a probe quickly: a page slower than the run
 * leaves requests that autocannon gave up on still being served, which would
 * weigh on whatever is measured next.
 */
export async function settle(origin: string): Promise<void> {
  for (let i = 0, quick = 0; i < 120 && quick < 3; i++) {
    const start = performance.now();
    await fetch(`${origin}/healthz`).catch(() => undefined);
    quick = performance.now() - start < 50 ? quick + 1 : 0;
    if (quick === 0) await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Two URLs measured turn about, so both see the same machine (other work on it comes and goes). */
export async function sideBySide(a: () => Promise<Sample>, b: () => Promise<Sample>, rounds: number): Promise<[Sample, Sample]> {
  const merged: [Sample[], Sample[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    merged[0].push(await a());
    merged[1].push(await b());
  }
  return [merge(merged[0]), merge(merged[1])];
}

function merge(samples: Sample[]): Sample {
  return samples.reduce((all, s) => ({
    requests: all.requests + s.requests,
    seconds: all.seconds + s.seconds,
    latencies: all.latencies.concat(s.latencies),
    errors: all.errors + s.errors,
    non2xx: all.non2xx + s.non2xx,
  }));
}

export const perSecond = (s: Sample) => s.requests / s.seconds;

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)]!;
}
