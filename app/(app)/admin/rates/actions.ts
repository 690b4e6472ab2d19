"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/dal/authorize";
import { db } from "@/lib/db";
import { AppError, runAction, type ActionResult } from "@/lib/errors";
import { uploadRates, type RateUploadSummary } from "@/lib/ledger/rates";
import { MAX_RATE_FILE_BYTES } from "@/lib/ledger/read-rate-file";

export async function uploadRatesAction(_previous: ActionResult<RateUploadSummary> | null, formData: FormData): Promise<ActionResult<RateUploadSummary>> {
  return runAction(async () => {
    const actor = await authorize("manage:ledger:any");
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("invalid_input", undefined, { file: ["Choose the ECB's rate file (.csv or .zip)."] });
    if (file.size > MAX_RATE_FILE_BYTES) throw new AppError("invalid_input", undefined, { file: [`The file is larger than ${MAX_RATE_FILE_BYTES / 1024 / 1024} MB.`] });
    const summary = await uploadRates(db(), { actor, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    revalidatePath("/admin/rates");
    revalidatePath("/ledger", "layout");
    return summary;
  });
}
