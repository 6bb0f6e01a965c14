import { memo, useCallback, useId, useMemo, type KeyboardEvent, type PointerEvent } from 'react';
import { areaPath, layoutTimePanel, nearestYear, placeTooltip, sharesTable, stackShares, stepIndex } from '../core';
import { HorizontalAxis, UnitLabel, ValueGrid } from './Axes';
import { ChartFrame, NO_LINES } from './ChartFrame';
import { Legend } from './Legend';
import { pointerInViewBox } from './pointer';
import type { ChartPanelProps } from './props';
import { ChartTooltip, tooltipLines, type TooltipRow } from './Tooltip';
import { sameIndex, useActivePoint } from './useActivePoint';

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
  const { kind = 'credit-shares', scenarioId, title, caption, width, height, format, layers, unit = '', tableLabel } = props;
  const direction = format.direction;
  const tooltipId = useId();
  const horizon = useMemo(() => layers.reduce((h, l) => Math.max(h, l.values.length - 1), 0), [layers]);
  const layout = useMemo(
    () =>
      layoutTimePanel({
        width,
        height,
        direction,
        yDomain: SHARE_DOMAIN,
        horizon,
        unit,
        formatTick: (v) => format.percent(v),
        formatYear: (t) => format.year(t),
      }),
    [width, height, direction, horizon, unit, format],
  );
  const stacked = useMemo(() => stackShares(layers), [layers]);
  const paths = useMemo(() => stacked.map((s) => areaPath(s.lower, s.upper, layout.x, layout.y)), [stacked, layout]);
  const legend = useMemo(() => <Legend items={layers.map((l) => ({ key: l.key, label: l.label, color: l.color, mark: 'swatch' as const }))} />, [layers]);
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
  // The read-out lists the classes top of the stack first, as the eye meets them.
  const rows: TooltipRow[] =
    t === null
      ? []
      : layers
          .map((l) => ({ key: l.key, label: l.label, color: l.color, value: Number.isFinite(l.values[t]) ? format.percent(l.values[t]) : '–' }))
          .reverse();
  const heading = t === null ? '' : format.year(t);
  const ruleX = t === null ? 0 : layout.x(t);

  return (
    <ChartFrame
      kind={kind}
      scenarioId={scenarioId}
      title={title}
      caption={caption}
      width={width}
      height={height}
      direction={direction}
      legend={legend}
      tooltipId={t === null ? undefined : tooltipId}
      tooltip={
        t === null ? null : <ChartTooltip id={tooltipId} placement={placeTooltip(ruleX, 0, width, height)} width={width} height={height} heading={heading} rows={rows} />
      }
      liveLines={active && active.byKey ? tooltipLines(heading, rows) : NO_LINES}
      tableLabel={tableLabel}
      buildTable={() => sharesTable(title, layers, horizon, format)}
      onKeyDown={onKeyDown}
      onPointerMove={onPointerMove}
      onPointerLeave={hide}
      onFocus={onFocus}
      onBlur={hide}
    >
      <g className="chart-areas">
        {layers.map((l, i) => (
          <path key={l.key} className="chart-area" d={paths[i]} fill={l.color} />
        ))}
      </g>
      <ValueGrid ticks={layout.yTicks} left={layout.gridLeft} right={layout.gridRight} labelX={layout.yTickX} anchor={layout.yTickAnchor} />
      <HorizontalAxis ticks={layout.xTicks} y={layout.plot.bottom} left={layout.plot.left} right={layout.plot.right} labelY={layout.xTickY} />
      <UnitLabel label={layout.unitLabel} />
      {t !== null ? (
        <g className="chart-focus" aria-hidden="true">
          <line className="chart-rule chart-rule-on-fill" x1={ruleX} x2={ruleX} y1={layout.plot.top} y2={layout.plot.bottom} />
        </g>
      ) : null}
    </ChartFrame>
  );
});
