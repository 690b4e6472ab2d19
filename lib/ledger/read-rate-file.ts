import { Unzip, UnzipInflate } from "fflate";

// The real history is ~2.5 MB of CSV (~600 kB zipped) and grows ~90 kB a year.
export const MAX_RATE_FILE_BYTES = 5 * 1024 * 1024;
// Pushed to the unzipper in small pieces, so a zip bomb is stopped after at
// most one piece's worth of output beyond the limit.
const ZIP_PIECE = 16 * 1024;

export type RateFileText = { ok: true; text: string } | { ok: false; message: string };

/** The text of an uploaded rate file: the ECB's CSV, or the .zip it distributes holding one CSV. */
export function readRateFile(bytes: Uint8Array): RateFileText {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (bytes.length > MAX_RATE_FILE_BYTES) return { ok: false, message: `The file is larger than ${mb(MAX_RATE_FILE_BYTES)}.` };
  const csv = isZip(bytes) ? unzipOneCsv(bytes) : { ok: true as const, bytes };
  if (!csv.ok) return csv;
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(csv.bytes) };
  } catch {
    return { ok: false, message: "The file is not text in UTF-8: upload the CSV (or the .zip) exactly as the ECB publishes it." };
  }
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function unzipOneCsv(zip: Uint8Array): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  const names: string[] = [];
  const chunks: Uint8Array[] = [];
  let size = 0;
  let failure: string | null = null;
  const unzip = new Unzip((file) => {
    names.push(file.name);
    if (names.length > 1 || !file.name.toLowerCase().endsWith(".csv")) return;
    file.ondata = (error, chunk) => {
      if (failure) return;
      if (error) {
        failure = "The .zip file is damaged.";
        return;
      }
      size += chunk.length;
      if (size > MAX_RATE_FILE_BYTES) {
        failure = `The CSV inside the .zip is larger than ${mb(MAX_RATE_FILE_BYTES)}.`;
        file.terminate();
        return;
      }
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < zip.length && !failure; at += ZIP_PIECE) {
      unzip.push(zip.subarray(at, at + ZIP_PIECE), at + ZIP_PIECE >= zip.length);
    }
  } catch {
    failure ??= "The .zip file is damaged or uses a compression Readout cannot read.";
  }
  if (failure) return { ok: false, message: failure };
  if (names.length !== 1 || !names[0]?.toLowerCase().endsWith(".csv")) {
    return { ok: false, message: "The .zip must hold exactly one .csv file, as the ECB's eurofxref-hist.zip does." };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}

const mb = (bytes: number) => `${bytes / 1024 / 1024} MB`;
