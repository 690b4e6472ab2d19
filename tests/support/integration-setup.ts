import { randomBytes } from "node:crypto";
import { vi } from "vitest";

// next-auth runs for real: it signs and reads the session cookie with this secret.
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");

// The one seam: Next's request scope. headers() and cookies() come from the
// request a test plays (tests/support/request-context.ts); next-auth (inlined
// in vitest.config.ts so that it sees this too), the Session row, the user's
// role and every query are the real code on a real Postgres.
vi.mock("next/headers", async () => (await import("./request-context")).nextHeaders);

// Outside Next there is no cache to revalidate.
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));
