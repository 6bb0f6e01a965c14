/**
 * The tornado of one-at-a-time sensitivity (MODEL.md 5): each uncertain parameter set to its low and to
 * its high value while the others stay central, and the horizon effect at each. Geometry, domain and
 * table; the engine has already computed and sorted the bars.
 */
import type { ChartFormat } from '../types';
import { anchorFor, estimateTextWidth, inlineStartSide, TEXT_SIZE, truncateToWidth, type Direction } from './layout';
import { effectTicks, extraLinesHeight, placeLines, type BottomAxisLayout, type PlacedLines, type PlacedText } from './panels';
import { linearScale, sharedDomain, type SharedDomainOptions } from './scales';
import type { TableData } from './tables';

/** "Parameter at its low value": blue (Okabe-Ito), distinct from orange for every colour vision. */
export const TORNADO_LOW_COLOR = '#0072B2';
/** "Parameter at its high value": orange (Okabe-Ito). */
export const TORNADO_HIGH_COLOR = '#E69F00';

/** A tornado bar as the geometry and the table read it. */
export interface TornadoValues {
  /** The horizon effect with the parameter at its low value. */
  readonly atLow: number;
  /** The horizon effect with the parameter at its high value. */
  readonly atHigh: number;
}

/** One tornado as `tornadoDomain` reads it. */
export interface TornadoExtent {
  readonly centralValue: number;
  readonly bars: ReadonlyArray<TornadoValues>;
}

/**
 * Returns one x domain for tornados drawn side by side: the extent of every central value and every
 * effect at a low or high setting, rounded outward (see `sharedDomain`). Pass `includeZero` to show
 * whether any setting flips the effect's sign.
 */
export function tornadoDomain(tornados: ReadonlyArray<TornadoExtent>, options: SharedDomainOptions = {}): [number, number] {
  return sharedDomain(
    tornados.map((t) => [t.centralValue, ...t.bars.flatMap((b) => [b.atLow, b.atHigh])]),
    options,
  );
}

/** Returns how far the effect moves across the parameter's range: |atHigh - atLow| (NaN if either is). */
export function tornadoSwing(bar: TornadoValues): number {
  return Math.abs(bar.atHigh - bar.atLow);
}

/** What `layoutTornado` needs. */
export interface TornadoInput {
  readonly width: number;
  readonly height: number;
  readonly direction: Direction;
  readonly xDomain: readonly [number, number];
  readonly centralValue: number;
  /** The text over the central line (e.g. "central 205"). */
  readonly centralText: string;
  /** Parameter names, in the order drawn top to bottom. */
  readonly labels: ReadonlyArray<string>;
  readonly bars: ReadonlyArray<TornadoValues>;
  readonly unit: string;
  readonly formatTick: (value: number) => string;
  /** The widest value labels the domain can produce: they size the room kept beside the bars. */
  readonly valueLabelSamples: ReadonlyArray<string>;
}

/** One half of a tornado bar: from the central value to the effect at one setting. */
export interface TornadoSegment {
  readonly setting: 'low' | 'high';
  /** The bar's physical left and right in px (equal for an effect at the central value). */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly height: number;
  /** Where the value label goes: beyond the bar's outer end. */
  readonly valueLabel: Omit<PlacedText, 'text'>;
}

/** One parameter's row. */
export interface TornadoRow {
  readonly rowTop: number;
  readonly rowHeight: number;
  /** The parameter name, shortened with an ellipsis when it would take more than 40% of the width. */
  readonly label: PlacedText;
  readonly truncated: boolean;
  /** The low segment first. */
  readonly segments: readonly [TornadoSegment, TornadoSegment];
}

/** The geometry of a tornado panel. */
export interface TornadoLayout extends BottomAxisLayout {
  readonly rows: readonly TornadoRow[];
  readonly centralX: number;
  readonly centralLabel: PlacedText;
  readonly unitLabel: PlacedLines;
}

// The most of the width the parameter names may take: a little more than the class labels of
// panels.ts (a third), as a parameter's name is longer and is what the reader looks for first.
const LABEL_ZONE_SHARE = 0.4;
const CENTRAL_ROW = TEXT_SIZE.label + 10; // the central value's label above the bars
const VALUE_GAP = 4;

/**
 * Lays out a tornado: parameter names at the inline start (shortened past 40% of the width, the
 * full name kept for a `<title>`), the bars' scale between margins that keep room for value labels, a
 * row per parameter in the given order, the central value's label above its line, ticks and unit below.
 * Values grow rightward in both directions (layout.ts). A bar whose two settings move the effect the
 * same way is split into a low half above and a high half below, so that neither hides the other.
 */
export function layoutTornado(input: TornadoInput): TornadoLayout {
  const { width, height, direction, labels } = input;
  const rtl = inlineStartSide(direction) === 'right';
  const widest = Math.max(0, ...labels.map((l) => estimateTextWidth(l, TEXT_SIZE.label)));
  const labelZone = Math.min(widest + 12, width * LABEL_ZONE_SHARE);
  const valuePad = Math.max(estimateTextWidth('000', TEXT_SIZE.value), ...input.valueLabelSamples.map((s) => estimateTextWidth(s, TEXT_SIZE.value))) + VALUE_GAP + 2;
  const zoneLeft = rtl ? 0 : labelZone;
  const zoneRight = rtl ? width - labelZone : width;
  const barLeft = zoneLeft + valuePad;
  const barRight = Math.max(barLeft + 1, zoneRight - valuePad);
  const x = linearScale(input.xDomain, [barLeft, barRight]);

  const top = CENTRAL_ROW;
  // The unit under the axis wraps to the panel's width; the rows give up the room its extra lines take.
  const unitCentre = (barLeft + barRight) / 2;
  const unitLines = placeLines(unitCentre, 0, 'middle', input.unit, 2 * Math.min(unitCentre, width - unitCentre));
  // The unit's last line keeps room for its descenders (Persian letters reach well below the baseline).
  const unitDescent = Math.ceil(TEXT_SIZE.label * 0.4);
  const axisBottom = height - (TEXT_SIZE.tick + 8) - (TEXT_SIZE.label + 10) - extraLinesHeight(unitLines) - unitDescent;
  const n = Math.max(1, labels.length);
  const rowHeight = Math.max(14, (axisBottom - top) / n);
  const barHeight = Math.max(8, Math.min(28, rowHeight * 0.7));
  const central = input.centralValue;
  const centralX = Number.isFinite(central) ? x(central) : (barLeft + barRight) / 2;
  const labelX = rtl ? width : 0;
  const labelAnchor = anchorFor(rtl ? 'right' : 'left', direction);

  const rows: TornadoRow[] = labels.map((label, i) => {
    const rowTop = top + i * rowHeight;
    const barTop = rowTop + (rowHeight - barHeight) / 2;
    const bar = input.bars[i] ?? { atLow: NaN, atHigh: NaN };
    const dLow = Number.isFinite(bar.atLow) ? bar.atLow - central : 0;
    const dHigh = Number.isFinite(bar.atHigh) ? bar.atHigh - central : 0;
    const split = dLow * dHigh > 0;
    const segment = (setting: 'low' | 'high', delta: number, other: number, half: 0 | 1): TornadoSegment => {
      const end = x(central + delta);
      const segTop = split ? barTop + half * (barHeight / 2) : barTop;
      const segHeight = split ? barHeight / 2 - 0.5 : barHeight;
      // The label goes beyond the outer end; an effect at the central value labels the side the other
      // setting does not use (low left, high right when neither moves it).
      const outward = delta > 0 ? 'right' : delta < 0 ? 'left' : other > 0 ? 'left' : other < 0 ? 'right' : setting === 'low' ? 'left' : 'right';
      return {
        setting,
        left: Math.min(centralX, end),
        right: Math.max(centralX, end),
        top: segTop,
        height: segHeight,
        valueLabel: {
          x: outward === 'right' ? Math.max(centralX, end) + VALUE_GAP : Math.min(centralX, end) - VALUE_GAP,
          y: segTop + segHeight / 2,
          anchor: anchorFor(outward === 'right' ? 'left' : 'right', direction),
        },
      };
    };
    const text = truncateToWidth(label, labelZone - 10, TEXT_SIZE.label);
    return {
      rowTop,
      rowHeight,
      label: { x: labelX, y: barTop + barHeight / 2, anchor: labelAnchor, text },
      truncated: text !== label,
      segments: [segment('low', dLow, dHigh, 0), segment('high', dHigh, dLow, 1)],
    };
  });
  const plotBottom = top + n * rowHeight;

  // The central label centres on its line, moved inward where it would leave the bars' zone.
  const centralWidth = estimateTextWidth(input.centralText, TEXT_SIZE.label);
  const minX = zoneLeft + centralWidth / 2;
  const maxX = zoneRight - centralWidth / 2;
  const centralLabelX = minX <= maxX ? Math.max(minX, Math.min(maxX, centralX)) : (zoneLeft + zoneRight) / 2;

  const widestTick = Math.max(estimateTextWidth(input.formatTick(input.xDomain[0]), TEXT_SIZE.tick), estimateTextWidth(input.formatTick(input.xDomain[1]), TEXT_SIZE.tick));
  const xTicks = effectTicks(input.xDomain, barRight - barLeft, widestTick + 12).map((value) => ({ value, label: input.formatTick(value), at: x(value) }));
  const unitY = plotBottom + TEXT_SIZE.tick + 8 + TEXT_SIZE.label + 8;
  return {
    x,
    plot: { left: barLeft, right: barRight, top, bottom: plotBottom },
    rows,
    centralX,
    centralLabel: { x: centralLabelX, y: TEXT_SIZE.label, anchor: 'middle', text: input.centralText },
    xTicks,
    xTickY: plotBottom + TEXT_SIZE.tick + 6,
    unitLabel: { ...unitLines, y: unitY },
  };
}

/** What a tornado table needs per bar. */
export interface TornadoTableBar extends TornadoValues {
  readonly key: string;
  readonly label: string;
  readonly lowLabel: string;
  readonly highLabel: string;
}

/** The column names of a tornado table (translated). */
export interface TornadoTableLabels {
  readonly low: string;
  readonly high: string;
  readonly swing: string;
  readonly central?: string;
}

/**
 * Returns a tornado's table: one row per parameter; for each setting the parameter's value (as given)
 * and the effect there, then the swing; exact values in the unit. The caption names the central value.
 */
export function tornadoTable(
  title: string,
  unit: string,
  centralValue: number,
  bars: ReadonlyArray<TornadoTableBar>,
  labels: TornadoTableLabels,
  format: ChartFormat,
): TableData {
  const cell = (v: number): string => (Number.isFinite(v) ? format.exact(v) : '–');
  const central = labels.central ? `${labels.central} ${cell(centralValue)}` : cell(centralValue);
  return {
    caption: `${title} (${unit}) · ${central}`,
    corner: '',
    columns: [labels.low, `${labels.low} · ${unit}`, labels.high, `${labels.high} · ${unit}`, `${labels.swing} · ${unit}`],
    rows: bars.map((b) => ({
      key: b.key,
      header: b.label,
      cells: [b.lowLabel, cell(b.atLow), b.highLabel, cell(b.atHigh), cell(tornadoSwing(b))],
    })),
  };
}
