import { memo, useMemo, type ReactNode } from 'react';
import { GAIN_COLOR, LOSS_COLOR } from '../core';

/** One legend entry: a line (solid or dashed) or a filled swatch, in a colour, with its label. */
export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly mark: 'line' | 'swatch';
  readonly dashed?: boolean;
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
            <svg className="chart-legend-line" width="24" height="10" viewBox="0 0 24 10" aria-hidden="true">
              <line x1="1" x2="23" y1="5" y2="5" stroke={item.color} strokeWidth="3" strokeDasharray={item.dashed ? '5 3' : undefined} />
            </svg>
          ) : (
            <span className="chart-legend-swatch" style={{ background: item.background ?? item.color }} aria-hidden="true" />
          )}
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
});

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
