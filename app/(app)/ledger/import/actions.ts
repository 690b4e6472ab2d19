"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/dal/authorize";
import { AppError, runAction, type ActionResult } from "@/lib/errors";
import { MAX_IMPORT_BYTES } from "@/lib/ledger/import-columns";
import { confirmImport, previewImport } from "@/lib/ledger/import-pledges";
import { toPreview } from "@/lib/ledger/import-preview";

type Preview = ReturnType<typeof toPreview>;

const tooLarge = () => new AppError("invalid_input", undefined, { file: [`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into several imports.`] });

/** Reads an uploaded file and shows what it would create and link; writes nothing. */
export async function previewImportAction(_previous: ActionResult<Preview> | null, formData: FormData): Promise<ActionResult<Preview>> {
  return runAction(async () => {
    const actor = await authorize("import:pledge:any");
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("invalid_input", undefined, { file: ["Choose a CSV file to import."] });
    if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      throw new AppError("invalid_input", undefined, { file: ["The file is not text in UTF-8: save it from your spreadsheet as “CSV UTF-8”."] });
    }
    return toPreview(await previewImport(actor, { fileName: file.name, text }), text);
  });
}

/** Checks the previewed file's text again and writes it all as one import awaiting review, or nothing. */
export async function confirmImportAction(
  _previous: ActionResult<{ pledges: number; events: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ pledges: number; events: number }>> {
  return runAction(async () => {
    const actor = await authorize("import:pledge:any");
    const text = formData.get("text");
    if (typeof text !== "string" || text === "") throw new AppError("invalid_input", "Upload the file again: its content did not arrive.");
    if (text.length > MAX_IMPORT_BYTES) throw tooLarge();
    const result = await confirmImport(actor, { fileName: String(formData.get("fileName") ?? ""), text });
    revalidatePath("/review/events");
    revalidatePath("/ledger/import");
    return { pledges: result.pledges, events: result.events };
  }, "Imported. Nothing counts in the ledger until another reviewer approves the import in “Pledge progress to review”.");
}
