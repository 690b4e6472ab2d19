"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/dal/authorize";
import { AppError, runAction, type ActionResult } from "@/lib/errors";
import { parsePledgeNumber } from "@/lib/ledger/pledge-number";
import { proposeEvent, withdrawEvent } from "@/lib/ledger/propose-event";

const FIELDS = ["kind", "amount", "quantity", "asOf", "source", "sourceUrl", "note"] as const;

function refresh(number: number) {
  revalidatePath(`/ledger/pledges/${number}`);
  revalidatePath(`/ledger/pledges/${number}/events/new`);
  revalidatePath("/review/events");
}

export async function proposeEventAction(_previous: ActionResult<{ warnings: string[] }> | null, formData: FormData): Promise<ActionResult<{ warnings: string[] }>> {
  return runAction(async () => {
    const actor = await authorize("propose:event:any");
    const number = parsePledgeNumber(formData.get("pledgeNumber"));
    if (!number) throw new AppError("not_found");
    const fields = Object.fromEntries(FIELDS.map((name) => [name, String(formData.get(name) ?? "")]));
    const { warnings } = await proposeEvent(actor, number, fields);
    refresh(number);
    return { warnings };
  }, "Proposed. It counts once another reviewer approves it.");
}

export async function withdrawEventAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await authorize("propose:event:any");
    await withdrawEvent(actor, String(formData.get("eventId") ?? ""));
    const number = parsePledgeNumber(formData.get("pledgeNumber"));
    if (number) refresh(number);
    return undefined;
  }, "Withdrawn.");
}
