/**
 * The bank view of one scenario (MODEL.md 6): small multiples of bank measures (expected loss, loss
 * rate, guarantee-fund payout, capital requirement) by class and year, with their totals. Geometry of
 * the grid of small charts, their shared domains, pointer picking, the read-out's width and the table.
 */
import type { ChartFormat } from '../types';
import { anchorFor, estimateTextWidth, inlineStartSide, TEXT_SIZE, type Direction, type TextAnchor } from './layout';
import { extraLinesHeight, placeLines, type BottomAxisLayout, type PlacedLines, type Tick } from './panels';
import { linearScale, nearestYear, sharedDomain, valueTicks, yearTicks, type LinearScale, type SharedDomainOptions } from './scales';
import type { TableData } from './tables';

/** A bank measure's values as the maths reads them. */
export interface BankSeriesValues {
  readonly key: string;
  /** 'amount' in the series unit, or 'rate': a share 0..1 shown as a percentage. */
  readonly kind: 'amount' | 'rate';
  /** `values[classIndex][t]`. */
  readonly values: ReadonlyArray<ReadonlyArray<number>>;
  /** The all-class figure per year (a sum for amounts, the aggregate ratio for rates). */
  readonly total: ReadonlyArray<number>;
}

/**
 * Returns a y domain from 0 for bank measures: `sharedDomain` with zero included, kept at or above 0
 * when no value is negative (a guarantee fund that pays nothing draws a flat line on the floor, not in
 * the middle of a band around 0).
 */
function domainFromZero(series: ReadonlyArray<ReadonlyArray<number>>, options: SharedDomainOptions): [number, number] {
  const [lo, hi] = sharedDomain(series, { includeZero: true, ...options });
  const anyNegative = series.some((values) => values.some((v) => v < 0));
  return lo < 0 && !anyNegative ? [0, hi] : [lo, hi];
}

/** Returns one measure's y domain: its class and total values, from 0 (see `sharedDomain`). */
export function bankSeriesDomain(series: BankSeriesValues, options: SharedDomainOptions = {}): [number, number] {
  return domainFromZero([...series.values, series.total], options);
}

/**
 * Returns each measure's y domain shared across the bank views drawn side by side (one per scenario),
 * by series key, so that the eye compares like with like.
 */
export function bankDomains(views: ReadonlyArray<ReadonlyArray<BankSeriesValues>>, options: SharedDomainOptions = {}): Record<string, [number, number]> {
  const byKey = new Map<string, Array<ReadonlyArray<number>>>();
  for (const view of views) {
    for (const s of view) {
      const list = byKey.get(s.key) ?? [];
      list.push(...s.values, s.total);
      byKey.set(s.key, list);
    }
  }
  const domains: Record<string, [number, number]> = {};
  for (const [key, list] of byKey) domains[key] = domainFromZero(list, options);
  return domains;
}

/** One small chart's input. */
export interface BankCellInput {
  /** The chart's title row: the measure and its unit. */
  readonly title: string;
  readonly yDomain: readonly [number, number];
  readonly formatTick: (value: number) => string;
}

/** What `layoutBankPanel` needs. */
export interface BankPanelInput {
  readonly width: number;
  /** The height the small charts share; exceeded where they stack and would be shorter than `BANK_MIN_CHART_HEIGHT`. */
  readonly height: number;
  readonly direction: Direction;
  readonly horizon: number;
  readonly cells: ReadonlyArray<BankCellInput>;
  readonly formatYear: (t: number) => string;
}

/** One placed small chart; its scale and ticks are in its own coordinates (origin at `left`, `top`). */
export interface BankCell {
  readonly left: number;
  readonly top: number;
  readonly y: LinearScale;
  readonly yTicks: readonly Tick[];
  /** The measure and its unit, wrapped to the chart's width. */
  readonly title: PlacedLines;
}

/** The geometry of the bank view. */
export interface BankPanelLayout extends BottomAxisLayout {
  /** One column below `BANK_TWO_COLUMN_WIDTH`, two from there. */
  readonly columns: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  /** The SVG's height: the rows of small charts and the gaps between them (at least the height asked for). */
  readonly height: number;
  readonly cells: readonly BankCell[];
  // x, plot and the year ticks are shared by every small chart, in its own coordinates, so that a year
  // sits at the same x in each.
  readonly yTickX: number;
  readonly yTickAnchor: TextAnchor;
}

const TITLE_ROW = 32; // the measure's title and unit above each plot (as the unit row of a time panel)
const X_AXIS_ROW = 28;
const TICK_GAP = 6;
const COLUMN_GAP = 28;
const ROW_GAP = 14;
/** The shortest a small chart may be: a title, an axis and about 100 px of plot. */
export const BANK_MIN_CHART_HEIGHT = 170;
/** The panel width from which the small charts sit two abreast (each at least about 300 px wide). */
export const BANK_TWO_COLUMN_WIDTH = 2 * 300 + COLUMN_GAP;

/**
 * Lays out the bank view's small charts: stacked in one column on a narrow panel, two abreast from
 * `BANK_TWO_COLUMN_WIDTH`, in reading order (the first at the inline start), their rows sharing the height
 * (each at least `BANK_MIN_CHART_HEIGHT`, so that a stacked panel grows). Every chart shares one x layout
 * (the widest tick labels of any chart set the margin), so that a year lines up down a column; each has
 * its own y scale (the measures have different units), ticks at the inline start and years left to right.
 */
export function layoutBankPanel(input: BankPanelInput): BankPanelLayout {
  const { width, direction, cells } = input;
  const rtl = inlineStartSide(direction) === 'right';
  const horizon = Math.max(0, input.horizon);
  const columns = width >= BANK_TWO_COLUMN_WIDTH && cells.length > 1 ? 2 : 1;
  const rows = Math.max(1, Math.ceil(cells.length / columns));
  const cellWidth = (width - (columns - 1) * COLUMN_GAP) / columns;
  // The rows share the height asked for; stacked on a narrow panel they keep a readable height and the
  // panel grows instead.
  // Each title wraps onto as many lines as it needs; every chart's plot starts below the longest title,
  // so that a year and a value line up across the charts of a row, and the charts grow by that much.
  const titles = cells.map((c) => placeLines(rtl ? cellWidth : 0, TEXT_SIZE.label + 1, anchorFor(rtl ? 'right' : 'left', direction), c.title, cellWidth));
  const titleExtra = Math.max(0, ...titles.map(extraLinesHeight));
  const cellHeight = Math.max(BANK_MIN_CHART_HEIGHT + titleExtra, (input.height - (rows - 1) * ROW_GAP) / rows);
  const plotTop = TITLE_ROW + titleExtra;
  const plotBottom = cellHeight - X_AXIS_ROW;

  const scales = cells.map((c) => linearScale(c.yDomain, [plotBottom, plotTop]));
  const tickSets = scales.map((y, i) => valueTicks(y, 30).map((value) => ({ value, label: cells[i].formatTick(value), at: y(value) })));
  const widestTick = Math.max(0, ...tickSets.flatMap((ticks) => ticks.map((t) => estimateTextWidth(t.label, TEXT_SIZE.tick))));
  const tickZone = widestTick + TICK_GAP + 2;
  const yearLabelWidth = Math.max(estimateTextWidth(input.formatYear(0), TEXT_SIZE.tick), estimateTextWidth(input.formatYear(horizon), TEXT_SIZE.tick));
  const halfYear = yearLabelWidth / 2 + 2;
  const left = rtl ? halfYear : tickZone;
  const right = Math.max(left + 1, rtl ? cellWidth - tickZone : cellWidth - halfYear);
  const x = linearScale([0, Math.max(1, horizon)], [left, right]);
  const xTicks = yearTicks(horizon, right - left, yearLabelWidth).map((t) => ({ value: t, label: input.formatYear(t), at: x(t) }));

  const placed: BankCell[] = cells.map((_, i) => {
    const col = i % columns;
    const row = Math.floor(i / columns);
    const physicalCol = rtl ? columns - 1 - col : col;
    return {
      left: physicalCol * (cellWidth + COLUMN_GAP),
      top: row * (cellHeight + ROW_GAP),
      y: scales[i],
      yTicks: tickSets[i],
      title: titles[i],
    };
  });

  return {
    columns,
    cellWidth,
    cellHeight,
    height: rows * cellHeight + (rows - 1) * ROW_GAP,
    cells: placed,
    x,
    plot: { left, right, top: plotTop, bottom: plotBottom },
    xTicks,
    xTickY: plotBottom + TEXT_SIZE.tick + 8,
    yTickX: rtl ? cellWidth : left - TICK_GAP,
    yTickAnchor: anchorFor('right', direction),
  };
}

/**
 * Returns the small chart and year under a point of the panel (in layout px), or null between charts:
 * the year nearest the pointer within that chart.
 */
export function pickBankPoint(px: number, py: number, layout: BankPanelLayout, horizon: number): { readonly cell: number; readonly t: number } | null {
  for (let i = 0; i < layout.cells.length; i++) {
    const c = layout.cells[i];
    if (px >= c.left && px <= c.left + layout.cellWidth && py >= c.top && py <= c.top + layout.cellHeight) {
      return { cell: i, t: nearestYear(px - c.left, layout.x, horizon) };
    }
  }
  return null;
}

const READOUT_CHROME = 16 + 22; // the read-out's padding and a row's colour mark
const READOUT_COLUMN_GAP = 10;
const READOUT_MIN_COLUMN = 44; // a column is at least as wide as its wrapped heading's longest word

/**
 * Estimates the width in px of a table read-out: its row names and, per column, the widest value
 * (headings wrap, values do not). The bank view compares it with the panel to choose between every
 * measure and the one the reader points at.
 */
export function tableReadoutWidth(rowLabels: ReadonlyArray<string>, columns: ReadonlyArray<ReadonlyArray<string>>): number {
  const labels = Math.max(0, ...rowLabels.map((l) => estimateTextWidth(l, TEXT_SIZE.label)));
  const values = columns.reduce((sum, col) => sum + READOUT_COLUMN_GAP + Math.max(READOUT_MIN_COLUMN, ...col.map((v) => estimateTextWidth(v, TEXT_SIZE.label))), 0);
  return READOUT_CHROME + labels + values;
}

/** Returns a bank value as text: a rate as a percentage, an amount as exactly as a read-out needs. */
export function bankValueText(kind: 'amount' | 'rate', value: number | undefined, format: ChartFormat): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return kind === 'rate' ? format.percent(value) : format.exact(value);
}

/**
 * Returns the bank view's table: one row per measure and class (and the measure's total), one column per
 * year; the row header names the measure, its unit and the class.
 */
export function bankTable(
  title: string,
  classes: ReadonlyArray<{ readonly key: string; readonly label: string }>,
  totalLabel: string,
  series: ReadonlyArray<BankSeriesValues & { readonly label: string; readonly unit: string }>,
  horizon: number,
  format: ChartFormat,
): TableData {
  const years = Array.from({ length: Math.max(0, horizon) + 1 }, (_, t) => t);
  return {
    caption: title,
    corner: '',
    columns: years.map((t) => format.year(t)),
    rows: series.flatMap((s) => [
      ...classes.map((c, k) => ({
        key: `${s.key}-${c.key}`,
        header: `${s.label} (${s.unit}) · ${c.label}`,
        cells: years.map((t) => bankValueText(s.kind, s.values[k]?.[t], format)),
      })),
      { key: `${s.key}-total`, header: `${s.label} (${s.unit}) · ${totalLabel}`, cells: years.map((t) => bankValueText(s.kind, s.total[t], format)) },
    ]),
  };
}
