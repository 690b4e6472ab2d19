import { inputClass } from "@/components/ui/field";

const labelClass = "mb-1 block text-xs font-medium text-slate-600";

/** A select for a GET filter form, with "Any" first. */
export function FilterSelect({
  name,
  label,
  value,
  options,
  className,
}: {
  name: string;
  label: string;
  value?: string;
  options: readonly { value: string; label: string }[];
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={`filter-${name}`} className={labelClass}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** A text or date input for a GET filter form. */
export function FilterInput({ name, label, value, type = "text", list }: { name: string; label: string; value?: string; type?: "text" | "date"; list?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className={labelClass}>{label}</label>
      <input id={`filter-${name}`} name={name} type={type} list={list} defaultValue={value ?? ""} className={inputClass} />
    </div>
  );
}
