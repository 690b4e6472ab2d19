import { encode } from "next-auth/jwt";
import pg from "pg";

// Over plain http next-auth names its cookie without the __Secure- prefix; the name is also the JWT's salt.
const COOKIE = "authjs.session-token";

/**
 * Signs a demo account in the way sign-in does (lib/auth/sign-in.ts): a row in
 * Session, named by the JWT cookie next-auth would set. Returns the Cookie header.
 */
export async function sessionCookie(url: string, email: string, secret: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ sid: string; uid: string }>(
      `INSERT INTO "Session" (id, "userId", "expiresAt", "userAgent")
       SELECT gen_random_uuid()::text, u.id, now() + interval '6 hours', 'npm run bench' FROM "User" u WHERE u.email = $1
       RETURNING id AS sid, "userId" AS uid`,
      [email],
    );
    if (!rows[0]) throw new Error(`No account ${email}: run \`npm run bench:data\` first.`);
    const token = await encode({ token: { sub: rows[0].uid, sid: rows[0].sid }, secret, salt: COOKIE, maxAge: 6 * 3600 });
    return `${COOKIE}=${token}`;
  } finally {
    await client.end();
  }
}
