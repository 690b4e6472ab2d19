import { LRUCache } from "lru-cache";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import { readoutContent, type ReadoutContent } from "@/lib/readouts/document";

// A revision never changes, so its formatted content is built once per
// revision id and can never be stale; each app instance keeps its own, and
// losing it costs one rebuild (decision 0007). Sized by text, since the parsed
// trees of a long readout weigh far more than a short one's.
const contents = new LRUCache<string, ReadoutContent>({
  max: 500,
  maxSize: 4_000_000,
  sizeCalculation: (content) =>
    1_000 +
    content.summary.source.length +
    content.implications.source.length +
    content.discussions.reduce((sum, d) => sum + d.notes.source.length + 200, 0) +
    content.commitmentCount * 200 +
    content.participants.length * 50,
});

/** The formatted content of a stored revision, built at most once per revision id while it stays cached. */
export function cachedReadoutContent(revision: RevisionWithItems): ReadoutContent {
  const cached = contents.get(revision.id);
  if (cached) return cached;
  const content = readoutContent(revision);
  contents.set(revision.id, content);
  return content;
}

/** Whether a revision's content is cached (for the feed, which loads only what it misses). */
export const cachedContent = (revisionId: string): ReadoutContent | undefined => contents.get(revisionId);
