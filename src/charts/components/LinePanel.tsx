import { memo, useMemo } from 'react';
import { COMPARISON_DASH, lastFiniteValue, lineTable, linePath, placeTooltip, readableOnWhite, TEXT_SIZE } from '../core';
import type { LineSpec } from '../types';
import { TimeAxes, YearRule } from './Axes';
import { ChartFrame } from './ChartFrame';
import { Legend } from './Legend';
import type { ChartPanelProps } from './props';
import { listReadout, type Readout, type TooltipRow } from './Tooltip';
import { useTimeLayout } from './usePanelLayout';
import { useYearPoint } from './usePanelPoint';

const MAX_ROWS_WITH_UNIT = 3;

/** Props of `LinePanel`. */
export interface LinePanelProps extends ChartPanelProps {
  /** The y axis unit, e.g. "trillion rials" or "thousand jobs"; also in every read-out. */
  readonly unit: string;
  /** The y domain, shared by the panels drawn side by side (see `sharedDomain`); used as given. */
  readonly yDomain: readonly [number, number];
  readonly lines: readonly LineSpec[];
  /**
   * How lines are named: at their ends where the labels fit, else (or with 'list') by a compact list
   * above the plot. Default 'end-labels'.
   */
  readonly legend?: 'end-labels' | 'list';
}

/**
 * Draws lines over the simulated years on a shared y scale: a light grid, the unit, years left to
 * right, dashed lines for references, names at the line ends (or a list legend), and a read-out of every
 * line's exact value and unit for the year under the pointer or chosen with the arrow keys (with more
 * than three lines the unit is stated once, under the year).
 */
export const LinePanel = memo(function LinePanel(props: LinePanelProps) {
  const { title, width, height, format, unit, yDomain, lines, legend = 'end-labels' } = props;
  const horizon = useMemo(() => lines.reduce((h, l) => Math.max(h, l.values.length - 1), 0), [lines]);
  const endLabelInput = useMemo(
    () => (legend === 'list' ? undefined : lines.map((l) => ({ key: l.key, label: l.label, last: lastFiniteValue(l.values) }))),
    [lines, legend],
  );
  const layout = useTimeLayout({ width, height, format, domain: yDomain, horizon, unit, endLabels: endLabelInput });
  const paths = useMemo(() => lines.map((l) => linePath(l.values, layout.x, layout.y)), [lines, layout]);
  const labelColors = useMemo(() => lines.map((l) => readableOnWhite(l.color)), [lines]);
  const { active, pointer } = useYearPoint(width, height, layout.x, horizon);

  const t = active ? active.at : null;
  let readout: Readout | null = null;
  if (t !== null) {
    // Up to three lines (a scenario and its reference) each value carries its unit; a longer list (a
    // by-class breakdown) states the unit once under the year, so that every row stays on one line.
    const unitInRows = lines.length <= MAX_ROWS_WITH_UNIT;
    const rows: TooltipRow[] = lines.map((l) => ({
      key: l.key,
      label: l.label,
      color: l.color,
      dashed: l.dashed,
      dash: l.dash || undefined,
      value: Number.isFinite(l.values[t]) ? (unitInRows ? `${format.exact(l.values[t])} ${unit}` : format.exact(l.values[t])) : '–',
    }));
    readout = listReadout(placeTooltip(layout.x(t), 0, width, height), format.year(t), rows, unitInRows ? undefined : unit);
  }

  const showList = layout.endLabels === null && lines.length > 0;
  const listLegend = useMemo(
    () => (showList ? <Legend items={lines.map((l) => ({ key: l.key, label: l.label, color: l.color, dashed: l.dashed, dash: l.dash, mark: 'line' as const }))} /> : undefined),
    [showList, lines],
  );

  return (
    <ChartFrame panel={props} kind="projection" legend={listLegend} readout={readout} pointer={pointer} buildTable={() => lineTable(title, unit, lines, horizon, format)}>
      <TimeAxes layout={layout} />
      <g className="chart-lines">
        {lines.map((l, i) => (
          <path
            key={l.key}
            className="chart-line"
            d={paths[i]}
            stroke={l.color}
            strokeWidth={l.weight ?? 2}
            strokeDasharray={l.dash || (l.dashed ? COMPARISON_DASH : undefined)}
            data-dashed={l.dashed ? 'true' : undefined}
            data-dash={l.dash || undefined}
          />
        ))}
      </g>
      {layout.endLabels ? (
        <g className="chart-end-labels" aria-hidden="true">
          {layout.endLabels.map((label) => {
            const i = lines.findIndex((l) => l.key === label.key);
            const color = i >= 0 ? labelColors[i] : '#333';
            const moved = Math.abs(label.y - label.anchorY) > 2;
            return (
              <g key={label.key}>
                {moved ? <line className="chart-leader" x1={layout.plot.right + 1} x2={label.x - 1} y1={label.anchorY} y2={label.y} stroke={color} /> : null}
                <text className="chart-end-label chart-halo" x={label.x} y={label.y} dy="0.32em" textAnchor={label.anchor} fill={color} fontSize={TEXT_SIZE.label}>
                  {label.text}
                </text>
              </g>
            );
          })}
        </g>
      ) : null}
      {t !== null ? (
        <YearRule x={layout.x(t)} plot={layout.plot} y={layout.y} dots={lines.map((l) => ({ key: l.key, value: l.values[t], color: l.color }))} />
      ) : null}
    </ChartFrame>
  );
});
