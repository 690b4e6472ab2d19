import { describe, expect, it } from "vitest";
import { refuseMalformedRequest } from "@/lib/http/malformed-request";
import { cleanText, dayRange, hasVisibleText, parseAmount, parseDateTime, parseDay, parseId, parseWholeNumber, queryValue } from "@/lib/validation/parse";
import { MAX_REQUEST_BYTES } from "@/lib/validation/size-limits";

describe("cleanText", () => {
  it("drops NUL, control characters and lone surrogates, and keeps tabs, line breaks and whole emoji", () => {
    expect(cleanText("a\u0000b\u0007c\td\ne")).toBe("abc\td\ne");
    expect(cleanText("x\ud800y\udc00z")).toBe("xyz");
    expect(cleanText("end\ud83d")).toBe("end");
    expect(cleanText("flag 🇺🇦 ok")).toBe("flag 🇺🇦 ok");
  });
});

describe("parseId", () => {
  it.each(["cmx06ip6c0005277d7y2yjes7", "0b6f3c1e-2d4a-4f7e-9c1a-3e5b7d9f1a2c"])("accepts %s", (id) => {
    expect(parseId(id)).toBe(id);
  });
  it.each(["", "a\u0000b", "\ufffd", "\ud800", "a/b", "a b", "x".repeat(65), undefined])("refuses %j", (id) => {
    expect(parseId(id)).toBeNull();
  });
});

describe("parseWholeNumber", () => {
  it.each([
    ["1", 1],
    ["2147483647", 2_147_483_647],
    ["007", 7],
  ])("reads %s as %i", (raw, value) => {
    expect(parseWholeNumber(raw, 1)).toBe(value);
  });
  it.each(["0", "-1", "1.5", "1e3", "+2", " 2", "2147483648", "99999999999", "0x10", "", "%00"])("refuses %j", (raw) => {
    expect(parseWholeNumber(raw, 1)).toBeNull();
  });
  it("keeps within a smaller maximum", () => {
    expect(parseWholeNumber("11", 0, 10)).toBeNull();
  });
});

describe("parseDay", () => {
  it.each(["2026-02-28", "2028-02-29", "0001-01-01", "9999-12-31"])("accepts %s", (day) => {
    expect(parseDay(day)).toBe(day);
  });
  it.each(["2026-02-30", "2026-11-31", "2026-02-29", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01", "10000-01-01", "+010000-01-01", "2026-1-5", "2026-01-05T00:00", "today"])(
    "refuses %s rather than rolling it over",
    (day) => {
      expect(parseDay(day)).toBeNull();
    },
  );
});

describe("parseDateTime", () => {
  it("reads a datetime-local value as UTC and keeps a given zone", () => {
    expect(parseDateTime("2026-10-14T09:00")).toBe("2026-10-14T09:00:00.000Z");
    expect(parseDateTime("2026-10-14T09:00:30Z")).toBe("2026-10-14T09:00:30.000Z");
    expect(parseDateTime("2026-10-14T09:00+02:00")).toBe("2026-10-14T07:00:00.000Z");
  });
  it.each(["2026-02-30T09:00", "2026-11-31T09:00", "2026-10-14T24:00", "2026-10-14T09:60", "0000-01-01T00:00", "0001-01-01T00:00+01:00", "+275760-09-13T00:00:00Z", "October 14, 2026", "2026-10-14"])(
    "refuses %s",
    (value) => {
      expect(parseDateTime(value)).toBeNull();
    },
  );
});

describe("dayRange", () => {
  it("covers whole days, to the last millisecond of year 9999", () => {
    expect(dayRange("2026-01-01", "9999-12-31")).toEqual({ gte: new Date("2026-01-01T00:00:00.000Z"), lte: new Date("9999-12-31T23:59:59.999Z") });
    expect(dayRange(undefined, undefined)).toEqual({});
  });
});

describe("parseAmount", () => {
  it.each([
    ["1234", "1234"],
    ["1234.5", "1234.5"],
    ["1,234", "1234"],
    ["1,234,567.89", "1234567.89"],
    ["12.345", "12.345"],
  ])("reads %s as %s", (raw, value) => {
    expect(parseAmount(raw)).toBe(value);
  });
  it.each(["1,2,3,4", "12,34", "1234,567", "1,234,56", ",123", "1.2.3", "1,234.5.6", "1e3", "-5", "+5", ".5", "5.", "", "1 234", "１２"])(
    "refuses %j rather than gluing its digits together",
    (raw) => {
      expect(parseAmount(raw)).toBeNull();
    },
  );
});

describe("queryValue", () => {
  it("takes the first of repeated values, cleaned and trimmed", () => {
    expect(queryValue({ q: [" a\u0000b ", "c"] }, "q")).toBe("ab");
    expect(queryValue({ q: "\u0000 " }, "q")).toBeUndefined();
    expect(queryValue({}, "q")).toBeUndefined();
  });
});

describe("refuseMalformedRequest", () => {
  it("answers a path that is not UTF-8 with a 400", async () => {
    for (const path of ["/readouts/%FF", "/invitation/%ED%A0%80", "/meetings/%E0%A4%A"]) {
      const response = refuseMalformedRequest(new Request(`http://readout.test${path}`));
      expect(response?.status, path).toBe(400);
      expect(await response?.text()).toMatch(/not valid/);
    }
  });

  it("answers a body larger than any form sends with a 413, and lets the rest through", () => {
    const large = new Request("http://readout.test/meetings/new", { method: "POST", headers: { "content-length": String(MAX_REQUEST_BYTES + 1) } });
    expect(refuseMalformedRequest(large)?.status).toBe(413);
    expect(refuseMalformedRequest(new Request("http://readout.test/readouts/%00?q=%FF"))).toBeNull();
    expect(refuseMalformedRequest(new Request("http://readout.test/meetings/new", { method: "POST", body: "x" }))).toBeNull();
  });
});

describe("hasVisibleText", () => {
  it.each([
    ["spaces and line breaks", " \n\t "],
    ["no-break and ideographic spaces", "\u00a0\u3000"],
    ["zero-width characters and the BOM", "\u200b\u2060\ufeff\u200d"],
    ["Hangul fillers", "\u3164\u115f\u1160\uffa0"],
    ["the blank Braille pattern", "\u2800\u2800"],
    ["marks with nothing to mark", "\u034f\u17b4\u17b5\u0301"],
  ])("is false for %s", (_, text) => {
    expect(hasVisibleText(text)).toBe(false);
  });

  it.each(["a", " Reason ", "é", "क्षमा", "\u200b1", "—", "€"])("is true for %j", (text) => {
    expect(hasVisibleText(text)).toBe(true);
  });
});
