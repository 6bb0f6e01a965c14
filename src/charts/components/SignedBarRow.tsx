import { anchorFor, effectColor, TEXT_SIZE, type BarRow, type Direction, type EffectBarsLayout } from '../core';
import type { ChartFormat } from '../types';

/** Props of `SignedBarRow`. */
export interface SignedBarRowProps {
  readonly row: BarRow;
  /** Where the row's label sits: beside the bar, or above it. */
  readonly labelPlacement: 'side' | 'above';
  /** The bar's two ends in px (from zero for an effect bar, from the running sum for a waterfall step). */
  readonly x0: number;
  readonly x1: number;
  /** The signed value the bar shows (NaN draws an empty bar labelled "–"). */
  readonly value: number;
  readonly valueText: string;
  /** When a higher value is bad news (losses), gains are drawn in the loss colour and the other way round. */
  readonly higherIsWorse: boolean;
  /** A total: bold, opaque, with a separator line above it unless it is the first row. */
  readonly emphasis: boolean;
  readonly first: boolean;
  readonly selected: boolean;
  readonly width: number;
  readonly direction: Direction;
  /** The bar's key on its group, where the panel marks its bars with one. */
  readonly dataKey?: string;
}

/**
 * One row of a diverging bar chart: its label, a bar between two positions coloured by the value's sign,
 * and the signed value beyond the bar's end. The effect bars and the lever waterfall draw their rows so.
 */
export function SignedBarRow(props: SignedBarRowProps) {
  const { row, labelPlacement, x0, x1, value, valueText, higherIsWorse, emphasis, first, selected, width, direction, dataKey } = props;
  const v = Number.isFinite(value) ? value : 0;
  const color = effectColor(v, higherIsWorse);
  // The value label sits beyond the bar's end in the direction the bar runs.
  const valueSide = v >= 0 ? 'left' : 'right';
  return (
    <g className={emphasis ? 'chart-bar chart-bar-emphasis' : 'chart-bar'} data-key={dataKey}>
      {emphasis && !first ? <line className="chart-separator" x1={0} x2={width} y1={row.rowTop} y2={row.rowTop} /> : null}
      <text
        // Above its bar, a label shares its row with the waterfall's dashed connectors: the halo keeps
        // the line from running through the letters.
        className={labelPlacement === 'above' ? 'chart-class-label chart-halo' : 'chart-class-label'}
        x={row.label.x}
        y={row.label.y}
        dy={labelPlacement === 'side' ? '0.32em' : undefined}
        textAnchor={row.label.anchor}
        fontSize={TEXT_SIZE.label}
        fontWeight={emphasis ? 700 : undefined}
      >
        {row.label.text}
      </text>
      <rect
        x={Math.min(x0, x1)}
        y={row.barTop}
        width={Math.abs(x1 - x0)}
        height={row.barHeight}
        fill={color}
        fillOpacity={emphasis ? 1 : 0.8}
        stroke={selected ? '#111' : undefined}
        strokeWidth={selected ? 2 : undefined}
        data-sign={v < 0 ? 'negative' : 'positive'}
      />
      <text
        className="chart-value chart-halo"
        x={v >= 0 ? Math.max(x0, x1) + 4 : Math.min(x0, x1) - 4}
        y={row.barTop + row.barHeight / 2}
        dy="0.32em"
        textAnchor={anchorFor(valueSide, direction)}
        fill={color}
        fontSize={TEXT_SIZE.value}
        fontWeight={emphasis ? 700 : 600}
      >
        {valueText}
      </text>
    </g>
  );
}

/** A bar of a diverging bar panel: its signed value and the two values its ends stand at. */
export interface SignedBar {
  readonly key: string;
  readonly value: number;
  readonly from: number;
  readonly to: number;
  /** The total: bold, opaque, under a rule. */
  readonly emphasis: boolean;
}

/** Props of `SignedBars`. */
export interface SignedBarsProps {
  readonly bars: readonly SignedBar[];
  readonly layout: EffectBarsLayout;
  readonly format: ChartFormat;
  readonly higherIsWorse: boolean;
  /** The active bar's index, or null. */
  readonly selected: number | null;
  readonly width: number;
  /** Marks each bar's group with its key (`data-key`), where the panel's tests and readers look bars up. */
  readonly markKeys?: boolean;
}

/** Draws the rows of a diverging bar panel (the effect bars, the lever waterfall), top to bottom. */
export function SignedBars({ bars, layout, format, higherIsWorse, selected, width, markKeys = false }: SignedBarsProps) {
  return (
    <g className="chart-bars">
      {bars.map((bar, k) => (
        <SignedBarRow
          key={bar.key}
          dataKey={markKeys ? bar.key : undefined}
          row={layout.rows[k]}
          labelPlacement={layout.labelPlacement}
          x0={layout.x(bar.from)}
          x1={layout.x(bar.to)}
          value={bar.value}
          valueText={Number.isFinite(bar.value) ? format.signed(bar.value) : '–'}
          higherIsWorse={higherIsWorse}
          emphasis={bar.emphasis}
          first={k === 0}
          selected={selected === k}
          width={width}
          direction={format.direction}
        />
      ))}
    </g>
  );
}

