import "server-only";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/** For server actions and data access: throws an AppError instead of redirecting. */
export async function authorize(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated");
  if (!can(user, permission)) throw new AppError("forbidden");
  return user;
}
