/**
 * The geometry of each panel kind as a pure function of its size, direction, domain and labels: where
 * the plot sits, its scales, which ticks and labels fit. The components only draw what these return,
 * so the layout rules (RTL, thinning, end labels or a legend) are tested without a DOM.
 */
import { anchorFor, estimateTextWidth, inlineStartSide, lineHeight, TEXT_SIZE, truncateToWidth, wrapToWidth, type Direction, type TextAnchor } from './layout';
import { linearScale, niceTicks, valueTicks, yearTicks, type LinearScale } from './scales';
import { placeEndLabels } from './shapes';

/** A rectangle's edges in px. */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A positioned piece of SVG text. */
export interface PlacedText {
  readonly x: number;
  readonly y: number;
  readonly anchor: TextAnchor;
  readonly text: string;
}

/** A label wrapped onto as many lines as its width needs: the first baseline at `y`, the next ones `lineHeight` lower. */
export interface PlacedLines extends PlacedText {
  /** The lines, in order; `text` is the whole label. */
  readonly lines: readonly string[];
  readonly lineHeight: number;
}

/** Places a label at (x, y), wrapped to `maxWidth` px (see `wrapToWidth`). */
export function placeLines(x: number, y: number, anchor: TextAnchor, text: string, maxWidth: number, fontSize: number = TEXT_SIZE.label): PlacedLines {
  return { x, y, anchor, text, lines: wrapToWidth(text, maxWidth, fontSize), lineHeight: lineHeight(fontSize) };
}

/** Returns the px a wrapped label takes beyond its first line. */
export function extraLinesHeight(label: PlacedLines): number {
  return Math.max(0, label.lines.length - 1) * label.lineHeight;
}

/** A tick: its value, its label and its position along the axis in px. */
export interface Tick {
  readonly value: number;
  readonly label: string;
  readonly at: number;
}

const UNIT_ROW = 32; // the unit label's row above the plot (room for Persian descenders above the top tick)
const X_AXIS_ROW = 28; // year labels under the plot
const TICK_GAP = 6; // between a tick label and the plot
const END_LABEL_GAP = 6; // between a line's end and its label
const END_LABEL_SPACING = TEXT_SIZE.label + 3; // between stacked end labels
const MAX_LABEL_ZONE = 0.34; // the most of the width a label zone may take before falling back

/** What `layoutTimePanel` needs. */
export interface TimePanelInput {
  readonly width: number;
  readonly height: number;
  readonly direction: Direction;
  readonly yDomain: readonly [number, number];
  readonly horizon: number;
  readonly unit: string;
  readonly formatTick: (value: number) => string;
  readonly formatYear: (t: number) => string;
  /** Lines to label at their ends (their last finite value), or nothing for a list legend. */
  readonly endLabels?: ReadonlyArray<{ readonly key: string; readonly label: string; readonly last: number }>;
}

/** A placed line-end label. */
export interface EndLabel extends PlacedText {
  readonly key: string;
  /** The y of the line end it names, for a short leader where the label was moved. */
  readonly anchorY: number;
}

/** What every panel with an axis along its bottom has: the scale across, the data area, the ticks below. */
export interface BottomAxisLayout {
  readonly x: LinearScale;
  /** The data area. */
  readonly plot: Box;
  readonly xTicks: readonly Tick[];
  /** The baseline of the tick labels. */
  readonly xTickY: number;
}

/** The geometry of a panel with time across and values up (line panels, stacked shares). */
export interface TimePanelLayout extends BottomAxisLayout {
  readonly y: LinearScale;
  /** The horizontal extent of the grid lines (through the end-label band in right-to-left pages). */
  readonly gridLeft: number;
  readonly gridRight: number;
  readonly yTicks: readonly Tick[];
  readonly yTickX: number;
  readonly yTickAnchor: TextAnchor;
  readonly unitLabel: PlacedLines;
  /** The placed end labels, or null when they do not fit (or none were asked for): show a list legend. */
  readonly endLabels: readonly EndLabel[] | null;
}

/** Returns the last finite value of a series (NaN when there is none): where its end label goes. */
export function lastFiniteValue(values: ReadonlyArray<number>): number {
  for (let t = values.length - 1; t >= 0; t--) if (Number.isFinite(values[t])) return values[t];
  return NaN;
}

/**
 * Lays out a time panel: the y axis on the inline-start side, years left to right, end labels beside
 * the line ends where they fit (at most a third of the width and room to stack them), else none.
 */
export function layoutTimePanel(input: TimePanelInput): TimePanelLayout {
  const { width, height, direction } = input;
  const horizon = Math.max(0, input.horizon);
  const rtlUnit = inlineStartSide(direction) === 'right';
  // The unit wraps onto as many lines as the width needs; the plot starts below its last line.
  const unitLabel = placeLines(rtlUnit ? width : 0, TEXT_SIZE.label + 1, anchorFor(rtlUnit ? 'right' : 'left', direction), input.unit, width);
  const top = UNIT_ROW + extraLinesHeight(unitLabel);
  const bottom = Math.max(top + 20, height - X_AXIS_ROW);
  const y = linearScale(input.yDomain, [bottom, top]);
  const yTickValues = valueTicks(y, 36);
  const yTickLabels = yTickValues.map((v) => input.formatTick(v));
  const tickZone = Math.max(...yTickLabels.map((l) => estimateTextWidth(l, TEXT_SIZE.tick)), 0) + TICK_GAP + 2;

  const yearLabelWidth = Math.max(estimateTextWidth(input.formatYear(0), TEXT_SIZE.tick), estimateTextWidth(input.formatYear(horizon), TEXT_SIZE.tick));
  const halfYear = yearLabelWidth / 2 + 2;

  // End labels: wanted, narrow enough, and stackable within the plot's height.
  let endZone = 0;
  let placed: ReturnType<typeof placeEndLabels> = null;
  const wanted = input.endLabels;
  if (wanted && wanted.length > 0) {
    const widest = Math.max(...wanted.map((l) => estimateTextWidth(l.label, TEXT_SIZE.label)));
    const zone = widest + END_LABEL_GAP + 4;
    if (zone <= width * MAX_LABEL_ZONE) {
      placed = placeEndLabels(
        wanted.map((l) => ({ key: l.key, y: Number.isFinite(l.last) ? y(l.last) : NaN })),
        END_LABEL_SPACING,
        top + TEXT_SIZE.label / 2,
        bottom,
      );
      if (placed) endZone = zone;
    }
  }

  const rtl = inlineStartSide(direction) === 'right';
  const left = rtl ? halfYear : tickZone;
  const right = rtl ? width - tickZone - endZone : width - Math.max(endZone, halfYear);
  const plot: Box = { left, right: Math.max(left + 1, right), top, bottom };
  const x = linearScale([0, Math.max(1, horizon)], [plot.left, plot.right]);

  const yTicks = yTickValues.map((value, i) => ({ value, label: yTickLabels[i], at: y(value) }));
  const xTicks = yearTicks(horizon, plot.right - plot.left, yearLabelWidth).map((t) => ({ value: t, label: input.formatYear(t), at: x(t) }));

  const endLabels: EndLabel[] | null =
    placed && wanted
      ? placed.map((p) => {
          const spec = wanted.find((w) => w.key === p.key);
          return {
            key: p.key,
            text: spec ? spec.label : p.key,
            x: plot.right + END_LABEL_GAP,
            y: p.y,
            anchorY: p.anchorY,
            anchor: anchorFor('left', direction),
          };
        })
      : null;

  return {
    x,
    y,
    plot,
    gridLeft: plot.left,
    gridRight: rtl ? plot.right + endZone : plot.right,
    yTicks,
    // Tick labels: flush against the axis in left-to-right pages; flush with the panel's inline-start
    // (right) edge in right-to-left pages, where the end-label band may sit between them and the plot.
    yTickX: rtl ? width : plot.left - TICK_GAP,
    yTickAnchor: anchorFor('right', direction),
    xTicks,
    xTickY: bottom + TEXT_SIZE.tick + 8,
    unitLabel,
    endLabels,
  };
}

/** What `layoutEffectBars` needs. */
export interface EffectBarsInput {
  readonly width: number;
  readonly height: number;
  readonly direction: Direction;
  readonly xDomain: readonly [number, number];
  readonly labels: ReadonlyArray<string>;
  readonly unit: string;
  readonly formatTick: (value: number) => string;
  /**
   * The widest value labels the shared domain can produce (the formatted domain ends): they size the
   * room kept for value labels, the same in every panel, so that panels sharing a domain share a scale.
   */
  readonly valueLabelSamples: ReadonlyArray<string>;
}

/**
 * The widest value labels a bar panel's domain can produce, in the panel's own format: its two ends and
 * two values just inside them (rounded as labels are, these can be the wider ones). Their widths size the
 * room kept beside the bars, the same in every panel sharing the domain, so that those panels share a scale.
 */
export function valueLabelSamples(domain: readonly [number, number], format: (value: number) => string): string[] {
  const [d0, d1] = domain;
  return [format(d0), format(d1), format(d0 * 0.987), format(d1 * 0.987)];
}

/** One bar's row. */
export interface BarRow {
  /** Top of the bar in px. */
  readonly barTop: number;
  readonly barHeight: number;
  /** The row's band (for pointer picking and the separator above a total). */
  readonly rowTop: number;
  readonly rowHeight: number;
  readonly label: PlacedText;
}

/** The geometry of an effect-bar panel. */
export interface EffectBarsLayout extends BottomAxisLayout {
  /** Class labels beside the bars (`side`), or above each bar when they would take too much width. */
  readonly labelPlacement: 'side' | 'above';
  readonly rows: readonly BarRow[];
  readonly unitLabel: PlacedLines;
}

/**
 * Lays out diverging bars: class labels on the inline-start side when they fit in a third of the width
 * (else above each bar), the bars' scale between two margins that keep room for the value labels, the
 * x ticks and the unit below.
 */
export function layoutEffectBars(input: EffectBarsInput): EffectBarsLayout {
  const { width, height, direction, labels } = input;
  const rtl = inlineStartSide(direction) === 'right';
  const widestLabel = Math.max(0, ...labels.map((l) => estimateTextWidth(l, TEXT_SIZE.label)));
  const labelZone = widestLabel + 12;
  const placement: 'side' | 'above' = labelZone <= width * MAX_LABEL_ZONE ? 'side' : 'above';
  const valuePad = Math.max(estimateTextWidth('+00', TEXT_SIZE.value), ...input.valueLabelSamples.map((s) => estimateTextWidth(s, TEXT_SIZE.value))) + 6;

  const zoneLeft = placement === 'side' && !rtl ? labelZone : 0;
  const zoneRight = placement === 'side' && rtl ? width - labelZone : width;
  const barLeft = zoneLeft + valuePad;
  const barRight = Math.max(barLeft + 1, zoneRight - valuePad);
  const x = linearScale(input.xDomain, [barLeft, barRight]);

  const top = 4;
  // The unit under the axis wraps to the panel's width; the rows give up the room its extra lines take.
  const unitCentre = (barLeft + barRight) / 2;
  const unitLines = placeLines(unitCentre, 0, 'middle', input.unit, 2 * Math.min(unitCentre, width - unitCentre));
  // The unit's last line keeps room for its descenders (Persian letters reach well below the baseline).
  const unitDescent = Math.ceil(TEXT_SIZE.label * 0.4);
  const axisBottom = height - (TEXT_SIZE.tick + 8) - (TEXT_SIZE.label + 10) - extraLinesHeight(unitLines) - unitDescent;
  const n = Math.max(1, labels.length);
  const rowHeight = Math.max(12, (axisBottom - top) / n);
  const labelRow = placement === 'above' ? TEXT_SIZE.label + 6 : 0;
  const barHeight = Math.max(6, Math.min(30, (rowHeight - labelRow) * 0.7));
  const labelX = rtl ? width : 0;
  const labelAnchor = anchorFor(rtl ? 'right' : 'left', direction);
  const labelMax = placement === 'side' ? labelZone - 8 : width;

  const rows: BarRow[] = labels.map((label, i) => {
    const rowTop = top + i * rowHeight;
    const barTop = rowTop + labelRow + (rowHeight - labelRow - barHeight) / 2;
    const labelY = placement === 'side' ? barTop + barHeight / 2 : rowTop + TEXT_SIZE.label;
    return {
      rowTop,
      rowHeight,
      barTop,
      barHeight,
      label: { x: labelX, y: labelY, anchor: labelAnchor, text: truncateToWidth(label, labelMax, TEXT_SIZE.label) },
    };
  });
  const plotBottom = top + n * rowHeight;

  const widestTick = Math.max(estimateTextWidth(input.formatTick(input.xDomain[0]), TEXT_SIZE.tick), estimateTextWidth(input.formatTick(input.xDomain[1]), TEXT_SIZE.tick));
  const values = effectTicks(input.xDomain, barRight - barLeft, widestTick + 12);
  const xTicks = values.map((value) => ({ value, label: input.formatTick(value), at: x(value) }));
  const unitY = plotBottom + TEXT_SIZE.tick + 8 + TEXT_SIZE.label + 8;
  return {
    x,
    labelPlacement: placement,
    rows,
    plot: { left: barLeft, right: barRight, top, bottom: plotBottom },
    xTicks,
    xTickY: plotBottom + TEXT_SIZE.tick + 6,
    unitLabel: { ...unitLines, y: unitY },
  };
}

/**
 * Returns the ticks of a diverging value axis of `span` px: the most nice ticks (at least three) whose
 * labels stay `room` px apart, else just the two ends and zero, else zero alone.
 */
export function effectTicks(domain: readonly [number, number], span: number, room: number): number[] {
  const [lo, hi] = domain;
  const width = hi - lo;
  if (!(width > 0)) return [lo];
  const spacing = (ticks: number[]): number => (ticks.length > 1 ? (span * (ticks[1] - ticks[0])) / width : span);
  for (let count = Math.max(2, Math.floor(span / room)); count >= 2; count--) {
    const ticks = niceTicks(lo, hi, count);
    if (ticks.length >= 3 && spacing(ticks) >= room) return ticks;
  }
  if (lo < 0 && hi > 0 && Math.min(-lo, hi) * (span / width) >= room) return [lo, 0, hi];
  return lo <= 0 && hi >= 0 ? [0] : [lo, hi];
}

/** What `layoutBindingGrid` needs. */
export interface BindingGridInput {
  readonly width: number;
  readonly height: number;
  readonly direction: Direction;
  readonly rowLabels: ReadonlyArray<string>;
  readonly horizon: number;
  readonly formatYear: (t: number) => string;
}

/** The geometry of a class x year grid. */
export interface BindingGridLayout {
  readonly plot: Box;
  readonly cellWidth: number;
  readonly cellHeight: number;
  /** The left edge of year t's column. */
  readonly columnX: (t: number) => number;
  readonly rowLabels: readonly PlacedText[];
  readonly xTicks: readonly Tick[];
  readonly xTickY: number;
}

/**
 * Lays out the binding grid: class labels on the inline-start side (shortened with an ellipsis past a
 * third of the width; the full name is in the tooltip and the table), one column per year left to
 * right, rows filling the height, thinned year labels under the columns.
 */
export function layoutBindingGrid(input: BindingGridInput): BindingGridLayout {
  const { width, height, direction } = input;
  const rtl = inlineStartSide(direction) === 'right';
  const horizon = Math.max(0, input.horizon);
  const cols = horizon + 1;
  const widest = Math.max(0, ...input.rowLabels.map((l) => estimateTextWidth(l, TEXT_SIZE.label)));
  const labelZone = Math.min(widest + 12, width * MAX_LABEL_ZONE);
  const yearLabelWidth = Math.max(estimateTextWidth(input.formatYear(0), TEXT_SIZE.tick), estimateTextWidth(input.formatYear(horizon), TEXT_SIZE.tick));
  // On the side without labels, keep half a year label so the outermost year is not cut off.
  const edge = yearLabelWidth / 2 + 2;
  const left = rtl ? edge : labelZone;
  const right = rtl ? width - labelZone : width - edge;
  const cellWidth = Math.max(1, (right - left) / cols);
  const top = 2;
  const rows = Math.max(1, input.rowLabels.length);
  // Rows fill the panel's height (the app sizes it for the class count), never thinner than 10 px.
  const cellHeight = Math.max(10, (height - top - X_AXIS_ROW) / rows);
  const bottom = top + rows * cellHeight;
  const columnX = (t: number): number => left + t * cellWidth;
  const labelX = rtl ? width : 0;
  const anchor = anchorFor(rtl ? 'right' : 'left', direction);
  const rowLabels = input.rowLabels.map((label, i) => ({
    x: labelX,
    y: top + (i + 0.5) * cellHeight,
    anchor,
    text: truncateToWidth(label, labelZone - 10, TEXT_SIZE.label),
  }));
  const xTicks = yearTicks(horizon, Math.max(1, (cols - 1) * cellWidth), yearLabelWidth, 10).map((t) => ({
    value: t,
    label: input.formatYear(t),
    at: columnX(t) + cellWidth / 2,
  }));
  return { plot: { left, right, top, bottom }, cellWidth, cellHeight, columnX, rowLabels, xTicks, xTickY: bottom + TEXT_SIZE.tick + 8 };
}
