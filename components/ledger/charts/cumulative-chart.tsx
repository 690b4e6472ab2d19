import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleLinear, scaleUtc } from "@visx/scale";
import { LinePath } from "@visx/shape";
import type { LedgerMonth } from "@/lib/ledger/figures";
import { formatMoneyCompact, monthLabel } from "@/lib/ledger/format";
import { formatMoney } from "@/lib/money";
import { at, ChartFrame, INK, SvgLabel, svgLabelProps } from "./chart-frame";

const WIDTH = 720;
const HEIGHT = 300;
const MARGIN = { top: 20, right: 130, bottom: 36, left: 70 };
/** At most this many markers per line: enough to tell the lines apart, without a node per month of a long ledger. */
const MARKERS = 12;

/**
 * Cumulative pledged and delivered by month: pledged a solid line with round
 * markers, delivered a dashed one with square markers, each named at its end.
 * Its description says where the lines start and end; every month's figures
 * are in the table at `tableHref`.
 */
export function CumulativeChart({ id, title, months, currency, tableHref }: { id: string; title: string; months: LedgerMonth[]; currency: string; tableHref: string }) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const first = months[0]?.month ?? new Date();
  const last = months[months.length - 1]?.month ?? first;
  const span = last.getTime() === first.getTime() ? [new Date(first.getTime() - 15 * 86_400_000), new Date(first.getTime() + 15 * 86_400_000)] : [first, last];
  const x = scaleUtc<number>({ domain: span, range: [0, innerWidth] });
  const y = scaleLinear<number>({ domain: [0, Math.max(1, ...months.map((m) => m.pledged))], range: [innerHeight, 0], nice: true });
  const end = months[months.length - 1];
  const description = end
    ? `From ${monthLabel(first)} to ${monthLabel(last)}, ${months.length} ${months.length === 1 ? "month" : "months"}. ` +
      `By ${monthLabel(end.month)}: ${formatMoney(end.pledged, currency)} pledged and ${formatMoney(end.delivered, currency)} delivered in all. ` +
      "Each month's figures are in the table linked below the chart."
    : "No pledges.";
  const px = (m: LedgerMonth) => at(x(m.month));
  const py = (value: number) => at(y(value));
  const step = Math.ceil(months.length / MARKERS);
  const marked = months.filter((_, i) => i % step === 0 || i === months.length - 1);

  return (
    <ChartFrame id={id} title={title} tableHref={tableHref}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" className="h-auto max-w-full" {...svgLabelProps(id)}>
        <SvgLabel id={id} title={title} description={description} />
        <Group top={MARGIN.top} left={MARGIN.left} aria-hidden>
          <AxisLeft scale={y} numTicks={5} tickFormat={(v) => formatMoneyCompact(Number(v), currency)} stroke="#64748b" tickStroke="#64748b" tickLabelProps={{ fill: "#334155", fontSize: 11, textAnchor: "end", dx: -4, dy: 4 }} />
          <AxisBottom top={innerHeight} scale={x} numTicks={Math.min(6, Math.max(months.length, 2))} tickFormat={(v) => monthLabel(v as Date)} stroke="#64748b" tickStroke="#64748b" tickLabelProps={{ fill: "#334155", fontSize: 11, textAnchor: "middle" }} />
          <LinePath data={months} x={px} y={(m) => py(m.pledged)} stroke={INK} strokeWidth={2.5} />
          <LinePath data={months} x={px} y={(m) => py(m.delivered)} stroke={INK} strokeWidth={2} strokeDasharray="6 4" />
          {marked.map((m) => (
            <g key={m.month.toISOString()}>
              <circle cx={px(m)} cy={py(m.pledged)} r={4} fill={INK} />
              <rect x={px(m) - 4} y={py(m.delivered) - 4} width={8} height={8} fill="#fff" stroke={INK} strokeWidth={1.5} />
            </g>
          ))}
          {end ? (
            <g fontSize={12} fill="#0f172a">
              <text x={px(end) + 10} y={py(end.pledged)} dominantBaseline="middle">Pledged {formatMoneyCompact(end.pledged, currency)}</text>
              <text x={px(end) + 10} y={Math.max(py(end.delivered), py(end.pledged) + 16)} dominantBaseline="middle">Delivered {formatMoneyCompact(end.delivered, currency)}</text>
            </g>
          ) : null}
        </Group>
      </svg>
    </ChartFrame>
  );
}
