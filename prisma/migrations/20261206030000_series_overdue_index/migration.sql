-- The ledger's overdue list narrowed to a series (decision 0034): the series' overdue pledges in due order,
-- so its page and its capped count read only that series' entries (lower(series), as the filter compares).
-- Like "Pledge_overdue_idx", not expressible in schema.prisma (an expression and a condition).
CREATE INDEX "Pledge_series_overdue_idx" ON "Pledge"(lower(series), "dueDate", number) INCLUDE ("convertedCurrency") WHERE "publishedAt" IS NOT NULL AND status IN ('open', 'partly_delivered');
