import { memo, useId, useMemo } from 'react';
import {
  layoutWaterfall,
  placeTooltip,
  waterfallBars,
  waterfallDomain,
  waterfallTable,
  type WaterfallPart,
} from '../core';
import { HorizontalAxis, UnitLabel } from './Axes';
import { ChartFrame, NO_LINES } from './ChartFrame';
import { useGainLossLegend } from './Legend';
import type { ChartPanelProps } from './props';
import { SignedBarRow } from './SignedBarRow';
import { ChartTooltip, tooltipLines, type TooltipRow } from './Tooltip';
import { useBarRows } from './useBarRows';

/** Props of `WaterfallPanel`. */
export interface WaterfallPanelProps extends ChartPanelProps {
  /** The unit of the effect, e.g. "thousand jobs"; under the axis and in every read-out. */
  readonly unit: string;
  /** The levers' parts of the effect in drawing order (the engine's Shapley values: they add up to `total`). */
  readonly steps: readonly WaterfallPart[];
  /** The total bar's name, e.g. "All levers". */
  readonly totalLabel: string;
  /** The horizon effect the parts add up to (scenario minus counterfactual). */
  readonly total: number;
  /**
   * Whether a rise is good ('higher-is-better', default) or bad ('higher-is-worse': the bank's expected
   * loss): sets which parts are blue (gain) and which orange (loss).
   */
  readonly polarity?: 'higher-is-better' | 'higher-is-worse';
  /** The value domain, shared across scenarios (see `waterfallDomain`); by default this waterfall's extent. */
  readonly domain?: readonly [number, number];
  /** The read-out's and table's name of the running sum, e.g. "running total". */
  readonly runningLabel: string;
  /** Legend texts for the two colours (translated), e.g. "gain" and "loss"; no legend without them. */
  readonly legendGain?: string;
  readonly legendLoss?: string;
  /** A one-line statement under the title. */
  readonly summary?: string;
}

const TOTAL_KEY = 'total';

/**
 * Draws a horizon effect split among the levers: a row per lever top to bottom, each bar floating from
 * the sum of the levers above it to that sum plus its part (gains blue, losses orange, by polarity),
 * connectors from each bar's end to the next bar's start, and the total from zero in bold under a rule;
 * signed values at the bar ends; the read-out gives the exact part and the running sum.
 */
export const WaterfallPanel = memo(function WaterfallPanel(props: WaterfallPanelProps) {
  const { kind = 'waterfall', scenarioId, title, caption, width, height, format, unit, steps, totalLabel, total, polarity = 'higher-is-better', runningLabel, tableLabel, summary } = props;
  const direction = format.direction;
  const higherIsWorse = polarity === 'higher-is-worse';
  const tooltipId = useId();
  const bars = useMemo(() => waterfallBars(steps, { key: TOTAL_KEY, label: totalLabel, value: total }), [steps, totalLabel, total]);
  const fallbackDomain = useMemo(() => waterfallDomain([{ steps, total }]), [steps, total]);
  const [d0, d1] = props.domain ?? fallbackDomain;
  const layout = useMemo(
    () =>
      layoutWaterfall({
        width,
        height,
        direction,
        domain: [d0, d1],
        bars,
        unit,
        formatTick: (v) => format.number(v),
        valueLabelSamples: [format.signed(d0), format.signed(d1), format.signed(d0 * 0.987), format.signed(d1 * 0.987)],
      }),
    [width, height, direction, d0, d1, bars, unit, format],
  );
  const totalIndex = bars.length - 1;
  const { active, hide, onPointerMove, onKeyDown, onFocus } = useBarRows(width, height, layout, bars.length, totalIndex);

  const i = active && active.at < bars.length ? active.at : null;
  const activeBar = i === null ? null : bars[i];
  const withUnit = (v: number): string => (Number.isFinite(v) ? `${format.exact(v)} ${unit}` : '–');
  const rows: TooltipRow[] = activeBar
    ? activeBar.isTotal
      ? [{ key: 'value', label: '', value: withUnit(activeBar.value), strong: true }]
      : [
          { key: 'value', label: '', value: withUnit(activeBar.value), strong: true },
          { key: 'running', label: runningLabel, value: withUnit(activeBar.to) },
        ]
    : [];
  const heading = activeBar ? activeBar.label : '';
  const { legendGain, legendLoss } = props;
  const legend = useGainLossLegend(legendGain, legendLoss);

  const zeroX = layout.x(0);
  const activeRow = i === null ? null : layout.rows[i];
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
      legend={legend}
      tooltipId={activeBar ? tooltipId : undefined}
      tooltip={
        activeBar && activeRow ? (
          <ChartTooltip
            id={tooltipId}
            placement={placeTooltip(layout.x(activeBar.to), activeRow.barTop + activeRow.barHeight, width, height)}
            width={width}
            height={height}
            heading={heading}
            rows={rows}
          />
        ) : null
      }
      liveLines={active && active.byKey ? tooltipLines(heading, rows) : NO_LINES}
      tableLabel={tableLabel}
      buildTable={() => waterfallTable(title, unit, runningLabel, bars, format)}
      onKeyDown={onKeyDown}
      onPointerMove={onPointerMove}
      onPointerLeave={hide}
      onFocus={onFocus}
      onBlur={hide}
    >
      <g className="chart-grid" aria-hidden="true">
        {layout.xTicks.map((tick) =>
          tick.value === 0 ? null : <line key={tick.value} className="chart-gridline" x1={tick.at} x2={tick.at} y1={layout.plot.top} y2={layout.plot.bottom} />,
        )}
      </g>
      <HorizontalAxis ticks={layout.xTicks} y={layout.plot.bottom} left={layout.plot.left} right={layout.plot.right} labelY={layout.xTickY} line={false} />
      <UnitLabel label={layout.unitLabel} />
      <g className="chart-connectors" aria-hidden="true">
        {layout.connectors.map((c, k) => (
          <line key={k} className="chart-connector" x1={c.x} x2={c.x} y1={c.y1} y2={c.y2} />
        ))}
      </g>
      <g className="chart-bars">
        {bars.map((bar, k) => (
          <SignedBarRow
            key={bar.key}
            dataKey={bar.key}
            row={layout.rows[k]}
            labelPlacement={layout.labelPlacement}
            x0={layout.x(bar.from)}
            x1={layout.x(bar.to)}
            value={bar.value}
            valueText={Number.isFinite(bar.value) ? format.signed(bar.value) : '–'}
            higherIsWorse={higherIsWorse}
            emphasis={bar.isTotal}
            first={k === 0}
            selected={i === k}
            width={width}
            direction={direction}
          />
        ))}
      </g>
      <line className="chart-zero" x1={zeroX} x2={zeroX} y1={layout.plot.top} y2={layout.plot.bottom} />
    </ChartFrame>
  );
});
