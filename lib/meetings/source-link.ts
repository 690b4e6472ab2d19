/** A stored source address as a link target: only absolute http(s) URLs, re-checked at render time. */
export function sourceHref(url: string): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}

/** Outbound links to sources: no opener, no referrer, no endorsement. */
export const SOURCE_LINK_REL = "noopener noreferrer nofollow";
