"use client";

import { useState } from "react";
import { flushSync } from "react-dom";
import { controlProps, Field, FieldErrors, inputClass } from "@/components/ui/field";
import { humanize } from "@/lib/format";
import { fieldId, useFieldErrors } from "./form-context";

type Common = { path: string; label: string; hint?: string; className?: string; required?: boolean };

/** A Field bound to the meeting form: its id and errors come from the value's path. */
function useBoundField(path: string, hint?: string) {
  const id = fieldId(path);
  const errors = useFieldErrors(path);
  return { id, errors, control: { name: path, ...controlProps(id, errors, hint) } };
}

export function TextInput({
  path,
  label,
  hint,
  className,
  required,
  value,
  onChange,
  type = "text",
  list,
  maxLength,
  inputMode,
  disabled,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "datetime-local" | "date";
  list?: string;
  maxLength?: number;
  inputMode?: "decimal" | "numeric";
  disabled?: boolean;
}) {
  const { id, errors, control } = useBoundField(path, hint);
  return (
    <Field id={id} label={label} hint={hint} errors={errors} required={required} className={className}>
      <input
        {...control}
        type={type}
        value={value}
        list={list}
        maxLength={maxLength}
        inputMode={inputMode}
        disabled={disabled}
        aria-required={required || undefined}
        onChange={(e) => onChange(e.target.value)}
        className={`${inputClass} disabled:bg-slate-100`}
      />
    </Field>
  );
}

export function TextArea({
  path,
  label,
  hint,
  className,
  required,
  value,
  onChange,
  rows = 4,
}: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  const { id, errors, control } = useBoundField(path, hint);
  return (
    <Field id={id} label={label} hint={hint} errors={errors} required={required} className={className}>
      <textarea {...control} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} className={`${inputClass} font-[inherit]`} />
    </Field>
  );
}

export function Select<T extends string>({
  path,
  label,
  className,
  value,
  onChange,
  options,
  labels,
  lazy,
}: Common & {
  value: T;
  onChange: (value: T) => void;
  options: readonly T[];
  labels?: Partial<Record<T, string>>;
  /** Renders only the chosen option until the select is used: for long lists repeated on every row. */
  lazy?: boolean;
}) {
  const { id, errors, control } = useBoundField(path);
  const [used, setUsed] = useState(!lazy);
  // Before the browser opens the list or moves through it, so every option is there.
  const use = () => {
    if (!used) flushSync(() => setUsed(true));
  };
  const shown = used ? options : options.filter((option) => option === value);
  return (
    <Field id={id} label={label} errors={errors} className={className}>
      <select
        {...control}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        onFocus={lazy ? use : undefined}
        onPointerEnter={lazy ? use : undefined}
        onMouseDown={lazy ? use : undefined}
        onKeyDown={lazy ? use : undefined}
        className={inputClass}
      >
        {shown.map((option) => (
          <option key={option} value={option}>
            {labels?.[option] ?? (option === "" ? "—" : humanize(option))}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function Checkbox({ path, label, checked, onChange }: { path: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, errors, control } = useBoundField(path);
  return (
    <div>
      <label htmlFor={id} className="flex items-center gap-2 text-sm text-slate-700">
        <input {...control} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="size-4 rounded border-slate-300" />
        {label}
      </label>
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

/** Move up, move down and remove, each a real button with a name for screen readers. */
export function ItemControls({
  index,
  count,
  noun,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  noun: string;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const button = "rounded px-2 py-1 text-xs text-slate-600 hover:bg-slate-100 disabled:opacity-40";
  return (
    <div className="flex gap-1">
      <button type="button" className={button} disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move ${noun} ${index + 1} up`}>
        ↑ Up
      </button>
      <button type="button" className={button} disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move ${noun} ${index + 1} down`}>
        ↓ Down
      </button>
      <button type="button" className={`${button} text-red-700`} onClick={onRemove} aria-label={`Remove ${noun} ${index + 1}`}>
        Remove
      </button>
    </div>
  );
}

/** One entry of a repeatable list (a discussion, a commitment): heading, controls, fields. */
export function ItemCard({
  heading,
  children,
  ...controls
}: {
  heading: string;
  children: React.ReactNode;
  index: number;
  count: number;
  noun: string;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <li className="space-y-3 rounded-md border border-slate-100 p-4">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-semibold text-slate-700">{heading}</h3>
        <ItemControls {...controls} />
      </div>
      {children}
    </li>
  );
}
