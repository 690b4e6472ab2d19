/** How converted figures were reached, under every ledger view. */
export function RatesFootnote({ currency }: { currency: string }) {
  return (
    <p className="border-t border-slate-200 pt-3 text-xs text-slate-600">
      Figures are in {currency}. Amounts in other currencies are converted at the European Central Bank&apos;s euro reference rates of each
      pledge&apos;s first announcement day, or of the last earlier day with a rate (weekends and holidays have none); a pledge whose currency
      has no rate is left out of converted totals and counted instead. A pledge re-announced at later meetings is counted once, at its newest
      published amount. Only published pledges and approved progress are counted.
    </p>
  );
}
