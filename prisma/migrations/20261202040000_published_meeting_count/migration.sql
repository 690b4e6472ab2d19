-- The list counts published readouts on every render: an index-only scan instead of reading every meeting (decision 0031).
CREATE INDEX "Meeting_publication_publishedRevisionId_idx" ON "Meeting"("publication", "publishedRevisionId");
