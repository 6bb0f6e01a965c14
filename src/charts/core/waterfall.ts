/**
 * The lever waterfall (MODEL.md 5, Shapley decomposition): a horizon effect built up from its lever
 * parts. The engine's parts add up to its total; this file only places them (running sums for drawing,
 * never a recomputed total).
 */
import type { ChartFormat } from '../types';
import { layoutEffectBars, type EffectBarsInput, type EffectBarsLayout } from './panels';
import { sharedDomain, type SharedDomainOptions } from './scales';
import type { TableData } from './tables';

/** A lever's part of the effect, in the panel's unit. */
export interface WaterfallPart {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

/** A placed waterfall bar: where it starts and ends on the value axis. */
export interface WaterfallBar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  /** The running sum before this part (0 for the first part and for the total). */
  readonly from: number;
  /** The running sum after it (the total, for the total bar). */
  readonly to: number;
  readonly isTotal: boolean;
}

const finiteOr0 = (v: number): number => (Number.isFinite(v) ? v : 0);

/**
 * Returns the bars of a waterfall: each part floating from the running sum of the parts before it, then
 * the total from 0. A part that is not finite counts as 0 in the running sum (its label shows "–").
 */
export function waterfallBars(parts: ReadonlyArray<WaterfallPart>, total: { readonly key: string; readonly label: string; readonly value: number }): WaterfallBar[] {
  let running = 0;
  const bars: WaterfallBar[] = parts.map((p) => {
    const from = running;
    running += finiteOr0(p.value);
    return { key: p.key, label: p.label, value: p.value, from, to: running, isTotal: false };
  });
  bars.push({ key: total.key, label: total.label, value: total.value, from: 0, to: finiteOr0(total.value), isTotal: true });
  return bars;
}

/**
 * Returns one value domain for waterfalls drawn side by side (one per scenario): 0, every running sum
 * and every total, rounded outward (see `sharedDomain`).
 */
export function waterfallDomain(
  waterfalls: ReadonlyArray<{ readonly steps: ReadonlyArray<{ readonly value: number }>; readonly total: number }>,
  options: SharedDomainOptions = {},
): [number, number] {
  const series = waterfalls.map((w) => {
    let running = 0;
    const values = [0, w.total];
    for (const s of w.steps) {
      running += finiteOr0(s.value);
      values.push(running);
    }
    return values;
  });
  return sharedDomain(series, { ...options, includeZero: true });
}

/** What `layoutWaterfall` needs: the effect bars' input, with the bars in place of their labels. */
export interface WaterfallInput extends Omit<EffectBarsInput, 'xDomain' | 'labels'> {
  readonly domain: readonly [number, number];
  readonly bars: ReadonlyArray<WaterfallBar>;
}

/** A connector from the end of one bar to the start of the next, at the running sum. */
export interface WaterfallConnector {
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
}

/** The geometry of a waterfall: the effect bars' rows and scale, and the connectors between bars. */
export interface WaterfallLayout extends EffectBarsLayout {
  readonly connectors: readonly WaterfallConnector[];
}

/**
 * Lays out a waterfall on the effect bars' geometry (labels at the inline start, values growing
 * rightward in both directions, one row per bar top to bottom, the total last), plus a connector from
 * each bar's end down to where the next bar starts. Horizontal like SHAP's waterfall of Shapley values:
 * the order reads top to bottom in both languages and long lever names keep their room at 320 px.
 */
export function layoutWaterfall(input: WaterfallInput): WaterfallLayout {
  const { domain, bars, ...rest } = input;
  const base = layoutEffectBars({ ...rest, xDomain: domain, labels: bars.map((b) => b.label) });
  return { ...base, connectors: waterfallConnectors(base, bars) };
}

/**
 * Returns the connectors of a waterfall laid out as effect bars: from each bar's end down to where the
 * next bar starts, at the running sum after it (where the next part starts, or where the total ends: the
 * parts add up to it).
 */
export function waterfallConnectors(layout: EffectBarsLayout, bars: ReadonlyArray<WaterfallBar>): WaterfallConnector[] {
  const connectors: WaterfallConnector[] = [];
  for (let i = 0; i + 1 < bars.length; i++) {
    const here = layout.rows[i];
    const next = layout.rows[i + 1];
    connectors.push({ x: layout.x(bars[i].to), y1: here.barTop + here.barHeight, y2: next.barTop });
  }
  return connectors;
}

/**
 * Returns a waterfall's table: one row per part and one for the total, with the exact value and the
 * running sum after it, in the unit.
 */
export function waterfallTable(title: string, unit: string, runningLabel: string, bars: ReadonlyArray<WaterfallBar>, format: ChartFormat): TableData {
  const cell = (v: number): string => (Number.isFinite(v) ? format.exact(v) : '–');
  return {
    caption: `${title} (${unit})`,
    corner: '',
    columns: [unit, runningLabel],
    rows: bars.map((b) => ({ key: b.key, header: b.label, cells: [cell(b.value), cell(b.isTotal ? b.value : b.to)] })),
  };
}
