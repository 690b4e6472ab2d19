import { NextRequest } from "next/server";
import { expect } from "vitest";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import type { AppErrorCode } from "@/lib/errors";
import { SESSION_COOKIE, TEST_PASSWORD } from "../../support/factories";
import { fingerprint } from "../../support/matrix/fingerprint";
import { grid } from "../../support/matrix/grid";
import { defineCase, routeRefusal, type Matrix, type Outcome } from "../../support/matrix/runner";
import { browserCookies, keepCookies, requestTo } from "../../support/request-context";

// next-auth's own route handler. Written out by hand; legend in support/matrix/grid.ts.

// next-auth's handlers take the NextRequest that Next.js makes of each request.
const nextRequest = async (...args: Parameters<typeof requestTo>) => new NextRequest(await requestTo(...args));
const json = (outcome: Outcome) => (outcome.returned as Response).clone().json();

/** next-auth's sign-in and sign-out are form posts that must carry its CSRF token (double-submit cookie). */
async function csrfToken(): Promise<string> {
  const response = await authGet(await nextRequest("/api/auth/csrf"));
  keepCookies(response);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** next-auth refuses by redirecting to the sign-in page with an error. */
function authRefusal(outcome: Outcome): AppErrorCode | null {
  const location = (outcome.returned as Response).headers.get("location") ?? "";
  const error = new URL(location, "https://readout.test").searchParams.get("error");
  if (error === "MissingCSRF") return "forbidden";
  if (error) return "unauthenticated";
  return routeRefusal(outcome);
}

export const authRoutes: Matrix = {
  "app/api/auth/[...nextauth]/route.ts#GET": [
    defineCase({
      name: "session",
      rows: grid`
        who         any
        signed_out  ok
        viewer      ok
        editor      ok
        reviewer    ok
        admin       ok`,
      call: async () => authGet(await nextRequest("/api/auth/session")),
      refusal: routeRefusal,
      effect: async (_none, outcome, { prisma, actor }) => {
        const body = (await json(outcome)) as { sid?: string; expires?: string } | null;
        if (!actor) return expect(body).toBeNull();
        // Signed in, but the session id is a credential the page's scripts never get.
        expect(body?.expires).toBeTruthy();
        expect(JSON.stringify(body)).not.toContain((await prisma.session.findFirstOrThrow({ where: { userId: actor.id } })).id);
      },
    }),
  ],
  "app/api/auth/[...nextauth]/route.ts#POST": [
    defineCase({
      name: "sign out",
      rows: grid`
        who              any
        signed_out       ok
        viewer           ok
        editor           ok
        editor:no_csrf   deny
        reviewer         ok
        admin            ok`,
      call: async (_none, { row }) => {
        const token = row.variant === "no_csrf" ? "" : await csrfToken();
        return authPost(await nextRequest("/api/auth/signout", { method: "POST", form: { csrfToken: token } }));
      },
      refusal: authRefusal,
      effect: async (_none, outcome, { prisma, actor, before }) => {
        keepCookies(outcome.returned as Response);
        expect(browserCookies.get(SESSION_COOKIE)).toBeUndefined();
        if (actor) expect(await prisma.session.count({ where: { userId: actor.id } })).toBe(0);
        else expect(await fingerprint(prisma)).toEqual(before);
      },
    }),
    defineCase({
      name: "sign in with a password",
      // The caller is whose email and password are posted; signed_out: an address with no account.
      rows: grid`
        who              any
        signed_out       auth
        viewer           ok
        editor           ok
        editor:inactive  auth
        editor:no_csrf   deny
        reviewer         ok
        admin            ok`,
      signedIn: false,
      fixture: async ({ prisma, actor, row }) => {
        if (actor && row.variant === "inactive") await prisma.user.update({ where: { id: actor.id }, data: { active: false } });
      },
      call: async (_none, { actor, row }) => {
        const token = row.variant === "no_csrf" ? "" : await csrfToken();
        const form = { csrfToken: token, email: actor?.email ?? "nobody@test.example", password: TEST_PASSWORD, callbackUrl: "/" };
        return authPost(await nextRequest("/api/auth/callback/credentials", { method: "POST", form }));
      },
      refusal: authRefusal,
      refusalWrites: ["AuditEvent", "SignInThrottle"],
      effect: async (_none, outcome, { prisma, actor }) => {
        keepCookies(outcome.returned as Response);
        expect((outcome.returned as Response).headers.get("location")).toBe("https://readout.test/");
        const session = await prisma.session.findFirstOrThrow({ where: { userId: actor!.id } });
        const check = await authGet(await nextRequest("/api/auth/session"));
        const body = (await check.json()) as { expires?: string };
        expect(body.expires).toBeTruthy();
        expect(JSON.stringify(body)).not.toContain(session.id);
      },
    }),
  ],
};
