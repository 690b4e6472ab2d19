import { treeRssMb } from "@/lib/cli/bench/server";

export type CsvFigures = { rows: number; seconds: number; rssBeforeMb: number; rssPeakMb: number };

/** Downloads the commitments CSV `copies` times at once, counting rows and watching the server's memory. */
export async function measureCsv(url: string, cookie: string, serverPid: number, copies = 1): Promise<CsvFigures> {
  const rssBeforeMb = treeRssMb(serverPid);
  let rssPeakMb = rssBeforeMb;
  const watch = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, treeRssMb(serverPid))), 50);
  const start = performance.now();
  try {
    const counts = await Promise.all(Array.from({ length: copies }, () => countRows(url, cookie)));
    return { rows: counts.reduce((a, b) => a + b, 0), seconds: (performance.now() - start) / 1000, rssBeforeMb, rssPeakMb };
  } finally {
    clearInterval(watch);
  }
}

// The generated text has no line breaks, so a row is a line; the header is not a row.
async function countRows(url: string, cookie: string): Promise<number> {
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok || !response.body) throw new Error(`The CSV answered ${response.status}.`);
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return lines - 1;
}
