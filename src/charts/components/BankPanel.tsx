import { memo, useMemo } from 'react';
import {
  bankSeriesDomain,
  bankTable,
  bankValueText,
  classDash,
  layoutBankPanel,
  linePath,
  pickBankPoint,
  placeWideTooltip,
  tableReadoutWidth,
} from '../core';
import { HorizontalAxis, UnitLabel, ValueGrid, YearRule, type RuleDot } from './Axes';
import { ChartFrame } from './ChartFrame';
import { Legend } from './Legend';
import type { ChartPanelProps } from './props';
import { TooltipTable, type TableTooltipColumn, type TableTooltipRow } from './TableTooltip';
import { tooltipLines, type Readout, type TooltipRow } from './Tooltip';
import { useGridCell } from './usePanelPoint';

/** A size class of the bank view: its name and colour (see `classColors`). */
export interface BankClass {
  readonly key: string;
  readonly label: string;
  readonly color: string;
}

/** One bank measure: a small chart of its class lines and its total. */
export interface BankSeries {
  readonly key: string;
  /** The measure's name, e.g. "Expected loss". */
  readonly label: string;
  /** Its unit, e.g. "trillion rials" or "% of credit". */
  readonly unit: string;
  /** 'amount' values in the unit; 'rate' values as shares 0..1, shown as percentages. */
  readonly kind: 'amount' | 'rate';
  /** `values[classIndex][t]`, t = 0..years. */
  readonly values: ReadonlyArray<ReadonlyArray<number>>;
  /** The all-class figure per year (a sum for amounts, the aggregate ratio for rates). */
  readonly total: readonly number[];
  /** The y domain, shared across scenarios (see `bankDomains`); by default this measure's extent from 0. */
  readonly domain?: readonly [number, number];
}

/** A headline figure over the small charts, already formatted by the caller. */
export interface BankHighlight {
  readonly label: string;
  readonly value: string;
  /** Names the figure in the page (`data-highlight`), for the tests and the reader's own scripts. */
  readonly key?: string;
}

/** Props of `BankPanel`. */
export interface BankPanelProps extends ChartPanelProps {
  /** The last simulated year H (values run t = 0..H). */
  readonly years: number;
  readonly classes: readonly BankClass[];
  /** The measures, one small chart each, in reading order. */
  readonly series: readonly BankSeries[];
  /** The name of the total line, e.g. "All firms". */
  readonly totalLabel: string;
  /** Headline figures shown as large text above the charts. */
  readonly highlights?: readonly BankHighlight[];
  /**
   * The height of the small charts together, in px. They sit two abreast from `BANK_TWO_COLUMN_WIDTH`
   * (about 630 px) and stack in one column below it, where the panel grows so that no chart is shorter
   * than `BANK_MIN_CHART_HEIGHT` (170 px): four stacked charts at 320 px take at least about 720 px.
   */
  readonly height: number;
}

const TOTAL_COLOR = '#1a1a1a';
const TOTAL_KEY = 'total';

/**
 * Draws the bank view of one scenario: headline figures as large text, then one small chart per measure
 * (expected loss, loss rate, guarantee-fund payout, capital requirement...) with a line per class in its
 * colour and pattern (see `classDash`: told apart without colour on a projector) and the total solid,
 * dark and thicker, sharing one year axis layout. The read-out is a small table of every measure for every class and the total in the year under the pointer or the arrow keys
 * (left/right the year, up/down the chart it sits by); where that table would not fit the panel (320 px),
 * it shows the chart the reader points at, the other charts marking the year with their dots.
 */
export const BankPanel = memo(function BankPanel(props: BankPanelProps) {
  const { title, width, height, format, years, classes, series, totalLabel, highlights } = props;
  const direction = format.direction;
  const horizon = Math.max(0, years);
  const cellInputs = useMemo(
    () =>
      series.map((s) => ({
        title: s.unit ? `${s.label} (${s.unit})` : s.label,
        yDomain: s.domain ?? bankSeriesDomain(s),
        formatTick: s.kind === 'rate' ? (v: number) => format.percent(v) : (v: number) => format.number(v),
      })),
    [series, format],
  );
  const layout = useMemo(
    () => layoutBankPanel({ width, height, direction, horizon, cells: cellInputs, formatYear: (t) => format.year(t) }),
    [width, height, direction, horizon, cellInputs, format],
  );
  const svgHeight = layout.height;
  const paths = useMemo(
    () =>
      series.map((s, i) => ({
        classes: classes.map((_, k) => linePath(s.values[k] ?? [], layout.x, layout.cells[i].y)),
        total: linePath(s.total, layout.x, layout.cells[i].y),
      })),
    [series, classes, layout],
  );
  const { active, pointer } = useGridCell(width, svgHeight, series.length, horizon + 1, (x, y) => {
    const picked = pickBankPoint(x, y, layout, horizon);
    return picked ? { row: picked.cell, col: picked.t } : null;
  });

  const at = active && active.at.row < series.length && active.at.col <= horizon ? active.at : null;
  const rowLabels = useMemo(() => [...classes.map((c) => c.label), totalLabel], [classes, totalLabel]);
  let readout: Readout | null = null;
  if (at) {
    const year = at.col;
    const heading = format.year(year);
    // Every measure's column when the read-out fits the panel (two abreast); on a narrow panel only the
    // chart the reader points at, whose neighbours' values stay marked by their dots.
    const allValues = series.map((s) => [...classes.map((_, k) => bankValueText(s.kind, s.values[k]?.[year], format)), bankValueText(s.kind, s.total[year], format)]);
    const compact = series.length > 1 && tableReadoutWidth(rowLabels, allValues) > width;
    const shown = compact ? [at.row] : series.map((_, i) => i);
    const columns: TableTooltipColumn[] = shown.map((i) => ({ key: series[i].key, label: series[i].label, unit: series[i].unit, active: !compact && at.row === i }));
    const tableRows: TableTooltipRow[] = rowLabels.map((label, k) => ({
      key: k < classes.length ? classes[k].key : TOTAL_KEY,
      label,
      color: k < classes.length ? classes[k].color : TOTAL_COLOR,
      dash: k < classes.length ? classDash(k) : undefined,
      strong: k === classes.length,
      values: shown.map((i) => allValues[i][k]),
    }));
    // A screen reader hears the chart the keyboard sits by: its classes and total for the year.
    const activeSeries = series[at.row];
    const liveRows: TooltipRow[] = rowLabels.map((label, k) => ({ key: String(k), label, value: allValues[at.row][k] }));
    const readoutWidth = tableReadoutWidth(rowLabels, shown.map((i) => allValues[i]));
    const cell = layout.cells[at.row];
    // A read-out spanning a narrow panel leaves the chart it reads out in view.
    const clearBand = { top: cell.top, bottom: cell.top + layout.cellHeight };
    readout = {
      placement: placeWideTooltip(cell.left + layout.x(year), cell.top + layout.plot.bottom, width, svgHeight, Math.min(width, readoutWidth), clearBand),
      heading,
      body: <TooltipTable columns={columns} rows={tableRows} />,
      lines: tooltipLines(`${heading} · ${activeSeries.label}`, liveRows, activeSeries.unit),
      className: 'chart-tooltip-table',
    };
  }
  const t = at ? at.col : null;

  const legend = useMemo(
    () => (
      <>
        {highlights && highlights.length > 0 ? (
          <dl className="chart-highlights">
            {highlights.map((h, i) => (
              <div key={h.key ?? i} className="chart-highlight" data-highlight={h.key}>
                <dt>{h.label}</dt>
                <dd>{h.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        <Legend
          items={[
            ...classes.map((c, k) => ({ key: c.key, label: c.label, color: c.color, dash: classDash(k), mark: 'line' as const })),
            { key: TOTAL_KEY, label: totalLabel, color: TOTAL_COLOR, mark: 'line' as const },
          ]}
        />
      </>
    ),
    [highlights, classes, totalLabel],
  );

  // Every chart marks the year on each class's line and on the total.
  const dotsAt = (s: BankSeries, year: number): RuleDot[] => [
    ...classes.map((cl, k) => ({ key: cl.key, value: s.values[k]?.[year], color: cl.color })),
    { key: TOTAL_KEY, value: s.total[year], color: TOTAL_COLOR },
  ];

  return (
    <ChartFrame
      panel={props}
      kind="bank"
      height={svgHeight}
      legend={legend}
      readout={readout}
      pointer={pointer}
      buildTable={() => bankTable(title, classes, totalLabel, series, horizon, format)}
    >
      {series.map((s, i) => {
        const c = layout.cells[i];
        return (
          <g key={s.key} className="chart-small" data-series={s.key} transform={`translate(${c.left} ${c.top})`}>
            <ValueGrid ticks={c.yTicks} left={layout.plot.left} right={layout.plot.right} labelX={layout.yTickX} anchor={layout.yTickAnchor} />
            <HorizontalAxis ticks={layout.xTicks} y={layout.plot.bottom} left={layout.plot.left} right={layout.plot.right} labelY={layout.xTickY} />
            <UnitLabel label={c.title} />
            <g className="chart-lines">
              {classes.map((cl, k) => (
                <path key={cl.key} className="chart-line" d={paths[i].classes[k]} stroke={cl.color} strokeWidth={1.75} strokeDasharray={classDash(k)} data-dash={classDash(k)} />
              ))}
              <path className="chart-line chart-total-line" d={paths[i].total} stroke={TOTAL_COLOR} strokeWidth={2.75} />
            </g>
            {t !== null ? (
              <YearRule x={layout.x(t)} plot={layout.plot} y={c.y} radius={3.5} dots={dotsAt(s, t)} />
            ) : null}
          </g>
        );
      })}
    </ChartFrame>
  );
});
