import { formatMoney } from "@/lib/money";

export type Announcement = "new" | "reannounced" | "increased" | "reduced";
type Amount = { amount: string | null; currency: string | null };

/**
 * A linked commitment states the pledge's whole amount at this meeting
 * (decision 0015): the same total when re-announced, a larger or smaller one
 * when increased or reduced. Returns what is wrong, or null.
 */
export function announcementProblem(announcement: Announcement, stated: Amount, pledge: Amount & { number: number }): string | null {
  if (announcement === "new" || !pledge.amount || !pledge.currency) return null;
  const current = formatMoney(pledge.amount, pledge.currency);
  const label = `P-${pledge.number}`;
  if (!stated.amount) {
    return announcement === "reannounced" ? null : `State the pledge's new total (${label} stands at ${current}).`;
  }
  if (stated.currency !== pledge.currency) return `${label} is in ${pledge.currency}; state its whole amount in ${pledge.currency}.`;
  const difference = Number(stated.amount) - Number(pledge.amount);
  if (announcement === "reannounced" && difference !== 0) {
    return `A re-announcement repeats the amount of ${label} (${current}); if it changed, choose increased or reduced.`;
  }
  if (announcement === "increased" && difference <= 0) {
    return `An increase states the pledge's new total, more than ${current} (${label} now).`;
  }
  if (announcement === "reduced" && difference >= 0) {
    return `A reduction states the pledge's new total, less than ${current} (${label} now).`;
  }
  return null;
}
