import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  ComposedChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  Cell,
} from 'recharts';

export interface ChartSeries {
  key: string;
  name: string;
}

const colors = [
  'var(--ds-color-accent-base-default)',
  'var(--ds-color-brand1-base-default)',
  'var(--ds-color-success-base-default)',
  'var(--ds-color-warning-base-default)',
  'var(--ds-color-info-base-default)',
  'var(--ds-color-brand2-base-default)',
  'var(--ds-color-brand3-base-default)',
  'var(--ds-color-neutral-base-default)',
];

/**
 * The history as a chart: stacked bars per series; for days a line for the places, and the bars
 * of over-full days drawn in the danger colour with a hatched outline. Only loaded on the history
 * page (recharts is large). The same numbers are in the table beside it.
 */
export default function HistoryChart({
  rows,
  series,
  capacityKey,
  capacityName,
}: {
  rows: Record<string, string | number | boolean>[];
  series: ChartSeries[];
  capacityKey?: string;
  capacityName?: string;
}) {
  const Chart = capacityKey ? ComposedChart : BarChart;
  return (
    <ResponsiveContainer width="100%" height={320}>
      <Chart
        data={rows}
        accessibilityLayer={false}
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip />
        <Legend />
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stackId="a"
            fill={colors[i % colors.length]}
            isAnimationActive={false}
          >
            {series.length === 1 &&
              rows.map((row, j) => (
                <Cell
                  key={j}
                  fill={row.overFull ? 'var(--ds-color-danger-base-default)' : colors[0]}
                />
              ))}
          </Bar>
        ))}
        {capacityKey && (
          <Line
            type="stepAfter"
            dataKey={capacityKey}
            name={capacityName}
            stroke="var(--ds-color-neutral-text-default)"
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={false}
          />
        )}
      </Chart>
    </ResponsiveContainer>
  );
}
