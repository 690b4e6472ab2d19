import autocannon from "autocannon";
import { leaksInternals } from "@/lib/loadtest/leaks";
import type { Recorder } from "@/lib/loadtest/recorder";

export type ReadKind = { kind: string; connections: number; path: () => string };

/** Readers of one kind, driven by autocannon until `stop` is called; every response goes to the recorder. */
export function readers(base: string, cookie: string, recorder: Recorder, { kind, connections, path }: ReadKind) {
  let leaks = 0;
  let finished: () => void = () => {};
  const done = new Promise<void>((resolve) => (finished = resolve));
  const instance = autocannon({
    url: base,
    connections,
    duration: 3600,
    timeout: 30,
    headers: { cookie },
    requests: [
      {
        setupRequest: (request) => ({ ...request, path: path() }),
        onResponse: (status, body) => {
          if (status >= 500 && leaksInternals(String(body))) leaks++;
        },
      },
    ],
  }, () => finished());
  instance.on("response", (_client, status, _bytes, responseTime) => {
    const end = Date.now();
    recorder.add({ kind, start: end - responseTime, end, status });
  });
  instance.on("reqError", (error: Error & { code?: string }) => {
    const end = Date.now();
    recorder.add({ kind, start: end, end, status: 0, error: error.code === "ETIMEDOUT" || /timeout/i.test(error.message) ? "timeout" : "connection" });
  });
  return {
    leaks: () => leaks,
    stop: async () => {
      instance.stop();
      await done;
    },
  };
}
