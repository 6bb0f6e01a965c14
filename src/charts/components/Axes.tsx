import { memo } from 'react';
import { TEXT_SIZE, type PlacedText, type TextAnchor, type Tick } from '../core';

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
    if (key === 'label' && samePlacedText(a as PlacedText, b as PlacedText)) continue;
    return false;
  }
  return Object.keys(previous).length === Object.keys(next).length;
}

const samePlacedText = (a: PlacedText, b: PlacedText) => a.x === b.x && a.y === b.y && a.anchor === b.anchor && a.text === b.text;

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

/** Draws the axis unit ("trillion rials") where the layout placed it. */
export const UnitLabel = memo(function UnitLabel({ label }: { readonly label: PlacedText }) {
  if (!label.text) return null;
  return (
    <text className="chart-unit" x={label.x} y={label.y} textAnchor={label.anchor} fontSize={TEXT_SIZE.label}>
      {label.text}
    </text>
  );
}, sameAxisProps);
