import { AxisBottom } from "@visx/axis";
import { Group } from "@visx/group";
import { PatternLines } from "@visx/pattern";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { formatMoney } from "@/lib/money";
import { formatMoneyCompact } from "@/lib/ledger/format";
import type { ChartRow } from "@/lib/ledger/chart-rows";
import { at, ChartFrame, HATCH_ID, INK, SvgLabel, svgLabelProps } from "./chart-frame";

const WIDTH = 720;
const MARGIN = { top: 36, right: 120, bottom: 28, left: 190 };
const ROW = 44;

const shorten = (text: string, max = 28) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Pledged against delivered per group, as horizontal bars: pledged solid,
 * delivered hatched, each labelled with its figure, so neither colour nor a
 * legend is needed to read it (on screen, in print, in black and white).
 */
export function PledgedDeliveredBars({ id, title, rows, currency, tableHref }: { id: string; title: string; rows: ChartRow[]; currency: string; tableHref: string }) {
  const height = MARGIN.top + MARGIN.bottom + Math.max(rows.length, 1) * ROW;
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const max = Math.max(1, ...rows.flatMap((r) => [r.pledged, r.delivered]));
  const x = scaleLinear<number>({ domain: [0, max], range: [0, innerWidth], nice: true });
  const y = scaleBand<string>({ domain: rows.map((r) => r.key), range: [0, rows.length * ROW], padding: 0.2 });
  const bar = at(y.bandwidth() / 2);
  const description = rows.length
    ? rows.map((r) => `${r.label}: ${formatMoney(r.pledged, currency)} pledged, ${formatMoney(r.delivered, currency)} delivered`).join("; ") + "."
    : "No pledges.";

  return (
    <ChartFrame id={id} title={title} tableHref={tableHref}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" className="h-auto max-w-full" {...svgLabelProps(id)}>
        <SvgLabel id={id} title={title} description={description} />
        <PatternLines id={HATCH_ID(id)} height={6} width={6} stroke={INK} strokeWidth={1.5} orientation={["diagonal"]} background="#fff" />
        <Group top={12} left={MARGIN.left} fontSize={12} aria-hidden>
          <rect width={14} height={10} fill={INK} />
          <text x={20} y={9}>Pledged</text>
          <rect x={100} width={14} height={10} fill={`url(#${HATCH_ID(id)})`} stroke={INK} />
          <text x={120} y={9}>Delivered</text>
        </Group>
        <Group top={MARGIN.top} left={MARGIN.left} aria-hidden>
          {rows.map((r) => {
            const top = at(y(r.key) ?? 0);
            return (
              <g key={r.key} fontSize={12}>
                <text x={-8} y={top + bar} textAnchor="end" dominantBaseline="middle" fill="#0f172a">{shorten(r.label)}</text>
                <Bar x={0} y={top} width={Math.max(at(x(r.pledged)), 1)} height={bar - 1} fill={INK} />
                <text x={at(x(r.pledged) + 4)} y={at(top + bar / 2)} dominantBaseline="middle" fill="#0f172a">{formatMoneyCompact(r.pledged, currency)} pledged</text>
                <Bar x={0} y={top + bar} width={Math.max(at(x(r.delivered)), 1)} height={bar - 1} fill={`url(#${HATCH_ID(id)})`} stroke={INK} strokeWidth={1} />
                <text x={at(x(r.delivered) + 4)} y={at(top + bar * 1.5)} dominantBaseline="middle" fill="#334155">{formatMoneyCompact(r.delivered, currency)} delivered</text>
              </g>
            );
          })}
          <AxisBottom top={rows.length * ROW} scale={x} numTicks={5} tickFormat={(v) => formatMoneyCompact(Number(v), currency)} stroke="#64748b" tickStroke="#64748b" tickLabelProps={{ fill: "#334155", fontSize: 11, textAnchor: "middle" }} />
        </Group>
      </svg>
    </ChartFrame>
  );
}
