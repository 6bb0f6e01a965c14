import { memo, useMemo } from 'react';
import { placeTooltip, waterfallBars, waterfallConnectors, waterfallDomain, waterfallTable, type WaterfallPart } from '../core';
import { BarAxes } from './Axes';
import { ChartFrame } from './ChartFrame';
import { useGainLossLegend } from './Legend';
import type { ChartPanelProps } from './props';
import { SignedBars } from './SignedBarRow';
import { listReadout, type Readout, type TooltipRow } from './Tooltip';
import { useSignedBarsLayout } from './usePanelLayout';
import { useBarRows } from './usePanelPoint';

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
}

const TOTAL_KEY = 'total';

/**
 * Draws a horizon effect split among the levers: a row per lever top to bottom, each bar floating from
 * the sum of the levers above it to that sum plus its part (gains blue, losses orange, by polarity),
 * connectors from each bar's end to the next bar's start, and the total from zero in bold under a rule;
 * signed values at the bar ends; the read-out gives the exact part and the running sum.
 */
export const WaterfallPanel = memo(function WaterfallPanel(props: WaterfallPanelProps) {
  const { title, width, height, format, unit, steps, totalLabel, total, polarity = 'higher-is-better', runningLabel } = props;
  const bars = useMemo(() => waterfallBars(steps, { key: TOTAL_KEY, label: totalLabel, value: total }), [steps, totalLabel, total]);
  const drawn = useMemo(() => bars.map((b) => ({ key: b.key, value: b.value, from: b.from, to: b.to, emphasis: b.isTotal })), [bars]);
  const fallbackDomain = useMemo(() => waterfallDomain([{ steps, total }]), [steps, total]);
  const labels = useMemo(() => bars.map((b) => b.label), [bars]);
  const layout = useSignedBarsLayout({ width, height, format, domain: props.domain ?? fallbackDomain, labels, unit, ticks: 'number' });
  const connectors = useMemo(() => waterfallConnectors(layout, bars), [layout, bars]);
  const { active, pointer } = useBarRows(width, height, layout, bars.length, bars.length - 1);
  const legend = useGainLossLegend(props.legendGain, props.legendLoss);

  const i = active && active.at < bars.length ? active.at : null;
  let readout: Readout | null = null;
  if (i !== null) {
    const bar = bars[i];
    const row = layout.rows[i];
    const withUnit = (v: number): string => (Number.isFinite(v) ? `${format.exact(v)} ${unit}` : '–');
    const rows: TooltipRow[] = [{ key: 'value', label: '', value: withUnit(bar.value), strong: true }];
    if (!bar.isTotal) rows.push({ key: 'running', label: runningLabel, value: withUnit(bar.to) });
    readout = listReadout(placeTooltip(layout.x(bar.to), row.barTop + row.barHeight, width, height), bar.label, rows);
  }

  const zeroX = layout.x(0);
  return (
    <ChartFrame panel={props} kind="waterfall" legend={legend} readout={readout} pointer={pointer} buildTable={() => waterfallTable(title, unit, runningLabel, bars, format)}>
      <BarAxes layout={layout} skipZero />
      <g className="chart-connectors" aria-hidden="true">
        {connectors.map((c, k) => (
          <line key={k} className="chart-connector" x1={c.x} x2={c.x} y1={c.y1} y2={c.y2} />
        ))}
      </g>
      <SignedBars bars={drawn} layout={layout} format={format} higherIsWorse={polarity === 'higher-is-worse'} selected={i} width={width} markKeys />
      <line className="chart-zero" x1={zeroX} x2={zeroX} y1={layout.plot.top} y2={layout.plot.bottom} />
    </ChartFrame>
  );
});
