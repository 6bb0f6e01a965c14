import { memo, useMemo, type ReactNode } from 'react';
import { COMPARISON_DASH, GAIN_COLOR, LOSS_COLOR } from '../core';

/** One legend entry: a line (solid or dashed) or a filled swatch, in a colour, with its label. */
export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly mark: 'line' | 'swatch';
  readonly dashed?: boolean;
  /** The line's own pattern (see `LINE_DASHES`), over `dashed`: the legend draws the same rhythm. */
  readonly dash?: string;
  /** A CSS background for the swatch instead of a flat colour (a ramp, for the binding grid). */
  readonly background?: string;
}

/**
 * Renders a compact legend as a wrapping list aligned to the inline start (the right in Persian).
 */
export const Legend = memo(function Legend({ items }: { readonly items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.key} className="chart-legend-item">
          {item.mark === 'line' ? (
            <LegendLine color={item.color} dash={item.dash ?? (item.dashed ? COMPARISON_DASH : '')} />
          ) : (
            <span className="chart-legend-swatch" style={{ background: item.background ?? item.color }} aria-hidden="true" />
          )}
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
});

/**
 * A legend's sample of a line: 40 px, so that the longest pattern shows one whole period at the line's
 * own scale (a shorter sample would make two patterns look alike).
 */
export function LegendLine({ color, dash }: { readonly color: string; readonly dash: string }) {
  const width = dash ? 40 : 24;
  return (
    <svg className="chart-legend-line" width={width} height="10" viewBox={`0 0 ${width} 10`} aria-hidden="true">
      <line x1="0" x2={width} y1="5" y2="5" stroke={color} strokeWidth="3" strokeDasharray={dash || undefined} data-dash={dash || undefined} />
    </svg>
  );
}

/** The two-swatch legend of a diverging bar panel (gain, loss), or none when either label is missing. */
export function useGainLossLegend(gain: string | undefined, loss: string | undefined): ReactNode | undefined {
  return useMemo(
    () =>
      gain && loss ? (
        <Legend
          items={[
            { key: 'gain', label: gain, color: GAIN_COLOR, mark: 'swatch' },
            { key: 'loss', label: loss, color: LOSS_COLOR, mark: 'swatch' },
          ]}
        />
      ) : undefined,
    [gain, loss],
  );
}
