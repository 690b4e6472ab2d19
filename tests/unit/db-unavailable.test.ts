import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db-unavailable";

const error = (props: Record<string, unknown>) => Object.assign(new Error(String(props.message ?? "")), props);

describe("isDatabaseUnavailable", () => {
  it.each([
    ["Prisma cannot reach the server", error({ name: "PrismaClientKnownRequestError", code: "P1001" })],
    ["a pool timeout", error({ code: "P2024" })],
    ["Postgres shutting down", error({ code: "57P01" })],
    ["a connection exception", error({ code: "08006" })],
    ["a refused socket", error({ code: "ECONNREFUSED" })],
    ["the adapter's closed connection", error({ meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } })],
    ["pg losing its connection", error({ message: "Connection terminated unexpectedly" })],
    ["pg giving up on connecting", error({ message: "timeout exceeded when trying to connect" })],
    ["no connection free to start a transaction", error({ code: "P2028", message: "Transaction API error: Unable to start a transaction in the given time." })],
    ["a cause two levels down", error({ cause: error({ cause: error({ message: "Connection terminated" }) }) })],
  ])("is true for %s", (_, e) => {
    expect(isDatabaseUnavailable(e)).toBe(true);
  });

  it.each([
    ["a unique violation", error({ code: "P2002" })],
    ["a transaction that ran too long", error({ code: "P2028", message: "Transaction API error: Transaction already closed" })],
    ["a syntax error", error({ code: "42601" })],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["the message inside a longer one", error({ message: "Title: Connection terminated unexpectedly" })],
    ["a message with a code of its own", error({ message: "Connection terminated", code: "23505" })],
    ["nothing", undefined],
  ])("is false for %s", (_, e) => {
    expect(isDatabaseUnavailable(e)).toBe(false);
  });
});
