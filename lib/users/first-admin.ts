import { recordAudit } from "@/lib/audit";
import { issueToken, TOKEN_PATH } from "@/lib/auth/tokens";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZCreateUserInput } from "@/lib/validation/user";
import { readoutOrigin } from "@/lib/config";

export type FirstAdmin = { userId: string; path: string; expiresAt: Date };

/**
 * The first admin of a database that has none: an account with no password
 * and a one-time invitation link to set one, as an admin's invitation gives.
 * Refused once an active admin exists; from then on admins invite people.
 */
export async function createFirstAdmin(prisma: Db, input: { email?: string; name?: string }): Promise<FirstAdmin> {
  const parsed = ZCreateUserInput.safeParse({ ...input, role: "admin" });
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues.map((i) => i.message).join(" "));
  const { email, name } = parsed.data;
  return prisma.$transaction(async (tx) => {
    // Two runs at once must not both find "no admin yet".
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('readout.first-admin'))`;
    if (await tx.user.count({ where: { role: "admin", active: true } })) {
      throw new AppError("invalid_state", "Readout already has an admin. Admins invite everyone else from Users.");
    }
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("invalid_input", "An account with this email address already exists.");
    }
    const user = await tx.user.create({ data: { email, name, role: "admin", active: true } });
    const token = await issueToken(tx, user.id, "invitation");
    await recordAudit(tx, { actor: null, action: "user.create", entityType: "user", entityId: user.id, after: { email, role: "admin", via: "admin:create" } });
    return { userId: user.id, path: `${TOKEN_PATH.invitation}/${token.raw}`, expiresAt: token.expiresAt };
  });
}

/** The link to print: on READOUT_URL when set; otherwise only the path, as a command cannot know the address people use. */
export function setupLink(path: string, readoutUrl: string | undefined): { link: string; complete: boolean } {
  const origin = readoutOrigin({ READOUT_URL: readoutUrl });
  return origin ? { link: new URL(path, origin).toString(), complete: true } : { link: path, complete: false };
}
