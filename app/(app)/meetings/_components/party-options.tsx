"use client";

import { memo } from "react";
import type { PartyOption } from "@/lib/dal/parties";

export const PARTY_OPTIONS_ID = "party-options";

/** One list of party names that every participant and commitment field suggests from. */
export const PartyOptions = memo(function PartyOptions({ parties }: { parties: PartyOption[] }) {
  return (
    <datalist id={PARTY_OPTIONS_ID}>
      {parties.map((p) => (
        <option key={p.name} value={p.name} />
      ))}
    </datalist>
  );
});
