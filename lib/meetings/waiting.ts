const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How long something has waited, in the largest whole unit: "3 days", "5 hours", "under an hour". */
export function waitingFor(since: Date, now: Date): string {
  const ms = Math.max(0, now.getTime() - since.getTime());
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY);
    return days === 1 ? "1 day" : `${days} days`;
  }
  if (ms >= HOUR) {
    const hours = Math.floor(ms / HOUR);
    return hours === 1 ? "1 hour" : `${hours} hours`;
  }
  return "under an hour";
}
