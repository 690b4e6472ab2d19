-- Which versions of a meeting were approved: looked up by revision on every readout page.
CREATE INDEX "Review_revisionId_decision_idx" ON "Review"("revisionId", "decision");

-- The readers' series and participant filters compare names case-insensitively
-- (lib/readouts/filter-sql.ts). Expression indexes are not expressible in
-- schema.prisma, like the trigram indexes of 20261128010000_search.
CREATE INDEX "Participant_lower_name_idx" ON "Participant"(lower(name));
CREATE INDEX "Revision_lower_series_idx" ON "Revision"(lower(series));

-- The ledger's recipient menu asks, per party, whether a published pledge is for it.
CREATE INDEX "Pledge_recipientId_idx" ON "Pledge"("recipientId");
