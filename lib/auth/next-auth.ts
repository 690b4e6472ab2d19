import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { endSession, SESSION_MAX_AGE_SECONDS, signInWithPassword } from "@/lib/auth/sign-in";
import { clientIp } from "@/lib/http/client-ip";
import { safeNext } from "@/lib/http/safe-next";

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

/** A refusal because of too many failures: shown with its own message. */
export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

// The JWT cookie only names a row in the Session table; who the user is and
// what they may do is read from Postgres on every request (lib/auth/current-user.ts).
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: {
    // A wrong password is an expected outcome (audited), not a server error.
    error: (error) => {
      if (error.name !== "CredentialsSignin") console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (raw, request) => {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await signInWithPassword({
          ...parsed.data,
          ip: clientIp(request.headers),
          userAgent: request.headers.get("user-agent") ?? "",
        });
        if (!result.ok && result.throttled) throw new ThrottledSignin();
        if (!result.ok) return null;
        return { id: result.userId, sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    // next-auth's own endpoints take a callbackUrl from the request: the same rule as every redirect.
    redirect: ({ url, baseUrl }) => new URL(safeNext(url, baseUrl), baseUrl).toString(),
    jwt: ({ token, user }) => {
      if (user && "sessionId" in user) token.sid = user.sessionId as string;
      return token;
    },
    session: ({ session, token }) => {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  events: {
    signOut: async (message) => {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
});
