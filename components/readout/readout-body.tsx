import { HandedOffBody } from "@/components/readout/handed-off-body";
import { handOffBody } from "@/lib/readouts/body-handoff";
import { readoutBodyHtml } from "@/lib/readouts/body-html";
import type { ReadoutContent } from "@/lib/readouts/document";

/**
 * The content of one revision, rendered from its readout document, as staff and readers see it.
 * Its markup is made once per revision as HTML (lib/readouts/body-html.ts), every text escaped there.
 * `handOff`: the markup travels in the page's HTML only, not again in its RSC payload (decision 0037).
 */
export function ReadoutBody({ content, handOff }: { content: ReadoutContent; handOff?: { source: string } }) {
  if (handOff) return <HandedOffBody handoff={handOffBody(readoutBodyHtml(content))} source={handOff.source} className="space-y-8" />;
  return <div className="space-y-8" dangerouslySetInnerHTML={{ __html: readoutBodyHtml(content) }} />;
}
