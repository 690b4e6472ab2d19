import { readoutBodyHtml } from "@/lib/readouts/body-html";
import type { ReadoutContent } from "@/lib/readouts/document";

/**
 * The content of one revision, rendered from its readout document, as staff and readers see it.
 * Its markup is made once per revision as HTML (lib/readouts/body-html.ts), every text escaped there.
 */
export function ReadoutBody({ content }: { content: ReadoutContent }) {
  return <div className="space-y-8" dangerouslySetInnerHTML={{ __html: readoutBodyHtml(content) }} />;
}
