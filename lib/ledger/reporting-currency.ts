const CODE = /^[A-Z]{3}$/;

/** The currency the ledger reports in: READOUT_REPORTING_CURRENCY (an ISO 4217 code), EUR by default. */
export function reportingCurrency(): string {
  const raw = process.env.READOUT_REPORTING_CURRENCY?.trim().toUpperCase();
  if (!raw) return "EUR";
  if (!CODE.test(raw)) throw new Error(`READOUT_REPORTING_CURRENCY must be a three-letter currency code such as EUR or USD, not "${raw}".`);
  return raw;
}
