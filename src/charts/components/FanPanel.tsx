import { memo, useMemo } from 'react';
import {
  bandPath,
  fanColors,
  fanHorizon,
  fanTable,
  lastComputedYear,
  linePath,
  placeTooltip,
  REFERENCE_COLOR,
  type FanPercentiles,
} from '../core';
import { TimeAxes, YearRule } from './Axes';
import { ChartFrame } from './ChartFrame';
import { Legend, type LegendItem } from './Legend';
import type { ChartPanelProps } from './props';
import { listReadout, type Readout, type TooltipRow } from './Tooltip';
import { useTimeLayout } from './usePanelLayout';
import { useYearPoint } from './usePanelPoint';

/** The names a fan shows in its legend, tooltip and table (translated). */
export interface FanLabels {
  /** The 5-95 band, e.g. "90% of draws". */
  readonly band90: string;
  /** The 25-75 band, e.g. "50% of draws". */
  readonly band50: string;
  readonly median: string;
  /** The central run (every parameter at its central value). */
  readonly central: string;
  /** The comparison line, e.g. "without the policy"; needed to show `comparison`. */
  readonly comparison?: string;
}

/** Props of `FanPanel`. */
export interface FanPanelProps extends ChartPanelProps {
  /** The y axis unit, e.g. "thousand jobs"; also in every read-out. */
  readonly unit: string;
  /** The y domain, shared by the fans drawn side by side (see `fanDomain`); used as given. */
  readonly yDomain: readonly [number, number];
  /** The Monte Carlo percentiles per year t = 0..H; NaN where a year is not computed yet (skipped). */
  readonly percentiles: FanPercentiles;
  /** The central run, drawn as a solid line. */
  readonly central?: readonly number[];
  /** A comparison drawn dashed (e.g. the counterfactual); shown when `labels.comparison` is given. */
  readonly comparison?: readonly number[];
  /** The scenario's colour: the bands are tints of it. */
  readonly color: string;
  readonly labels: FanLabels;
}

/** The median's dotted line (the table's dots, see `LINE_DASHES`), apart from the comparison's dashes. */
const MEDIAN_DASH = '2 3';
const UPPER_FIRST = ['p95', 'p75', 'p50', 'p25', 'p5'] as const;
const SHARE: Record<(typeof UPPER_FIRST)[number], number> = { p95: 0.95, p75: 0.75, p50: 0.5, p25: 0.25, p5: 0.05 };

/**
 * Draws the uncertainty of one measure over the simulated years: the 5-95 percentile band light, the
 * 25-75 band darker in the same hue, the median dotted, the central run solid and an optional comparison
 * dashed, on a shared y scale; years not yet computed are left out. The read-out lists the five
 * percentiles, the central run and the comparison for the year under the pointer or the arrow keys.
 */
export const FanPanel = memo(function FanPanel(props: FanPanelProps) {
  const { title, width, height, format, unit, yDomain, percentiles, central, color, labels } = props;
  const comparison = labels.comparison ? props.comparison : undefined;
  const fan = useMemo(() => ({ percentiles, central, comparison }), [percentiles, central, comparison]);
  const horizon = useMemo(() => fanHorizon(fan), [fan]);
  const startYear = useMemo(() => lastComputedYear(fan, horizon), [fan, horizon]);
  const layout = useTimeLayout({ width, height, format, domain: yDomain, horizon, unit });
  const colors = useMemo(() => fanColors(color), [color]);
  const paths = useMemo(
    () => ({
      band90: bandPath(percentiles.p5, percentiles.p95, layout.x, layout.y),
      band50: bandPath(percentiles.p25, percentiles.p75, layout.x, layout.y),
      median: linePath(percentiles.p50, layout.x, layout.y),
      central: central ? linePath(central, layout.x, layout.y) : '',
      comparison: comparison ? linePath(comparison, layout.x, layout.y) : '',
    }),
    [percentiles, central, comparison, layout],
  );
  const { active, pointer } = useYearPoint(width, height, layout.x, horizon, startYear);

  const t = active ? active.at : null;
  let readout: Readout | null = null;
  if (t !== null) {
    const valueText = (v: number | undefined): string => (v !== undefined && Number.isFinite(v) ? format.exact(v) : '–');
    // Seven rows: the unit is stated once under the year, so that every row stays on one line.
    const rows: TooltipRow[] = [
      ...UPPER_FIRST.map((key) => ({
        key,
        label: key === 'p50' ? labels.median : format.percent(SHARE[key]),
        value: valueText(percentiles[key][t]),
        color: key === 'p50' ? colors.median : key === 'p95' || key === 'p5' ? colors.band90 : colors.band50,
        dash: key === 'p50' ? MEDIAN_DASH : undefined,
      })),
      ...(central ? [{ key: 'central', label: labels.central, value: valueText(central[t]), color, strong: true }] : []),
      ...(comparison && labels.comparison ? [{ key: 'comparison', label: labels.comparison, value: valueText(comparison[t]), color: REFERENCE_COLOR, dashed: true }] : []),
    ];
    readout = listReadout(placeTooltip(layout.x(t), 0, width, height), format.year(t), rows, unit);
  }

  const legend = useMemo(() => {
    const items: LegendItem[] = [
      { key: 'band90', label: labels.band90, color: colors.band90, mark: 'swatch' },
      { key: 'band50', label: labels.band50, color: colors.band50, mark: 'swatch' },
      // The legend draws the median's own dotted rhythm, not the comparison's dashes.
      { key: 'median', label: labels.median, color: colors.median, mark: 'line', dash: MEDIAN_DASH },
    ];
    if (central) items.push({ key: 'central', label: labels.central, color, mark: 'line' });
    if (comparison && labels.comparison) items.push({ key: 'comparison', label: labels.comparison, color: REFERENCE_COLOR, mark: 'line', dashed: true });
    return <Legend items={items} />;
  }, [labels, colors, color, central, comparison]);

  return (
    <ChartFrame panel={props} kind="fan" legend={legend} readout={readout} pointer={pointer} buildTable={() => fanTable(title, unit, fan, labels, horizon, format)}>
      <g className="chart-fan" aria-hidden="true">
        <path className="chart-band chart-band-90" d={paths.band90} fill={colors.band90} />
        <path className="chart-band chart-band-50" d={paths.band50} fill={colors.band50} />
      </g>
      <TimeAxes layout={layout} />
      <g className="chart-lines">
        {comparison ? <path className="chart-line" d={paths.comparison} stroke={REFERENCE_COLOR} strokeWidth={2} strokeDasharray="6 4" data-dashed="true" /> : null}
        <path className="chart-line chart-median" d={paths.median} stroke={colors.median} strokeWidth={1.75} strokeDasharray={MEDIAN_DASH} data-line="median" />
        {central ? <path className="chart-line" d={paths.central} stroke={color} strokeWidth={2.5} data-line="central" /> : null}
      </g>
      {t !== null ? (
        <YearRule
          x={layout.x(t)}
          plot={layout.plot}
          y={layout.y}
          dots={[
            { key: 'median', value: percentiles.p50[t], color: colors.median },
            { key: 'central', value: central?.[t], color },
            { key: 'comparison', value: comparison?.[t], color: REFERENCE_COLOR },
          ]}
        />
      ) : null}
    </ChartFrame>
  );
});
