import { vi } from "vitest";
import { testSession } from "./session-state";

// The one seam: the cookie-decoding step of next-auth, which needs a live
// request. Everything behind it (the Session row, the user's role and active
// flag, every query) is the real code on a real Postgres.
vi.mock("@/lib/auth/next-auth", () => ({
  auth: vi.fn(async () => (testSession.sid ? { sid: testSession.sid, expires: "" } : null)),
  signIn: vi.fn(),
  signOut: vi.fn(),
  handlers: {},
}));

vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

// Server actions read request headers; tests may forge them (links must never use them).
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ host: "readout.test", "x-forwarded-proto": "https" })),
  cookies: vi.fn(async () => ({ get: () => undefined, getAll: () => [], has: () => false })),
}));
