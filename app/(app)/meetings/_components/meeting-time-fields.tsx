"use client";

import { useContext, useMemo, useState } from "react";
import { controlProps, Field, inputClass } from "@/components/ui/field";
import { formatInstant } from "@/lib/time/format";
import { isTimeZone, readLocalTime } from "@/lib/time/zones";
import { ErrorsContext, fieldId, useFieldErrors } from "./form-context";
import { Select } from "./inputs";

type Values = { timeZone: string; at: string; offset: string };

/** A date and an optional time of day, both in the meeting's zone; with no time, the meeting has a date only. */
export function MeetingTimeFields({
  path,
  offsetPath,
  dayLabel,
  timeLabel,
  required,
  values,
  onChange,
  fallbackDay = "",
}: {
  path: "startsAt" | "endsAt";
  offsetPath: "startsAtOffset" | "endsAtOffset";
  dayLabel: string;
  timeLabel: string;
  required?: boolean;
  values: Values;
  onChange: (at: string, offset: string) => void;
  /** The day a time given alone falls on (the end's: the start's day). */
  fallbackDay?: string;
}) {
  const [day = "", time = ""] = values.at.split("T");
  const compose = (d: string, t: string) => (t ? `${d}T${t}` : d);
  // A refused save's messages about this time stay only while the values they were about are shown.
  const errors = useErrorsWhileShown(useFieldErrors(path), `${values.timeZone} ${values.at}`);
  const offsetErrors = useErrorsWhileShown(useFieldErrors(offsetPath), `${values.timeZone} ${values.at} ${values.offset}`);
  const allErrors = useContext(ErrorsContext);
  const offsetContext = useMemo(
    () => (offsetErrors ? allErrors : Object.fromEntries(Object.entries(allErrors).filter(([key]) => key !== offsetPath))),
    [allErrors, offsetErrors, offsetPath],
  );
  const dayId = fieldId(path);
  const timeId = `${dayId}-time`;
  // A zone not in the list (an edited page) gets no reading here; the save refuses it with a message.
  const reading = day && time && isTimeZone(values.timeZone) ? readLocalTime(`${day}T${time}`, values.timeZone) : null;
  const timeHint = "Local time in the meeting's time zone; leave empty if not known.";
  return (
    <div className="space-y-2">
      <div className="grid grid-cols-2 gap-3">
        <Field id={dayId} label={dayLabel} errors={errors} required={required}>
          <input
            {...controlProps(dayId, errors)}
            name={path}
            type="date"
            value={day}
            aria-required={required || undefined}
            onChange={(e) => onChange(compose(e.target.value, time), "")}
            className={inputClass}
          />
        </Field>
        <Field id={timeId} label={timeLabel} hint={timeHint}>
          <input
            {...controlProps(timeId, undefined, timeHint)}
            type="time"
            value={time}
            onChange={(e) => onChange(compose(day || fallbackDay, e.target.value), "")}
            className={inputClass}
          />
        </Field>
      </div>
      {reading?.kind === "exact" ? (
        <p className="text-xs text-slate-600" aria-live="polite">
          {formatInstant(reading.instant, values.timeZone)}
        </p>
      ) : null}
      {reading?.kind === "gap" ? (
        <p className="text-xs font-medium text-amber-800" aria-live="polite">
          {time} on {day} does not exist in {values.timeZone}: the clocks go forward then.
        </p>
      ) : null}
      {reading?.kind === "ambiguous" || offsetErrors ? (
        <ErrorsContext.Provider value={offsetContext}>
          <Select
            path={offsetPath}
            label={`${time} happens twice in ${values.timeZone} that day: which one?`}
            value={values.offset}
            options={["", ...(reading?.kind === "ambiguous" ? reading.choices.map((c) => c.offset) : [])]}
            labels={Object.fromEntries([
              ["", "— choose —"],
              ...(reading?.kind === "ambiguous"
                ? reading.choices.map((c, i) => [c.offset, `${i === 0 ? "The first" : "The second"}: ${formatInstant(c.instant, values.timeZone, false)}`])
                : []),
            ])}
            onChange={(offset) => onChange(values.at, offset)}
          />
        </ErrorsContext.Provider>
      ) : null}
    </div>
  );
}

/** `errors` from the last save while `shown` (the values they were about) is unchanged; none once it changes. */
function useErrorsWhileShown(errors: string[] | undefined, shown: string): string[] | undefined {
  const [about, setAbout] = useState({ errors, shown });
  if (about.errors !== errors) {
    setAbout({ errors, shown });
    return errors;
  }
  return about.shown === shown ? errors : undefined;
}
