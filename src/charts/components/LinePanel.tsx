import { memo, useCallback, useId, useMemo, type KeyboardEvent, type PointerEvent } from 'react';
import {
  lastFiniteValue,
  layoutTimePanel,
  lineTable,
  linePath,
  nearestYear,
  placeTooltip,
  readableOnWhite,
  stepIndex,
  TEXT_SIZE,
} from '../core';
import type { LineSpec } from '../types';
import { HorizontalAxis, UnitLabel, ValueGrid } from './Axes';
import { ChartFrame, NO_LINES } from './ChartFrame';
import { Legend } from './Legend';
import { pointerInViewBox } from './pointer';
import type { ChartPanelProps } from './props';
import { ChartTooltip, tooltipLines, type TooltipRow } from './Tooltip';
import { sameIndex, useActivePoint } from './useActivePoint';

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
  /** A one-line statement under the title. */
  readonly summary?: string;
}

/**
 * Draws lines over the simulated years on a shared y scale: a light grid, the unit, years left to
 * right, dashed lines for references, names at the line ends (or a list legend), and a read-out of every
 * line's exact value and unit for the year under the pointer or chosen with the arrow keys (with more
 * than three lines the unit is stated once, under the year).
 */
export const LinePanel = memo(function LinePanel(props: LinePanelProps) {
  const { kind = 'projection', scenarioId, title, caption, width, height, format, unit, yDomain, lines, legend = 'end-labels', tableLabel, summary } = props;
  const direction = format.direction;
  const [y0, y1] = yDomain;
  const tooltipId = useId();
  const horizon = useMemo(() => lines.reduce((h, l) => Math.max(h, l.values.length - 1), 0), [lines]);
  const endLabelInput = useMemo(
    () => (legend === 'list' ? undefined : lines.map((l) => ({ key: l.key, label: l.label, last: lastFiniteValue(l.values) }))),
    [lines, legend],
  );
  const layout = useMemo(
    () =>
      layoutTimePanel({
        width,
        height,
        direction,
        yDomain: [y0, y1],
        horizon,
        unit,
        formatTick: (v) => format.number(v),
        formatYear: (t) => format.year(t),
        endLabels: endLabelInput,
      }),
    [width, height, direction, y0, y1, horizon, unit, format, endLabelInput],
  );
  const paths = useMemo(() => lines.map((l) => linePath(l.values, layout.x, layout.y)), [lines, layout]);
  const labelColors = useMemo(() => lines.map((l) => readableOnWhite(l.color)), [lines]);
  const { active, show, hide } = useActivePoint(sameIndex);

  const onPointerMove = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      const p = pointerInViewBox(event, width, height);
      if (p) show(nearestYear(p.x, layout.x, horizon), false);
    },
    [width, height, layout, horizon, show],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      const move = stepIndex(event.key, active ? active.at : null, horizon + 1, 'horizontal');
      if (move.kind === 'none') return;
      event.preventDefault();
      if (move.kind === 'hide') hide();
      else show(move.to, true);
    },
    [active, horizon, show, hide],
  );
  const onFocus = useCallback(() => {
    if (!active) show(horizon, true);
  }, [active, horizon, show]);

  const t = active ? active.at : null;
  // Up to three lines (a scenario and its reference) each value carries its unit; a longer list (a
  // by-class breakdown) states the unit once under the year, so that every row stays on one line.
  const unitInRows = lines.length <= MAX_ROWS_WITH_UNIT;
  const note = unitInRows ? undefined : unit;
  const rows: TooltipRow[] =
    t === null
      ? []
      : lines.map((l) => ({
          key: l.key,
          label: l.label,
          color: l.color,
          dashed: l.dashed,
          value: Number.isFinite(l.values[t]) ? (unitInRows ? `${format.exact(l.values[t])} ${unit}` : format.exact(l.values[t])) : '–',
        }));
  const heading = t === null ? '' : format.year(t);
  const ruleX = t === null ? 0 : layout.x(t);

  const showList = layout.endLabels === null && lines.length > 0;
  const listLegend = useMemo(
    () => (showList ? <Legend items={lines.map((l) => ({ key: l.key, label: l.label, color: l.color, dashed: l.dashed, mark: 'line' as const }))} /> : undefined),
    [showList, lines],
  );

  return (
    <ChartFrame
      kind={kind}
      scenarioId={scenarioId}
      title={title}
      caption={caption}
      width={width}
      height={height}
      direction={direction}
      summary={summary}
      legend={listLegend}
      tooltipId={t === null ? undefined : tooltipId}
      tooltip={
        t === null ? null : (
          <ChartTooltip id={tooltipId} placement={placeTooltip(ruleX, 0, width, height)} width={width} height={height} heading={heading} note={note} rows={rows} />
        )
      }
      liveLines={active && active.byKey ? tooltipLines(heading, rows, note) : NO_LINES}
      tableLabel={tableLabel}
      buildTable={() => lineTable(title, unit, lines, horizon, format)}
      onKeyDown={onKeyDown}
      onPointerMove={onPointerMove}
      onPointerLeave={hide}
      onFocus={onFocus}
      onBlur={hide}
    >
      <ValueGrid ticks={layout.yTicks} left={layout.gridLeft} right={layout.gridRight} labelX={layout.yTickX} anchor={layout.yTickAnchor} />
      <HorizontalAxis ticks={layout.xTicks} y={layout.plot.bottom} left={layout.plot.left} right={layout.plot.right} labelY={layout.xTickY} />
      <UnitLabel label={layout.unitLabel} />
      <g className="chart-lines">
        {lines.map((l, i) => (
          <path
            key={l.key}
            className="chart-line"
            d={paths[i]}
            stroke={l.color}
            strokeWidth={l.weight ?? 2}
            strokeDasharray={l.dashed ? '6 4' : undefined}
            data-dashed={l.dashed ? 'true' : undefined}
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
        <g className="chart-focus" aria-hidden="true">
          <line className="chart-rule" x1={ruleX} x2={ruleX} y1={layout.plot.top} y2={layout.plot.bottom} />
          {lines.map((l) =>
            Number.isFinite(l.values[t]) ? <circle key={l.key} cx={ruleX} cy={layout.y(l.values[t])} r={4} fill="#fff" stroke={l.color} strokeWidth={2} /> : null,
          )}
        </g>
      ) : null}
    </ChartFrame>
  );
});
