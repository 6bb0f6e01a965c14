import { useMemo } from 'react';
import { layoutEffectBars, layoutTimePanel, valueLabelSamples, type EffectBarsLayout, type TimePanelInput, type TimePanelLayout } from '../core';
import type { ChartFormat } from '../types';

/*
 * A panel's layout, computed again only when what it depends on changes (a new domain array with the
 * same ends keeps it), so that the axes hold still while only the data move.
 */

/** What every panel layout is computed from: the panel's size, its format, and its value domain. */
interface LayoutBase {
  readonly width: number;
  readonly height: number;
  readonly format: ChartFormat;
  /** Used as given (shared by the panels side by side); compared by its ends, not by identity. */
  readonly domain: readonly [number, number];
  readonly unit: string;
}

/** The size, direction and tick labels every core layout takes, from the panel's format. */
function sized(width: number, height: number, format: ChartFormat, ticks: 'number' | 'signed' | 'percent') {
  return { width, height, direction: format.direction, formatTick: (v: number) => format[ticks](v) };
}

/** What a panel over the simulated years is laid out from. */
export interface TimeLayoutSpec extends LayoutBase {
  readonly horizon: number;
  /** How the value ticks read: numbers (default) or percentages (shares). */
  readonly ticks?: 'number' | 'percent';
  /** The lines to name at their ends, or none (a list legend, or no lines to name). */
  readonly endLabels?: TimePanelInput['endLabels'];
}

/** The layout of a line, fan or shares panel. */
export function useTimeLayout(spec: TimeLayoutSpec): TimePanelLayout {
  const { width, height, format, horizon, unit, ticks = 'number', endLabels } = spec;
  const [y0, y1] = spec.domain;
  return useMemo(
    () => layoutTimePanel({ ...sized(width, height, format, ticks), yDomain: [y0, y1], horizon, unit, formatYear: (t) => format.year(t), endLabels }),
    [width, height, format, y0, y1, horizon, unit, ticks, endLabels],
  );
}

/** What a diverging bar panel is laid out from. */
export interface SignedBarsLayoutSpec extends LayoutBase {
  readonly labels: readonly string[];
  /** How the value ticks read: signed (effects) or plain numbers. Value labels are always signed. */
  readonly ticks: 'signed' | 'number';
}

/** The layout of a diverging bar panel (the effect bars, the lever waterfall). */
export function useSignedBarsLayout(spec: SignedBarsLayoutSpec): EffectBarsLayout {
  const { width, height, format, labels, unit, ticks } = spec;
  const [d0, d1] = spec.domain;
  return useMemo(
    () => layoutEffectBars({ ...sized(width, height, format, ticks), xDomain: [d0, d1], labels, unit, valueLabelSamples: valueLabelSamples([d0, d1], format.signed) }),
    [width, height, format, d0, d1, labels, unit, ticks],
  );
}
