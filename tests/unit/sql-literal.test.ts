import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { inlineSql, sqlLiteral } from "@/lib/sql-literal";

describe("values written into SQL as literals", () => {
  it("quotes strings with the driver's escapeLiteral, backslashes included", () => {
    expect(sqlLiteral("O'Brien")).toBe("'O''Brien'");
    expect(sqlLiteral("a\\b'")).toBe(" E'a\\\\b'''");
  });

  it("writes dates as UTC ISO text, string arrays typed, and refuses anything else", () => {
    expect(sqlLiteral(new Date("2026-03-15T00:00:00Z"))).toBe("'2026-03-15T00:00:00.000Z'");
    expect(sqlLiteral(["a", "b'c"])).toBe("ARRAY['a', 'b''c']::text[]");
    expect(sqlLiteral([])).toBe("ARRAY[]::text[]");
    expect(sqlLiteral(null)).toBe("NULL");
    for (const bad of [new Date(Number.NaN), Number.NaN, Infinity, { toString: () => "1; DROP" }, [1], 10n]) expect(() => sqlLiteral(bad)).toThrow(TypeError);
  });

  it("rebuilds a fragment, nested ones included, with each value in its place", () => {
    const inner = Prisma.sql`lower(r.series) = lower(${"x'y"})`;
    expect(inlineSql(Prisma.sql`r."startsAt" >= ${new Date("2026-01-01T00:00:00Z")} AND ${inner} AND r.id = ANY(${["1"]})`)).toBe(
      `r."startsAt" >= '2026-01-01T00:00:00.000Z' AND lower(r.series) = lower('x''y') AND r.id = ANY(ARRAY['1']::text[])`,
    );
    expect(inlineSql(Prisma.sql`TRUE`)).toBe("TRUE");
  });
});
