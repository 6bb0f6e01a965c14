/**
 * Scales, shared domains and ticks. The only place besides the other core files that imports d3; the
 * components receive the plain `LinearScale` interface below and never touch d3 themselves.
 */
import { scaleLinear, ticks as d3Ticks, nice as d3Nice } from 'd3';

/** A continuous linear scale as the components see it (a d3 `scaleLinear` behind it). */
export interface LinearScale {
  (value: number): number;
  invert(pixel: number): number;
  ticks(count?: number): number[];
  domain(): number[];
  range(): number[];
}

/** Creates a linear scale from a domain to a pixel range (no clamping: out-of-domain points extend). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  return scaleLinear().domain([domain[0], domain[1]]).range([range[0], range[1]]);
}

/** Options of `sharedDomain`. */
export interface SharedDomainOptions {
  /** Extends the domain to 0 (levels such as output or jobs; not needed for differences). */
  readonly includeZero?: boolean;
  /** About how many ticks the nice rounding aims for (default 5). */
  readonly ticks?: number;
}

/**
 * Returns one y domain for panels drawn side by side, so that the eye compares like with like: the
 * extent of every finite value of every series, optionally stretched to 0, rounded outward to nice
 * tick values (d3 `nice`). An empty or flat input gets a small band around its value.
 */
export function sharedDomain(seriesValues: ReadonlyArray<ReadonlyArray<number>>, options: SharedDomainOptions = {}): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const series of seriesValues) {
    for (const v of series) {
      if (!Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (min > max) return [0, 1];
  if (options.includeZero) {
    if (min > 0) min = 0;
    if (max < 0) max = 0;
  }
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const [lo, hi] = d3Nice(min, max, options.ticks ?? 5);
  return [lo, hi];
}

/**
 * Returns a domain symmetric around 0 that holds every finite value, rounded to a nice bound: the shared
 * x domain of diverging effect bars (gains right, losses left, zero in the middle).
 */
export function symmetricDomain(values: ReadonlyArray<number>, ticks = 5): [number, number] {
  let m = 0;
  for (const v of values) if (Number.isFinite(v) && Math.abs(v) > m) m = Math.abs(v);
  if (m === 0) return [-1, 1];
  const [, hi] = d3Nice(0, m, Math.max(1, ticks));
  return [-hi, hi];
}

/** Returns about `count` nice tick values in [lo, hi] (d3 `ticks`). */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  return d3Ticks(lo, hi, Math.max(1, count));
}

/**
 * Returns the y-axis ticks of a scale, as many as fit with at least `minSpacing` px between them (and at
 * least two).
 */
export function valueTicks(scale: LinearScale, minSpacing = 36): number[] {
  const [r0, r1] = scale.range();
  const span = Math.abs(r1 - r0);
  let count = Math.max(2, Math.floor(span / minSpacing));
  let ticks = scale.ticks(count);
  // d3's count is a hint: step down until the real ticks honour the spacing.
  while (count > 1 && ticks.length > 1 && span / (ticks.length - 1) < minSpacing) {
    count -= 1;
    ticks = scale.ticks(count);
  }
  return ticks;
}

/**
 * Returns the simulated years t in 0..horizon to label on a time axis of `span` px whose labels are
 * about `labelWidth` px wide: whole years on a nice step (1, 2, 5, 10...) that leave at least `gap` px
 * between neighbouring labels.
 */
export function yearTicks(horizon: number, span: number, labelWidth: number, gap = 14): number[] {
  if (horizon <= 0) return [0];
  const room = labelWidth + gap;
  const maxCount = Math.max(2, Math.floor(span / room) + 1);
  let count = Math.min(horizon + 1, maxCount);
  for (;;) {
    const ticks = d3Ticks(0, horizon, count).filter((t) => Number.isInteger(t));
    const spacing = ticks.length > 1 ? (span * (ticks[1] - ticks[0])) / horizon : span;
    if ((ticks.length <= maxCount && spacing >= room) || count <= 1) return ticks.length > 0 ? ticks : [0];
    count -= 1;
  }
}

/**
 * Returns the simulated year nearest to a pixel on a time scale, clamped to 0..horizon: what a pointer at
 * that x is pointing at.
 */
export function nearestYear(pixel: number, x: LinearScale, horizon: number): number {
  const t = Math.round(x.invert(pixel));
  if (!Number.isFinite(t)) return 0;
  return Math.max(0, Math.min(horizon, t));
}
