import { memo } from 'react';
import { TEXT_SIZE, type BottomAxisLayout, type Box, type PlacedLines, type PlacedText, type TextAnchor, type Tick } from '../core';

const sameTicks = (a: readonly Tick[], b: readonly Tick[]) =>
  a === b || (a.length === b.length && a.every((tick, i) => tick.value === b[i].value && tick.label === b[i].label && tick.at === b[i].at));

/**
 * Axis props are equal when they hold the same values: a panel lays itself out again whenever its data
 * move (a slider drag), which makes new tick arrays for the same ticks; compared by content, the axes
 * are not redrawn then.
 */
function sameAxisProps<P extends object>(previous: P, next: P): boolean {
  for (const key of Object.keys(next) as (keyof P)[]) {
    const a = previous[key];
    const b = next[key];
    if (a === b) continue;
    if (key === 'ticks' && sameTicks(a as readonly Tick[], b as readonly Tick[])) continue;
    if (key === 'label' && samePlacedText(a as PlacedText, b as PlacedText) && sameLines(a as Partial<PlacedLines>, b as Partial<PlacedLines>)) continue;
    return false;
  }
  return Object.keys(previous).length === Object.keys(next).length;
}

const samePlacedText = (a: PlacedText, b: PlacedText) => a.x === b.x && a.y === b.y && a.anchor === b.anchor && a.text === b.text;
const sameLines = (a: Partial<PlacedLines>, b: Partial<PlacedLines>) =>
  a.lineHeight === b.lineHeight && (a.lines ?? []).length === (b.lines ?? []).length && (a.lines ?? []).every((line, i) => line === b.lines?.[i]);

/** Props of `ValueGrid`. */
export interface ValueGridProps {
  readonly ticks: readonly Tick[];
  readonly left: number;
  readonly right: number;
  readonly labelX: number;
  readonly anchor: TextAnchor;
}

/**
 * Draws the light horizontal grid at the value ticks and their labels; the zero line, where the domain
 * crosses it, is darker so that gains and losses read against it.
 */
export const ValueGrid = memo(function ValueGrid({ ticks, left, right, labelX, anchor }: ValueGridProps) {
  return (
    <g className="chart-grid" aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line className={tick.value === 0 ? 'chart-zero' : 'chart-gridline'} x1={left} x2={right} y1={tick.at} y2={tick.at} />
          <text className="chart-tick chart-halo" x={labelX} y={tick.at} dy="0.32em" textAnchor={anchor} fontSize={TEXT_SIZE.tick}>
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}, sameAxisProps);

/** Props of `HorizontalAxis`. */
export interface HorizontalAxisProps {
  readonly ticks: readonly Tick[];
  /** The axis line's y, and the extent of the line. */
  readonly y: number;
  readonly left: number;
  readonly right: number;
  readonly labelY: number;
  /** Draws the axis line (time axes) or only the labels (effect bars, which have a zero line instead). */
  readonly line?: boolean;
}

/** Draws a bottom axis: a baseline, short tick marks and centred labels (years, or effect values). */
export const HorizontalAxis = memo(function HorizontalAxis({ ticks, y, left, right, labelY, line = true }: HorizontalAxisProps) {
  return (
    <g className="chart-axis" aria-hidden="true">
      {line ? <line className="chart-axis-line" x1={left} x2={right} y1={y} y2={y} /> : null}
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line className="chart-axis-line" x1={tick.at} x2={tick.at} y1={y} y2={y + 4} />
          <text className="chart-tick" x={tick.at} y={labelY} textAnchor="middle" fontSize={TEXT_SIZE.tick}>
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}, sameAxisProps);

/**
 * Draws the axis unit ("trillion rials") where the layout placed it, on as many lines as the layout
 * wrapped it onto (one `<tspan>` a line), never cut.
 */
export const UnitLabel = memo(function UnitLabel({ label }: { readonly label: PlacedLines }) {
  if (!label.text) return null;
  if (label.lines.length <= 1) {
    return (
      <text className="chart-unit" x={label.x} y={label.y} textAnchor={label.anchor} fontSize={TEXT_SIZE.label}>
        {label.text}
      </text>
    );
  }
  return (
    <text className="chart-unit" x={label.x} y={label.y} textAnchor={label.anchor} fontSize={TEXT_SIZE.label} data-lines={label.lines.length}>
      {label.lines.map((line, i) => (
        <tspan key={i} x={label.x} dy={i === 0 ? 0 : label.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}, sameAxisProps);

/** What `TimeAxes` reads of a time panel's layout (see `layoutTimePanel`). */
interface TimeAxesLayout extends BottomAxisLayout {
  readonly yTicks: readonly Tick[];
  readonly gridLeft: number;
  readonly gridRight: number;
  readonly yTickX: number;
  readonly yTickAnchor: TextAnchor;
  readonly unitLabel: PlacedLines;
}

/** Draws a time panel's value grid, its year axis and its unit. */
export function TimeAxes({ layout }: { readonly layout: TimeAxesLayout }) {
  return (
    <>
      <ValueGrid ticks={layout.yTicks} left={layout.gridLeft} right={layout.gridRight} labelX={layout.yTickX} anchor={layout.yTickAnchor} />
      <HorizontalAxis ticks={layout.xTicks} y={layout.plot.bottom} left={layout.plot.left} right={layout.plot.right} labelY={layout.xTickY} />
      <UnitLabel label={layout.unitLabel} />
    </>
  );
}

/** What `BarAxes` reads of a horizontal bar panel's layout (effect bars, waterfall, tornado). */
interface BarAxesLayout extends BottomAxisLayout {
  readonly unitLabel: PlacedLines;
}

/**
 * Draws a horizontal bar panel's vertical grid at the value ticks, their labels (no axis line: the
 * bars have their own zero or central line) and the unit. `skipZero` leaves out the grid line at zero,
 * where the panel draws its darker zero line.
 */
export function BarAxes({ layout, skipZero = false }: { readonly layout: BarAxesLayout; readonly skipZero?: boolean }) {
  const { plot } = layout;
  return (
    <>
      <g className="chart-grid" aria-hidden="true">
        {layout.xTicks.map((tick) =>
          skipZero && tick.value === 0 ? null : <line key={tick.value} className="chart-gridline" x1={tick.at} x2={tick.at} y1={plot.top} y2={plot.bottom} />,
        )}
      </g>
      <HorizontalAxis ticks={layout.xTicks} y={plot.bottom} left={plot.left} right={plot.right} labelY={layout.xTickY} line={false} />
      <UnitLabel label={layout.unitLabel} />
    </>
  );
}

/** A value marked on the year rule: where it is (undefined or not finite: no dot) and its colour. */
export interface RuleDot {
  readonly key: string;
  readonly value: number | undefined;
  readonly color: string;
}

/** Props of `YearRule`. */
export interface YearRuleProps {
  readonly x: number;
  /** The plot whose height the rule spans. */
  readonly plot: Pick<Box, 'top' | 'bottom'>;
  /** Maps a value to its y (the panel's, or the small chart's, y scale). */
  readonly y: (value: number) => number;
  readonly dots?: readonly RuleDot[];
  readonly radius?: number;
  /** Over filled areas (the stacked shares) the rule is drawn to stand out from them. */
  readonly onFill?: boolean;
}

/** Draws the active year of a time panel: a vertical rule and a dot on each line's value there. */
export function YearRule({ x, plot, y, dots = [], radius = 4, onFill = false }: YearRuleProps) {
  return (
    <g className="chart-focus" aria-hidden="true">
      <line className={onFill ? 'chart-rule chart-rule-on-fill' : 'chart-rule'} x1={x} x2={x} y1={plot.top} y2={plot.bottom} />
      {dots.map((d) =>
        d.value !== undefined && Number.isFinite(d.value) ? <circle key={d.key} cx={x} cy={y(d.value)} r={radius} fill="#fff" stroke={d.color} strokeWidth={2} /> : null,
      )}
    </g>
  );
}
