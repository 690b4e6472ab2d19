import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { AppError, type AppErrorCode } from "@/lib/errors";
import type { User } from "@/lib/generated/prisma/client";
import { actAs, actAsNobody, createUser } from "../factories";
import { redirectTarget } from "../forms";
import { fingerprint } from "./fingerprint";
import { RESULTS, type Row } from "./grid";

/** How a call ended: a returned value (an action's result, a route's Response), a redirect, or an expected failure thrown. */
export type Outcome = { returned?: unknown; redirect?: string; error?: AppError };

/** One row being run: the caller (null when signed out) and Postgres as it was just before the call. */
export type Call = { prisma: Db; actor: User | null; row: Row; before: Record<string, string> };

export type Case<F> = {
  /** Tells apart several cases of one export, e.g. each workflow move. */
  name?: string;
  rows: Row[];
  /** What the call acts on, e.g. a meeting in `row.state`. Built before the call, after the caller. */
  fixture?: (call: Omit<Call, "before">) => Promise<F>;
  /** The fixture ignores the caller unless the row has a variant, so rows that leave it as it was share one per state. */
  shared?: boolean;
  /** An allowed call leaves the fixture as it was (a read, a comment): allowed rows share it too. */
  keepsFixture?: boolean;
  /** false: the caller is created but the browser stays signed out (signing in is what is tested). */
  signedIn?: boolean;
  call: (fixture: F, call: Call) => Promise<unknown>;
  /** How this kind of endpoint says no, as an AppError code; null when it did what was asked. */
  refusal: (outcome: Outcome) => AppErrorCode | null;
  /** What must have happened when the row is allowed (rows in Postgres, data in the answer). */
  effect: (fixture: F, outcome: Outcome, call: Call) => Promise<void>;
  /** Tables a refused call still writes to (a failed sign-in is audited and counted). */
  refusalWrites?: string[];
};

// Several cases in one list have different fixture types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Matrix = Record<string, Case<any>[]>;

export function defineCase<F>(c: Case<F>): Case<F> {
  return c;
}

async function settle(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { returned: await call() };
  } catch (error) {
    const redirect = redirectTarget(error);
    if (redirect) return { redirect };
    if (error instanceof AppError) return { error };
    throw error;
  }
}

function show(outcome: Outcome): string {
  if (outcome.returned instanceof Response) return `HTTP ${outcome.returned.status} ${outcome.returned.headers.get("location") ?? ""}`;
  return JSON.stringify(outcome.returned ?? outcome.redirect ?? outcome.error?.code);
}

const title = (c: Case<unknown>, row: Row) =>
  `${c.name ? `${c.name}: ` : ""}${row.who}${row.variant ? ` (${row.variant})` : ""}${row.state ? ` on ${row.state}` : ""} → ${row.expect}`;

/** Runs every row of every case: the refusal with nothing changed in Postgres, or the effect. */
export function runMatrix(matrix: Matrix, database: () => Db) {
  const sharedFixtures = new Map<unknown, Map<string | undefined, Promise<unknown>>>();

  async function fixtureFor(c: Case<unknown>, call: Omit<Call, "before">) {
    if (!c.fixture) return undefined;
    const share = c.shared && !call.row.variant && (call.row.expect !== "ok" || c.keepsFixture);
    if (!share) return c.fixture(call);
    const byState = sharedFixtures.get(c.fixture) ?? new Map<string | undefined, Promise<unknown>>();
    sharedFixtures.set(c.fixture, byState);
    if (!byState.has(call.row.state)) byState.set(call.row.state, c.fixture(call));
    return byState.get(call.row.state);
  }

  for (const [target, cases] of Object.entries(matrix)) {
    describe(target, () => {
      for (const c of cases) {
        for (const row of c.rows) {
          it(title(c, row), async () => {
            const prisma = database();
            const actor = row.who === "signed_out" ? null : await createUser(prisma, row.who);
            const fixture = await fixtureFor(c, { prisma, actor, row });
            if (actor && c.signedIn !== false) await actAs(prisma, actor);
            else actAsNobody();
            const before = await fingerprint(prisma, c.refusalWrites);
            const call = { prisma, actor, row, before };
            const outcome = await settle(() => c.call(fixture, call));
            const refusal = c.refusal(outcome);
            if (row.expect === "ok") {
              expect(refusal, `refused: ${show(outcome)}`).toBeNull();
              await c.effect(fixture, outcome, call);
            } else {
              const after = await fingerprint(prisma, c.refusalWrites);
              // A row that wrongly went through may have changed a shared fixture: later rows get a new one.
              if (refusal !== RESULTS[row.expect] || JSON.stringify(after) !== JSON.stringify(before)) sharedFixtures.get(c.fixture)?.delete(row.state);
              expect(refusal, `answered: ${show(outcome)}`).toBe(RESULTS[row.expect]);
              expect(after, "a refused call changed Postgres").toEqual(before);
            }
          });
        }
      }
    });
  }
}

/** A server action's refusal: a failed ActionResult, or an AppError it let through. */
export function actionRefusal(outcome: Outcome): AppErrorCode | null {
  const result = outcome.returned as { ok?: boolean; code?: AppErrorCode } | undefined;
  if (result?.ok === false) return result.code ?? null;
  return outcome.error?.code ?? null;
}

const STATUS_CODES: Record<number, AppErrorCode> = { 400: "invalid_input", 401: "unauthenticated", 403: "forbidden", 404: "not_found", 409: "invalid_state" };

/** A route handler's refusal: its status code. */
export function routeRefusal(outcome: Outcome): AppErrorCode | null {
  if (outcome.error) return outcome.error.code;
  if (!(outcome.returned instanceof Response)) throw new Error(`A route answered ${show(outcome)}`);
  return STATUS_CODES[outcome.returned.status] ?? null;
}

/** The body of a route's answer. */
export const bodyOf = (outcome: Outcome) => (outcome.returned as Response).clone();
