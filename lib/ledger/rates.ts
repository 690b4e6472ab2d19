import { recordAudit, type AuditActor } from "@/lib/audit";
import { db, type Db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { describeProblem, parseEcbCsv } from "@/lib/ledger/parse-ecb-csv";
import { readRateFile } from "@/lib/ledger/read-rate-file";
import { reconvertPledges } from "@/lib/ledger/store-figures";
import { isoDay } from "@/lib/validation/iso-date";

// A row per currency and day: the real history is ~200,000 rates, written in
// chunks of this many per statement.
const CHUNK = 20_000;
// An upload of the whole history takes seconds; the default 5 s is too tight on a busy machine.
const UPLOAD_TIMEOUT_MS = 120_000;
// Rates are looked up at most this far back: far enough for a weekend plus the
// ECB's holidays, never so far that a currency the ECB stopped publishing (the
// rouble after 1 March 2022) gets an old rate instead of "no rate".
export const MAX_RATE_LOOKBACK_DAYS = 7;

export type RateUploadSummary = {
  id: string;
  fileName: string;
  rows: number;
  rates: number;
  currencies: string[];
  firstDate: string;
  lastDate: string;
};

/**
 * Stores the rates of an ECB rate file, all or nothing: a file with any
 * malformed cell is refused with every problem listed, and nothing is written.
 * A rate already stored for a currency and day is replaced by the file's.
 */
export async function uploadRates(
  client: Db,
  args: { actor: AuditActor | null; fileName: string; bytes: Uint8Array },
): Promise<RateUploadSummary> {
  const text = readRateFile(args.bytes);
  if (!text.ok) throw refusal([text.message]);
  const parsed = parseEcbCsv(text.text);
  if (!parsed.ok) {
    const lines = parsed.problems.map(describeProblem);
    if (parsed.more > 0) lines.push(`…and ${parsed.more} more problems.`);
    throw refusal(lines);
  }
  const { rates, rows, firstDate, lastDate } = parsed.value;
  const currencies = [...new Set(rates.map((r) => r.currency))].sort();
  const fileName = (args.fileName.split(/[\\/]/).pop() ?? "").replace(/[^\w.-]+/g, "-").slice(0, 200) || "rates.csv";

  return client.$transaction(
    async (tx) => {
      // One upload at a time, so two files cannot interleave their rows.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('readout:rate-upload'))`;
      const upload = await tx.rateUpload.create({
        data: {
          fileName,
          rows,
          firstDate: new Date(`${firstDate}T00:00:00Z`),
          lastDate: new Date(`${lastDate}T00:00:00Z`),
          uploadedById: args.actor?.id ?? null,
        },
        select: { id: true },
      });
      for (let start = 0; start < rates.length; start += CHUNK) {
        await writeChunk(tx, upload.id, rates.slice(start, start + CHUNK));
      }
      // The stored converted figures of every pledge that may use one of these rates.
      await reconvertPledges(tx, firstDate, lastDate);
      const summary = { id: upload.id, fileName, rows, rates: rates.length, currencies, firstDate, lastDate };
      await recordAudit(tx, { actor: args.actor, action: "rates.upload", entityType: "rate_upload", entityId: upload.id, after: summary });
      return summary;
    },
    { timeout: UPLOAD_TIMEOUT_MS, maxWait: UPLOAD_TIMEOUT_MS },
  );
}

// One JSON parameter per chunk: the driver adapter serialises three large arrays far more slowly.
// A rate that did not change keeps the upload it came from, so loading the
// whole history again only writes the days that are new.
function writeChunk(tx: Tx, uploadId: string, chunk: { currency: string; date: string; rate: string }[]) {
  const rows = JSON.stringify(chunk.map((r) => [r.currency, r.date, r.rate]));
  return tx.$executeRaw`
    INSERT INTO "ExchangeRate" (currency, date, rate, "uploadId")
    SELECT e->>0, (e->>1)::date, (e->>2)::numeric, ${uploadId} FROM jsonb_array_elements(${rows}::jsonb) AS e
    ON CONFLICT (currency, date) DO UPDATE SET rate = EXCLUDED.rate, "uploadId" = EXCLUDED."uploadId"
    WHERE "ExchangeRate".rate IS DISTINCT FROM EXCLUDED.rate`;
}

function refusal(problems: string[]) {
  return new AppError("invalid_input", "The file was refused and nothing was saved. Fix these problems and upload it again.", { file: problems });
}

export type RateOn = { rate: number; date: Date; isEarlier: boolean };

/**
 * The euro reference rate of `currency` (units per 1 EUR) on `date`, or on the
 * last earlier day with a rate (weekends and holidays have none): `isEarlier`
 * says so, `date` says which day. Null when there is no rate within a week.
 */
export async function rateOn(currency: string, date: Date, client: Db | Tx = db()): Promise<RateOn | null> {
  const code = currency.toUpperCase();
  const day = new Date(`${isoDay(date)}T00:00:00Z`);
  if (code === "EUR") return { rate: 1, date: day, isEarlier: false };
  const row = await client.exchangeRate.findFirst({
    where: { currency: code, date: { lte: day, gt: daysBefore(day, MAX_RATE_LOOKBACK_DAYS) } },
    orderBy: { date: "desc" },
    select: { rate: true, date: true },
  });
  if (!row) return null;
  return { rate: row.rate.toNumber(), date: row.date, isEarlier: row.date.getTime() < day.getTime() };
}

export type Conversion = { amount: number; from: RateOn; to: RateOn };

/**
 * One figure converted from one currency to another through the euro rates of
 * both (amount / rate(from) * rate(to)), each at `date` or the last earlier
 * day with a rate. Null when either has no rate.
 */
export async function convertOn(amount: number, from: string, to: string, date: Date, client: Db | Tx = db()): Promise<Conversion | null> {
  const fromRate = await rateOn(from, date, client);
  const toRate = await rateOn(to, date, client);
  if (!fromRate || !toRate) return null;
  return { amount: (amount / fromRate.rate) * toRate.rate, from: fromRate, to: toRate };
}

const daysBefore = (day: Date, days: number) => new Date(day.getTime() - days * 24 * 3600 * 1000);
