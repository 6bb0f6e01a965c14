import { memo, useMemo } from 'react';
import { areaPath, placeTooltip, sharesTable, stackShares } from '../core';
import { TimeAxes, YearRule } from './Axes';
import { ChartFrame } from './ChartFrame';
import { Legend } from './Legend';
import type { ChartPanelProps } from './props';
import { listReadout, type Readout, type TooltipRow } from './Tooltip';
import { useTimeLayout } from './usePanelLayout';
import { useYearPoint } from './usePanelPoint';

/** One class's credit share over the years. */
export interface ShareLayer {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  /** Shares 0..1 of the year's bank credit, t = 0..H (see `sharesByYear`). */
  readonly values: readonly number[];
}

/** Props of `StackedShares`. */
export interface StackedSharesProps extends ChartPanelProps {
  /** The classes, first at the bottom of the stack (micro first: light at the bottom, dark on top). */
  readonly layers: readonly ShareLayer[];
  /** What the percentages are of, above the axis, e.g. "share of bank credit". Optional: ticks carry %. */
  readonly unit?: string;
}

const SHARE_DOMAIN: readonly [number, number] = [0, 1];

/**
 * Draws where the credit goes: one scenario's credit shares by class as stacked areas filling 0-100%
 * over the years, with a legend and every class's share for the year under the pointer or the arrow keys.
 */
export const StackedShares = memo(function StackedShares(props: StackedSharesProps) {
  const { title, width, height, format, layers, unit = '' } = props;
  const horizon = useMemo(() => layers.reduce((h, l) => Math.max(h, l.values.length - 1), 0), [layers]);
  const layout = useTimeLayout({ width, height, format, domain: SHARE_DOMAIN, horizon, unit, ticks: 'percent' });
  const stacked = useMemo(() => stackShares(layers), [layers]);
  const paths = useMemo(() => stacked.map((s) => areaPath(s.lower, s.upper, layout.x, layout.y)), [stacked, layout]);
  const legend = useMemo(() => <Legend items={layers.map((l) => ({ key: l.key, label: l.label, color: l.color, mark: 'swatch' as const }))} />, [layers]);
  const { active, pointer } = useYearPoint(width, height, layout.x, horizon);

  const t = active ? active.at : null;
  let readout: Readout | null = null;
  if (t !== null) {
    // The read-out lists the classes top of the stack first, as the eye meets them.
    const rows: TooltipRow[] = layers
      .map((l) => ({ key: l.key, label: l.label, color: l.color, value: Number.isFinite(l.values[t]) ? format.percent(l.values[t]) : '–' }))
      .reverse();
    readout = listReadout(placeTooltip(layout.x(t), 0, width, height), format.year(t), rows);
  }

  return (
    <ChartFrame panel={props} kind="credit-shares" legend={legend} readout={readout} pointer={pointer} buildTable={() => sharesTable(title, layers, horizon, format)}>
      <g className="chart-areas">
        {layers.map((l, i) => (
          <path key={l.key} className="chart-area" d={paths[i]} fill={l.color} />
        ))}
      </g>
      <TimeAxes layout={layout} />
      {t !== null ? <YearRule x={layout.x(t)} plot={layout.plot} y={layout.y} onFill /> : null}
    </ChartFrame>
  );
});
