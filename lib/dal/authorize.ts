import "server-only";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

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
