import type { Announcement } from "@/lib/generated/prisma/enums";

/** What each kind of announcement is called wherever it is shown. */
export const ANNOUNCEMENT_NAMES = {
  new: "New",
  reannounced: "Re-announced",
  increased: "Increased",
  reduced: "Reduced",
} satisfies Record<Announcement, string>;
