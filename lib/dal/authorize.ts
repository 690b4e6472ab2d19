import "server-only";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { getReader, readerRetryAfter, type Reader } from "@/lib/auth/reader";
import { AppError, RateLimitedError } from "@/lib/errors";

/**
 * For server actions and data access: the signed-in user, who must hold
 * `permission` when one is named. Throws an AppError instead of redirecting.
 */
export async function authorize(permission?: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated");
  if (permission && !can(user, permission)) throw new AppError("forbidden");
  return user;
}

/**
 * For reading what is published (read:readout): the signed-in user, a token's
 * reader inside a route that accepts tokens, or, while public reading is on,
 * the anonymous reader within its address's rate limit.
 */
export async function authorizeReader(): Promise<Reader> {
  const reader = await getReader();
  if (!reader) throw new AppError("unauthenticated");
  if (!can(reader, "read:readout")) throw new AppError("forbidden");
  const wait = await readerRetryAfter(reader);
  if (wait) throw new RateLimitedError(wait);
  return reader;
}
