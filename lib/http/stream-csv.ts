/** A CSV download streamed batch by batch: the header first, then each batch as it is read. */
export function streamCsv<T>(batches: AsyncGenerator<T[]>, header: string[], cells: (item: T) => string[], toText: (rows: string[][], header?: string[]) => string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      const next = await batches.next();
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(toText(next.done ? [] : next.value.map(cells), header)));
      } else if (!next.done) {
        controller.enqueue(encoder.encode(toText(next.value.map(cells))));
      }
      if (next.done) controller.close();
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
