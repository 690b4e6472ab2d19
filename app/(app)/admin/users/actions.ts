"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/dal/authorize";
import { AppError, runAction, type ActionResult } from "@/lib/errors";
import { type LinkResult } from "@/lib/users/link-mail";
import { changeRole, createUser, issuePasswordReset, setActive } from "@/lib/users/manage-users";
import { toFieldErrors } from "@/lib/validation/fields";
import { ZCreateUserInput, ZRole } from "@/lib/validation/user";

type LinkData = Pick<LinkResult, "link" | "emailed"> & { expiresAt: string };

/** Every account action refreshes the list it was made from. */
function run<T = undefined>(work: () => Promise<T>): Promise<ActionResult<T>> {
  return runAction(async () => {
    const data = await work();
    revalidatePath("/admin/users");
    return data;
  });
}

export async function createUserAction(_previous: ActionResult<LinkData> | null, formData: FormData): Promise<ActionResult<LinkData>> {
  return run(async () => {
    const actor = await authorize("manage:user:any");
    const parsed = ZCreateUserInput.safeParse(Object.fromEntries(formData));
    if (!parsed.success) throw new AppError("invalid_input", undefined, toFieldErrors(parsed.error));
    const result = await createUser(actor, parsed.data);
    return { link: result.link, emailed: result.emailed, expiresAt: result.expiresAt.toISOString() };
  });
}

export async function changeRoleAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return run(async () => {
    const actor = await authorize("manage:user:any");
    const role = ZRole.safeParse(formData.get("role"));
    if (!role.success) throw new AppError("invalid_input", "Choose a role.");
    await changeRole(actor, String(formData.get("userId") ?? ""), role.data);
    return undefined;
  });
}

export async function setActiveAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return run(async () => {
    const actor = await authorize("manage:user:any");
    await setActive(actor, String(formData.get("userId") ?? ""), formData.get("active") === "true");
    return undefined;
  });
}

export async function resetLinkAction(_previous: ActionResult<LinkData> | null, formData: FormData): Promise<ActionResult<LinkData>> {
  return run(async () => {
    const actor = await authorize("manage:user:any");
    const result = await issuePasswordReset(actor, String(formData.get("userId") ?? ""));
    return { link: result.link, emailed: result.emailed, expiresAt: result.expiresAt.toISOString() };
  });
}
