export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  /** The newest publication of what the entry describes. */
  updated: Date;
  /** Its first publication. */
  published?: Date;
  /** Shown by feed readers beside the content, e.g. a correction note. */
  summary?: string;
  /** HTML, sent whole and escaped (type="html"). */
  content?: string;
};
export type AtomFeed = { id: string; title: string; link: string; self: string; updated: Date; entries: AtomEntry[] };

// XML 1.0 allows tab, line breaks and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF;
// with the u flag a lone surrogate is one code point, outside all of them.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Any text as XML character data or an attribute value: forbidden characters dropped, markup escaped. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** An Atom 1.0 document (RFC 4287); every text and address in it goes through xmlText. */
export function atomFeed(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xmlText(e.id)}</id>
    <title type="text">${xmlText(e.title)}</title>
    <link rel="alternate" href="${xmlText(e.link)}"/>
${e.published ? `    <published>${e.published.toISOString()}</published>\n` : ""}    <updated>${e.updated.toISOString()}</updated>
${e.summary ? `    <summary type="text">${xmlText(e.summary)}</summary>\n` : ""}${e.content !== undefined ? `    <content type="html">${xmlText(e.content)}</content>\n` : ""}  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlText(feed.id)}</id>
  <title type="text">${xmlText(feed.title)}</title>
  <link rel="alternate" href="${xmlText(feed.link)}"/>
  <link rel="self" href="${xmlText(feed.self)}"/>
  <updated>${feed.updated.toISOString()}</updated>
  <author><name>Readout</name></author>
${entries.join("")}</feed>
`;
}
