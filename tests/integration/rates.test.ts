import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { uploadRatesAction } from "@/app/(app)/admin/rates/actions";
import type { Db } from "@/lib/db";
import { convertOn, rateOn, uploadRates } from "@/lib/ledger/rates";
import { isoDay } from "@/lib/validation/iso-date";
import { loadDemoRates } from "@/prisma/demo/rates";
import { freshDatabase, useDatabase } from "../support/database";
import { actAs } from "../support/factories";
import { staff } from "../support/meetings";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

const CURRENCIES = ["USD", "JPY", "GBP", "RUB"];

/** `days` working days ending on Friday 2026-11-27, newest first, in the ECB's layout. */
function ecbFile(days: number, options: { currencies?: string[]; badRow?: number } = {}) {
  const currencies = options.currencies ?? CURRENCIES;
  const lines = [`Date,${currencies.join(",")},`];
  let day = new Date("2026-11-27T00:00:00Z");
  for (let i = 0; i < days; i++) {
    while ([0, 6].includes(day.getUTCDay())) day = new Date(day.getTime() - 864e5);
    const values = currencies.map((c, j) => (c === "RUB" ? "N/A" : (1 + j + i / 10_000).toFixed(4)));
    if (i + 2 === options.badRow) values[0] = "1.05.2";
    lines.push(`${isoDay(day)},${values.join(",")},`);
    day = new Date(day.getTime() - 864e5);
  }
  return strToU8(`${lines.join("\n")}\n`);
}

const counts = async () => ({
  rates: await prisma.exchangeRate.count(),
  uploads: await prisma.rateUpload.count(),
  audit: await prisma.auditEvent.count({ where: { action: "rates.upload" } }),
});

describe("rate uploads", () => {
  it("refuses a whole file for one bad row among thousands, naming the row and column, and writes nothing", async () => {
    const before = await counts();
    const upload = uploadRates(prisma, { actor: null, fileName: "eurofxref-hist.csv", bytes: ecbFile(3_000, { badRow: 2_345 }) });
    await expect(upload).rejects.toMatchObject({
      code: "invalid_input",
      fieldErrors: { file: [expect.stringMatching(/^Row 2345, column 2 \(USD\): /)] },
    });
    expect(await counts()).toEqual(before);
  });

  it("stores a file's rates with who uploaded it, and a later file replaces the rates of the same days", async () => {
    const admin = await staff(prisma, "admin");
    const first = await uploadRates(prisma, { actor: admin, fileName: "../eurofxref hist.csv", bytes: ecbFile(10) });
    expect(first).toMatchObject({ fileName: "eurofxref-hist.csv", rows: 10, rates: 30, currencies: ["GBP", "JPY", "USD"], firstDate: "2026-11-16", lastDate: "2026-11-27" });
    expect(await prisma.rateUpload.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ uploadedById: admin.id, rows: 10 });

    const zipped = zipSync({ "eurofxref-hist.csv": strToU8("Date,USD,\n2026-11-27,1.2345,\n") });
    const second = await uploadRates(prisma, { actor: admin, fileName: "eurofxref-hist.zip", bytes: zipped });
    expect(second).toMatchObject({ rows: 1, rates: 1 });
    const usd = await prisma.exchangeRate.findUniqueOrThrow({ where: { currency_date: { currency: "USD", date: new Date("2026-11-27T00:00:00Z") } } });
    expect([usd.rate.toString(), usd.uploadId]).toEqual(["1.2345", second.id]);
    expect(await prisma.auditEvent.count({ where: { action: "rates.upload", actorId: admin.id } })).toBe(2);
  });

  it("loads a file the size of the ECB's whole history", { timeout: 120_000 }, async () => {
    const currencies = Array.from({ length: 40 }, (_, i) => `Q${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`);
    const result = await uploadRates(prisma, { actor: null, fileName: "big.csv", bytes: ecbFile(7_000, { currencies }) });
    expect(result).toMatchObject({ rows: 7_000, rates: 280_000 });
    expect(await prisma.exchangeRate.count({ where: { currency: "QAA" } })).toBe(7_000);
  });

  it("lets only admins upload, through the action", async () => {
    const data = () => {
      const form = new FormData();
      form.set("file", new File([ecbFile(2)], "eurofxref-hist.csv", { type: "text/csv" }));
      return form;
    };
    for (const role of ["viewer", "editor", "reviewer"] as const) {
      await actAs(prisma, await staff(prisma, role));
      expect(await uploadRatesAction(null, data())).toMatchObject({ ok: false, code: "forbidden" });
    }
    await actAs(prisma, await staff(prisma, "admin"));
    expect(await uploadRatesAction(null, data())).toMatchObject({ ok: true, data: { rows: 2 } });
    expect(await uploadRatesAction(null, new FormData())).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringMatching(/Choose/)] } });
  });
});

describe("rateOn", () => {
  let demo: Db;
  beforeAll(async () => {
    ({ prisma: demo } = await freshDatabase());
    await loadDemoRates(demo);
    useDatabase(prisma);
  });

  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("uses the day's rate, or the last earlier working day's over a weekend, and says so", async () => {
    const friday = await rateOn("USD", day("2026-11-13"), demo);
    expect(friday).toMatchObject({ date: day("2026-11-13"), isEarlier: false });
    expect(friday!.rate).toBeGreaterThan(0.5);
    const sunday = await rateOn("usd", day("2026-11-15"), demo);
    expect(sunday).toEqual({ ...friday, isEarlier: true });
    expect(await rateOn("USD", day("2026-05-01"), demo)).toMatchObject({ date: day("2026-04-30"), isEarlier: true });
    expect(await rateOn("EUR", day("2026-11-15"), demo)).toEqual({ rate: 1, date: day("2026-11-15"), isEarlier: false });
  });

  it("has no rate where the ECB published none, before the first rate, or more than a week after the last", async () => {
    expect(await rateOn("RUB", day("2026-10-14"), demo)).toBeNull();
    expect(await rateOn("UAH", day("2026-10-14"), demo)).toBeNull();
    expect(await rateOn("USD", day("2026-03-31"), demo)).toBeNull();
    expect(await rateOn("USD", day("2026-12-03"), demo)).toMatchObject({ date: day("2026-11-27"), isEarlier: true });
    expect(await rateOn("USD", day("2026-12-04"), demo)).toBeNull();
  });

  it("converts a single figure through the euro rates of both currencies", async () => {
    const usd = (await rateOn("USD", day("2026-10-14"), demo))!;
    const gbp = (await rateOn("GBP", day("2026-10-14"), demo))!;
    const converted = await convertOn(1_000_000, "USD", "GBP", day("2026-10-14"), demo);
    expect(converted!.amount).toBeCloseTo((1_000_000 / usd.rate) * gbp.rate, 6);
    expect((await convertOn(100, "USD", "EUR", day("2026-10-14"), demo))!.amount).toBeCloseTo(100 / usd.rate, 6);
    expect(await convertOn(100, "RUB", "EUR", day("2026-10-14"), demo)).toBeNull();
  });
});
