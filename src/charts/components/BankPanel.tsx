import { memo, useCallback, useId, useMemo, type KeyboardEvent, type PointerEvent } from 'react';
import {
  bankSeriesDomain,
  bankTable,
  bankValueText,
  layoutBankPanel,
  linePath,
  pickBankPoint,
  placeWideTooltip,
  stepCell,
  tableReadoutWidth,
  type GridCell,
} from '../core';
import { HorizontalAxis, UnitLabel, ValueGrid } from './Axes';
import { ChartFrame, NO_LINES } from './ChartFrame';
import { Legend } from './Legend';
import { pointerInViewBox } from './pointer';
import type { ChartPanelProps } from './props';
import { TableTooltip, type TableTooltipColumn, type TableTooltipRow } from './TableTooltip';
import { tooltipLines, type TooltipRow } from './Tooltip';
import { useActivePoint } from './useActivePoint';

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
const sameCell = (a: GridCell, b: GridCell): boolean => a.row === b.row && a.col === b.col;

/**
 * Draws the bank view of one scenario: headline figures as large text, then one small chart per measure
 * (expected loss, loss rate, guarantee-fund payout, capital requirement...) with a line per class in its
 * colour and the total dark and thicker, sharing one year axis layout. The read-out is a small table of
 * every measure for every class and the total in the year under the pointer or the arrow keys
 * (left/right the year, up/down the chart it sits by); where that table would not fit the panel (320 px),
 * it shows the chart the reader points at, the other charts marking the year with their dots.
 */
export const BankPanel = memo(function BankPanel(props: BankPanelProps) {
  const { kind = 'bank', scenarioId, title, caption, width, height, format, years, classes, series, totalLabel, highlights, tableLabel } = props;
  const direction = format.direction;
  const tooltipId = useId();
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
  const { active, show, hide } = useActivePoint(sameCell);
  const cols = horizon + 1;

  const onPointerMove = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      const p = pointerInViewBox(event, width, svgHeight);
      if (!p) return;
      const picked = pickBankPoint(p.x, p.y, layout, horizon);
      if (picked) show({ row: picked.cell, col: picked.t }, false);
      else hide();
    },
    [width, svgHeight, layout, horizon, show, hide],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      const move = stepCell(event.key, active ? active.at : null, series.length, cols);
      if (move.kind === 'none') return;
      event.preventDefault();
      if (move.kind === 'hide') hide();
      else show(move.to, true);
    },
    [active, series.length, cols, show, hide],
  );
  const onFocus = useCallback(() => {
    if (!active && series.length > 0) show({ row: 0, col: horizon }, true);
  }, [active, series.length, horizon, show]);

  const at = active && active.at.row < series.length && active.at.col < cols ? active.at : null;
  const t = at ? at.col : null;
  const heading = t === null ? '' : format.year(t);
  const rowLabels = useMemo(() => [...classes.map((c) => c.label), totalLabel], [classes, totalLabel]);
  // Every measure's column when the read-out fits the panel (two abreast); on a narrow panel only the
  // chart the reader points at, whose neighbours' values stay marked by their dots.
  const allValues: string[][] =
    t === null ? [] : series.map((s) => [...classes.map((_, k) => bankValueText(s.kind, s.values[k]?.[t], format)), bankValueText(s.kind, s.total[t], format)]);
  const compact = at !== null && series.length > 1 && tableReadoutWidth(rowLabels, allValues) > width;
  const shown = at === null ? [] : compact ? [at.row] : series.map((_, i) => i);
  const readoutColumns: TableTooltipColumn[] = shown.map((i) => ({ key: series[i].key, label: series[i].label, unit: series[i].unit, active: !compact && at !== null && at.row === i }));
  const readoutRows: TableTooltipRow[] = rowLabels.map((label, k) => ({
    key: k < classes.length ? classes[k].key : TOTAL_KEY,
    label,
    color: k < classes.length ? classes[k].color : TOTAL_COLOR,
    strong: k === classes.length,
    values: shown.map((i) => allValues[i][k]),
  }));
  // A screen reader hears the chart the keyboard sits by: its classes and total for the year.
  const activeSeries = at ? series[at.row] : null;
  const liveRows: TooltipRow[] = at && activeSeries ? rowLabels.map((label, k) => ({ key: String(k), label, value: allValues[at.row][k] })) : [];
  const liveHeading = activeSeries ? `${heading} · ${activeSeries.label}` : '';
  const readoutWidth = tableReadoutWidth(rowLabels, shown.map((i) => allValues[i]));
  const cell = at ? layout.cells[at.row] : null;
  const pointX = cell && t !== null ? cell.left + layout.x(t) : 0;
  const pointY = cell ? cell.top + layout.plot.bottom : 0;
  // A read-out spanning a narrow panel leaves the chart it reads out in view.
  const clearBand = cell ? { top: cell.top, bottom: cell.top + layout.cellHeight } : undefined;

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
            ...classes.map((c) => ({ key: c.key, label: c.label, color: c.color, mark: 'line' as const })),
            { key: TOTAL_KEY, label: totalLabel, color: TOTAL_COLOR, mark: 'line' as const },
          ]}
        />
      </>
    ),
    [highlights, classes, totalLabel],
  );

  return (
    <ChartFrame
      kind={kind}
      scenarioId={scenarioId}
      title={title}
      caption={caption}
      width={width}
      height={svgHeight}
      direction={direction}
      legend={legend}
      tooltipId={t === null ? undefined : tooltipId}
      tooltip={
        t === null ? null : (
          <TableTooltip
            id={tooltipId}
            placement={placeWideTooltip(pointX, pointY, width, svgHeight, Math.min(width, readoutWidth), clearBand)}
            width={width}
            height={svgHeight}
            heading={heading}
            columns={readoutColumns}
            rows={readoutRows}
          />
        )
      }
      liveLines={active && active.byKey ? tooltipLines(liveHeading, liveRows, activeSeries?.unit) : NO_LINES}
      tableLabel={tableLabel}
      buildTable={() => bankTable(title, classes, totalLabel, series, horizon, format)}
      onKeyDown={onKeyDown}
      onPointerMove={onPointerMove}
      onPointerLeave={hide}
      onFocus={onFocus}
      onBlur={hide}
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
                <path key={cl.key} className="chart-line" d={paths[i].classes[k]} stroke={cl.color} strokeWidth={1.75} />
              ))}
              <path className="chart-line chart-total-line" d={paths[i].total} stroke={TOTAL_COLOR} strokeWidth={2.75} />
            </g>
            {t !== null ? (
              <g className="chart-focus" aria-hidden="true">
                <line className="chart-rule" x1={layout.x(t)} x2={layout.x(t)} y1={layout.plot.top} y2={layout.plot.bottom} />
                {[...classes.map((cl, k) => ({ key: cl.key, v: s.values[k]?.[t], color: cl.color })), { key: TOTAL_KEY, v: s.total[t], color: TOTAL_COLOR }].map((d) =>
                  d.v !== undefined && Number.isFinite(d.v) ? <circle key={d.key} cx={layout.x(t)} cy={c.y(d.v)} r={3.5} fill="#fff" stroke={d.color} strokeWidth={2} /> : null,
                )}
              </g>
            ) : null}
          </g>
        );
      })}
    </ChartFrame>
  );
});
