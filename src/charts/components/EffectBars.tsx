import { memo, useId, useMemo } from 'react';
import { effectTable, layoutEffectBars, placeTooltip } from '../core';
import { HorizontalAxis, UnitLabel } from './Axes';
import { ChartFrame, NO_LINES } from './ChartFrame';
import { useGainLossLegend } from './Legend';
import type { ChartPanelProps } from './props';
import { SignedBarRow } from './SignedBarRow';
import { ChartTooltip, tooltipLines, type TooltipRow } from './Tooltip';
import { useBarRows } from './useBarRows';

/** One bar: a class's (or the total's) horizon effect versus the reference. */
export interface EffectBar {
  readonly key: string;
  readonly label: string;
  /** The effect in the panel's unit: scenario minus reference at the horizon. */
  readonly value: number;
  /** Draws the bar as the headline (the total): bold label, full colour, a rule above it. */
  readonly emphasis?: boolean;
}

/** Props of `EffectBars`. */
export interface EffectBarsProps extends ChartPanelProps {
  /** The unit of the values, e.g. "thousand jobs"; under the axis and in every read-out. */
  readonly unit: string;
  /** The x domain, shared by the panels side by side (see `symmetricDomain`); used as given. */
  readonly xDomain: readonly [number, number];
  readonly bars: readonly EffectBar[];
  /**
   * Whether a rise is good ('higher-is-better', default: output, jobs, exports) or bad
   * ('higher-is-worse': the bank's expected loss): sets which side is blue (gain) and which orange (loss).
   */
  readonly polarity?: 'higher-is-better' | 'higher-is-worse';
  /** Legend texts for the two colours (translated), e.g. "gain" and "loss"; no legend without them. */
  readonly legendGain?: string;
  readonly legendLoss?: string;
  /** A one-line statement under the title, e.g. the headline effect as a sentence. */
  readonly summary?: string;
}

/**
 * Draws one scenario's horizon effects as diverging horizontal bars from a zero line, one per class and
 * one for the total: gains blue to the right, losses orange to the left, signed value labels at the bar
 * ends, and the exact value with its unit on hover or with the up/down arrow keys.
 */
export const EffectBars = memo(function EffectBars(props: EffectBarsProps) {
  const { kind = 'effect', scenarioId, title, caption, width, height, format, unit, xDomain, bars, polarity = 'higher-is-better', tableLabel, summary } = props;
  const direction = format.direction;
  const [d0, d1] = xDomain;
  const tooltipId = useId();
  const higherIsWorse = polarity === 'higher-is-worse';
  const labels = useMemo(() => bars.map((b) => b.label), [bars]);
  const layout = useMemo(
    () =>
      layoutEffectBars({
        width,
        height,
        direction,
        xDomain: [d0, d1],
        labels,
        unit,
        formatTick: (v) => format.signed(v),
        // Values just inside the ends, rounded as labels are: the widest labels this domain produces.
        valueLabelSamples: [format.signed(d0), format.signed(d1), format.signed(d0 * 0.987), format.signed(d1 * 0.987)],
      }),
    [width, height, direction, d0, d1, labels, unit, format],
  );
  const firstEmphasis = bars.findIndex((b) => b.emphasis);
  const { active, hide, onPointerMove, onKeyDown, onFocus } = useBarRows(width, height, layout, bars.length, firstEmphasis >= 0 ? firstEmphasis : 0);

  const zeroX = layout.x(0);
  const i = active && active.at < bars.length ? active.at : null;
  const activeBar = i === null ? null : bars[i];
  // The read-out names the bar and gives its exact value with the unit (the panel title says what of).
  const rows: TooltipRow[] = activeBar
    ? [{ key: activeBar.key, label: '', value: Number.isFinite(activeBar.value) ? `${format.exact(activeBar.value)} ${unit}` : '–' }]
    : [];
  const heading = activeBar ? activeBar.label : '';
  const { legendGain, legendLoss } = props;
  const legend = useGainLossLegend(legendGain, legendLoss);

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
        activeBar && i !== null ? (
          <ChartTooltip
            id={tooltipId}
            placement={placeTooltip(Number.isFinite(activeBar.value) ? layout.x(activeBar.value) : zeroX, layout.rows[i].barTop + layout.rows[i].barHeight, width, height)}
            width={width}
            height={height}
            heading={heading}
            rows={rows}
          />
        ) : null
      }
      liveLines={active && active.byKey ? tooltipLines(heading, rows) : NO_LINES}
      tableLabel={tableLabel}
      buildTable={() => effectTable(title, unit, bars, format)}
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
      <g className="chart-bars">
        {bars.map((bar, k) => (
          <SignedBarRow
            key={bar.key}
            row={layout.rows[k]}
            labelPlacement={layout.labelPlacement}
            x0={zeroX}
            x1={layout.x(Number.isFinite(bar.value) ? bar.value : 0)}
            value={bar.value}
            valueText={Number.isFinite(bar.value) ? format.signed(bar.value) : '–'}
            higherIsWorse={higherIsWorse}
            emphasis={bar.emphasis === true}
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
