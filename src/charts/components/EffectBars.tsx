import { memo, useMemo } from 'react';
import { effectTable, placeTooltip } from '../core';
import { BarAxes } from './Axes';
import { ChartFrame } from './ChartFrame';
import { useGainLossLegend } from './Legend';
import type { ChartPanelProps } from './props';
import { SignedBars } from './SignedBarRow';
import { listReadout, type Readout } from './Tooltip';
import { useSignedBarsLayout } from './usePanelLayout';
import { useBarRows } from './usePanelPoint';

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
}

/**
 * Draws one scenario's horizon effects as diverging horizontal bars from a zero line, one per class and
 * one for the total: gains blue to the right, losses orange to the left, signed value labels at the bar
 * ends, and the exact value with its unit on hover or with the up/down arrow keys.
 */
export const EffectBars = memo(function EffectBars(props: EffectBarsProps) {
  const { title, width, height, format, unit, xDomain, bars, polarity = 'higher-is-better' } = props;
  const labels = useMemo(() => bars.map((b) => b.label), [bars]);
  const layout = useSignedBarsLayout({ width, height, format, domain: xDomain, labels, unit, ticks: 'signed' });
  // Every bar runs from zero; one whose value is not a number is drawn empty.
  const drawn = useMemo(() => bars.map((b) => ({ key: b.key, value: b.value, from: 0, to: Number.isFinite(b.value) ? b.value : 0, emphasis: b.emphasis === true })), [bars]);
  const firstEmphasis = bars.findIndex((b) => b.emphasis);
  const { active, pointer } = useBarRows(width, height, layout, bars.length, firstEmphasis >= 0 ? firstEmphasis : 0);
  const legend = useGainLossLegend(props.legendGain, props.legendLoss);

  const zeroX = layout.x(0);
  const i = active && active.at < bars.length ? active.at : null;
  let readout: Readout | null = null;
  if (i !== null) {
    const bar = bars[i];
    const finite = Number.isFinite(bar.value);
    // The read-out names the bar and gives its exact value with the unit (the panel title says what of).
    readout = listReadout(placeTooltip(finite ? layout.x(bar.value) : zeroX, layout.rows[i].barTop + layout.rows[i].barHeight, width, height), bar.label, [
      { key: bar.key, label: '', value: finite ? `${format.exact(bar.value)} ${unit}` : '–' },
    ]);
  }

  return (
    <ChartFrame panel={props} kind="effect" legend={legend} readout={readout} pointer={pointer} buildTable={() => effectTable(title, unit, bars, format)}>
      <BarAxes layout={layout} skipZero />
      <SignedBars bars={drawn} layout={layout} format={format} higherIsWorse={polarity === 'higher-is-worse'} selected={i} width={width} />
      <line className="chart-zero" x1={zeroX} x2={zeroX} y1={layout.plot.top} y2={layout.plot.bottom} />
    </ChartFrame>
  );
});
