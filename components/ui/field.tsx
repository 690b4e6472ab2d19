import type { ComponentProps } from "react";

// Classes of their own (app/globals.css), not utility lists: a large form repeats them on thousands of elements.
export const inputClass = "form-control";

/** A label, a control and its errors, wired together for screen readers. */
export function Field({
  id,
  label,
  hint,
  errors,
  required,
  children,
  className = "",
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="form-label">
        {label}
        {required ? (
          <span aria-hidden className="text-red-700">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {children}
      {hint && !errors?.length ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
      {errors.join(" ")}
    </p>
  );
}

export function describedBy(id: string, errors?: string[], hint?: string) {
  if (errors?.length) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

/** The attributes that tie a control to its Field's hint and errors. */
export function controlProps(id: string, errors?: string[], hint?: string) {
  return { id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy(id, errors, hint) };
}

export function Input({ className = "", ...props }: ComponentProps<"input">) {
  return <input className={`${inputClass} ${className}`} {...props} />;
}
