import type { Publication, WorkingCopy } from "@/lib/generated/prisma/enums";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export const formatDate = (date: Date) => dateFormat.format(date);
export const formatDateTime = (date: Date) => dateTimeFormat.format(date);

export const WORKING_COPY_LABELS = {
  none: "No draft",
  draft: "Draft",
  changes_requested: "Changes requested",
  in_review: "In review",
} satisfies Record<WorkingCopy, string>;

export const PUBLICATION_LABELS = {
  unpublished: "Unpublished",
  published: "Published",
  archived: "Archived",
  retracted: "Retracted",
} satisfies Record<Publication, string>;

/** "military_aid" → "Military aid" */
export function humanize(value: string): string {
  const text = value.replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
