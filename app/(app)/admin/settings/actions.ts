"use server";

import { revalidatePath } from "next/cache";
import { changePublicReading } from "@/lib/dal/settings";
import { AppError, runAction, type ActionResult } from "@/lib/errors";

const CHOICES = { on: true, off: false } as const;

export async function setPublicReadingAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const choice = String(formData.get("publicReading") ?? "");
    if (!(choice in CHOICES)) throw new AppError("invalid_input", "Choose on or off.");
    await changePublicReading(CHOICES[choice as keyof typeof CHOICES]);
    revalidatePath("/admin/settings");
    return undefined;
  }, "Saved. Every instance applies it from the next request.");
}
