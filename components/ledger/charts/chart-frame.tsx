/**
 * A chart with its title, a description for screen readers, and a link to its
 * figures as a table (the ledger's figures page), which is the chart's text
 * alternative: the table is not repeated, hidden, in every view of the chart.
 */
export function ChartFrame({ id, title, children, tableHref }: { id: string; title: string; children: React.ReactNode; tableHref: string }) {
  return (
    <figure className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 break-inside-avoid" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-semibold">{title}</figcaption>
      {children}
      <p className="no-print text-sm">
        <a href={tableHref} className="text-brand-700 hover:underline" aria-label={`${title}: figures as a table`}>Figures as a table</a>
      </p>
    </figure>
  );
}

/** The svg's accessible name and description, read out in place of the drawing. */
export function SvgLabel({ id, title, description }: { id: string; title: string; description: string }) {
  return (
    <>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
    </>
  );
}

export const svgLabelProps = (id: string) => ({ role: "img", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-desc` }) as const;

export const INK = "#1e3a5f";
export const HATCH_ID = (id: string) => `${id}-hatch`;

/** A coordinate to a tenth of a unit: finer than any screen shows, and a short attribute. */
export const at = (value: number) => Math.round(value * 10) / 10;
