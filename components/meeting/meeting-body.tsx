import { ReadoutBody } from "@/components/readout/readout-body";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import { readoutContent } from "@/lib/readouts/document";

/** The content of one revision as staff see it: the same rendering readers get. */
export function MeetingBody({ revision }: { revision: RevisionWithItems }) {
  return <ReadoutBody content={readoutContent(revision)} />;
}
