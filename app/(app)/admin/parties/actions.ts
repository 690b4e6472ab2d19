"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/dal/authorize";
import { AppError, runAction, type ActionResult } from "@/lib/errors";
import { addPartyAlias, type AddedAlias } from "@/lib/ledger/party-aliases";
import { toFieldErrors } from "@/lib/validation/fields";
import { ZPartyAliasInput } from "@/lib/validation/party";

export async function addAliasAction(_previous: ActionResult<AddedAlias> | null, formData: FormData): Promise<ActionResult<AddedAlias>> {
  return runAction(async () => {
    const actor = await authorize("manage:ledger:any");
    const parsed = ZPartyAliasInput.safeParse({ party: formData.get("party") ?? "", alias: formData.get("alias") ?? "" });
    if (!parsed.success) throw new AppError("invalid_input", undefined, toFieldErrors(parsed.error));
    const added = await addPartyAlias(actor, parsed.data);
    revalidatePath("/admin/parties");
    return added;
  });
}
