import { describe, expect, it } from "vitest";
import { ROOT } from "@/lib/cli/run";
import { leakIn } from "@/lib/loadtest/leaks";

describe("the load test's check for answers that show internals", () => {
  it.each([
    ["a Prisma invocation", "Invalid `prisma.meeting.findMany()` invocation:\n\nsomething failed"],
    ["Prisma's client by name", 'digest: "x", name: "PrismaClientKnownRequestError"'],
    ["a Prisma error code", 'Error code P2024 while waiting for a connection'],
    ["a database connection error", "Error: connect ECONNREFUSED 127.0.0.1:5432"],
    ["the pg driver's message", "Connection terminated unexpectedly"],
    ["Postgres' shutdown message", "terminating connection due to administrator command"],
    ["an async stack frame", "Error: boom\n    at async Promise.all (index 0)"],
    ["a stack frame", "    at Object.handler (server.js:1:2)"],
    ["a dependency's path", "/srv/app/node_modules/pg/lib/client.js"],
    ["the build's server files", "chunk .next/server/app/page.js"],
    ["this checkout's path", `${ROOT}/lib/db.ts:12:5`],
  ])("finds %s", (_what, body) => {
    expect(leakIn(`<html>${body}</html>`)).toBeDefined();
  });

  it.each([
    ["the action's unavailable answer", '1:{"ok":false,"code":"unavailable","formError":"Readout is temporarily unavailable. Nothing was saved; try again in a moment."}'],
    ["the balancer's 502", "The instance went away during the request."],
    ["a page with static assets", '<script src="/_next/static/chunks/app/page-0a1b.js" async=""></script><p>Meeting at 10:00 (CET) on air defence</p>'],
    ["a CSV line", "2026-03-01,UDCG,Norway,EUR 1000000,delivered"],
  ])("passes %s", (_what, body) => {
    expect(leakIn(body)).toBeUndefined();
  });
});
