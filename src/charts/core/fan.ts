/**
 * The uncertainty fan (MODEL.md 5, Monte Carlo): domains, band paths, band tints and the table of a
 * panel that draws the 5-95 and 25-75 percentile bands of one measure over the years, its median, the
 * central run and an optional comparison.
 */
import { interpolateRgb, rgb } from 'd3';
import type { ChartFormat } from '../types';
import type { SharedDomainOptions } from './scales';
import { sharedDomain } from './scales';
import { areaPath } from './shapes';
import type { TableData } from './tables';

/** The five percentiles of a fan, each indexed by t = 0..H; NaN for a year not computed yet. */
export interface FanPercentiles {
  readonly p5: readonly number[];
  readonly p25: readonly number[];
  readonly p50: readonly number[];
  readonly p75: readonly number[];
  readonly p95: readonly number[];
}

/** The percentile keys, lowest first, with their level as a share (what `format.percent` names). */
export const FAN_LEVELS: ReadonlyArray<{ readonly key: keyof FanPercentiles; readonly share: number }> = [
  { key: 'p5', share: 0.05 },
  { key: 'p25', share: 0.25 },
  { key: 'p50', share: 0.5 },
  { key: 'p75', share: 0.75 },
  { key: 'p95', share: 0.95 },
];

/** One fan as `fanDomain` reads it: the percentiles and the lines drawn over them. */
export interface FanExtent {
  readonly percentiles: FanPercentiles;
  readonly central?: readonly number[];
  readonly comparison?: readonly number[];
}

/**
 * Returns one y domain for fans drawn side by side (one per scenario): the extent of every finite 5th
 * and 95th percentile and every central and comparison value, rounded outward (see `sharedDomain`). The
 * inner percentiles lie between the outer ones, so they need not be read.
 */
export function fanDomain(fans: ReadonlyArray<FanExtent>, options: SharedDomainOptions = {}): [number, number] {
  const series: Array<readonly number[]> = [];
  for (const fan of fans) {
    series.push(fan.percentiles.p5, fan.percentiles.p95);
    if (fan.central) series.push(fan.central);
    if (fan.comparison) series.push(fan.comparison);
  }
  return sharedDomain(series, options);
}

/** Returns the last simulated year of a fan (the longest of its series, minus one; at least 0). */
export function fanHorizon(fan: FanExtent): number {
  const { p5, p25, p50, p75, p95 } = fan.percentiles;
  const lengths = [p5.length, p25.length, p50.length, p75.length, p95.length, fan.central?.length ?? 0, fan.comparison?.length ?? 0];
  return Math.max(0, Math.max(...lengths) - 1);
}

/**
 * Returns the last year whose median is computed (a Monte Carlo run streams its fan year by year, or
 * draw by draw with every year rough), else the last year of the central run, else `horizon`: where the
 * keyboard read-out starts.
 */
export function lastComputedYear(fan: FanExtent, horizon: number): number {
  for (const values of [fan.percentiles.p50, fan.central ?? []]) {
    for (let t = Math.min(horizon, values.length - 1); t >= 0; t--) if (Number.isFinite(values[t])) return t;
  }
  return horizon;
}

/**
 * Returns the SVG path of the band between two percentile series over t = 0..n-1, skipping the years not
 * computed yet (see `areaPath`).
 */
export const bandPath = areaPath;

/** The fills of a fan, all in the scenario's hue. */
export interface FanColors {
  /** The 5-95 band: a light tint. */
  readonly band90: string;
  /** The 25-75 band, drawn over the 5-95 band: a darker tint of the same hue. */
  readonly band50: string;
  /** The median line: the hue darkened until it reads on the inner band. */
  readonly median: string;
}

// Tints mixed toward white rather than opacities: the inner band is drawn over the outer one, so an
// opaque tint shows the same colour on the chart as on its legend swatch.
const BAND90_TINT = 0.2;
const BAND50_TINT = 0.42;

/** Returns the band tints and median colour of a fan drawn in `color`. */
export function fanColors(color: string): FanColors {
  const mix = interpolateRgb('#ffffff', color);
  return {
    band90: rgb(mix(BAND90_TINT)).formatHex(),
    band50: rgb(mix(BAND50_TINT)).formatHex(),
    median: rgb(color).darker(1).formatHex(),
  };
}

/** The names a fan table needs (translated). */
export interface FanTableLabels {
  readonly median: string;
  readonly central: string;
  readonly comparison?: string;
}

/**
 * Returns a fan's table: one row per year; columns the five percentiles (named by `format.percent`, the
 * median by its label), then the central run and the comparison when given; exact values in the unit.
 */
export function fanTable(
  title: string,
  unit: string,
  fan: FanExtent,
  labels: FanTableLabels,
  horizon: number,
  format: ChartFormat,
): TableData {
  const cell = (v: number | undefined): string => (v !== undefined && Number.isFinite(v) ? format.exact(v) : '–');
  const columns = FAN_LEVELS.map((level) => (level.key === 'p50' ? labels.median : format.percent(level.share)));
  const extra: Array<readonly number[]> = [];
  if (fan.central) {
    columns.push(labels.central);
    extra.push(fan.central);
  }
  if (fan.comparison && labels.comparison) {
    columns.push(labels.comparison);
    extra.push(fan.comparison);
  }
  return {
    caption: `${title} (${unit})`,
    corner: '',
    columns,
    rows: Array.from({ length: Math.max(0, horizon) + 1 }, (_, t) => ({
      key: String(t),
      header: format.year(t),
      cells: [...FAN_LEVELS.map((level) => cell(fan.percentiles[level.key][t])), ...extra.map((values) => cell(values[t]))],
    })),
  };
}
