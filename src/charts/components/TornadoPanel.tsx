import { memo, useMemo } from 'react';
import {
  layoutTornado,
  placeWideTooltip,
  TEXT_SIZE,
  TORNADO_HIGH_COLOR,
  TORNADO_LOW_COLOR,
  tornadoDomain,
  tornadoSwing,
  tornadoTable,
  valueLabelSamples,
} from '../core';
import { BarAxes } from './Axes';
import { ChartFrame } from './ChartFrame';
import { Legend } from './Legend';
import type { ChartPanelProps } from './props';
import { listReadout, type Readout } from './Tooltip';
import { useBarRows } from './usePanelPoint';

/** One parameter's bar: the horizon effect with the parameter at its low and at its high value. */
export interface TornadoBar {
  readonly key: string;
  /** The parameter's name. */
  readonly label: string;
  /** The parameter's low and high values as text (formatted by the caller, with units). */
  readonly lowLabel: string;
  readonly highLabel: string;
  /** The effect, in the panel's unit, with the parameter at its low and at its high value. */
  readonly atLow: number;
  readonly atHigh: number;
}

/** Props of `TornadoPanel`. */
export interface TornadoPanelProps extends ChartPanelProps {
  /** The unit of the effect, e.g. "thousand jobs"; under the axis and in every read-out. */
  readonly unit: string;
  /** The effect with every parameter central: where the bars start. */
  readonly centralValue: number;
  /** Sorted by swing, largest first (as the engine's `sensitivity` returns them); drawn top to bottom. */
  readonly bars: readonly TornadoBar[];
  /** The x domain, shared across panels (see `tornadoDomain`); by default the extent of this tornado. */
  readonly xDomain?: readonly [number, number];
  /** Legend texts (translated), e.g. "parameter at its low value" and "at its high value". */
  readonly legendLow: string;
  readonly legendHigh: string;
  /** The read-out's and table's name of the swing, e.g. "swing" (|effect at high − effect at low|). */
  readonly swingLabel: string;
  /** A word before the central value over its line, e.g. "central"; the value alone without it. */
  readonly centralLabel?: string;
}

const COLOR = { low: TORNADO_LOW_COLOR, high: TORNADO_HIGH_COLOR } as const;
// The read-out names a setting and gives an effect with its unit per row: narrower than this beside the
// central line (a 320 px panel), it spans the panel instead.
const READOUT_MIN_WIDTH = 260;

/**
 * Draws one-at-a-time sensitivity of a horizon effect: a row per parameter in the given order (largest
 * swing first), a blue bar from the central value to the effect with the parameter low and an orange one
 * to the effect with it high, value labels at the bar ends and the central value over its line. The
 * read-out gives the parameter's settings, the effect at each and the swing, on hover or with up/down.
 */
export const TornadoPanel = memo(function TornadoPanel(props: TornadoPanelProps) {
  const { title, width, height, format, unit, centralValue, bars, legendLow, legendHigh, swingLabel, centralLabel } = props;
  const direction = format.direction;
  const fallbackDomain = useMemo(() => tornadoDomain([{ centralValue, bars }]), [centralValue, bars]);
  const [d0, d1] = props.xDomain ?? fallbackDomain;
  const labels = useMemo(() => bars.map((b) => b.label), [bars]);
  const centralText = Number.isFinite(centralValue) ? format.exact(centralValue) : '–';
  const centralHeading = centralLabel ? `${centralLabel} ${centralText}` : centralText;
  const layout = useMemo(
    () =>
      layoutTornado({
        width,
        height,
        direction,
        xDomain: [d0, d1],
        centralValue,
        centralText: centralHeading,
        labels,
        bars,
        unit,
        formatTick: (v) => format.number(v),
        valueLabelSamples: valueLabelSamples([d0, d1], format.number),
      }),
    [width, height, direction, d0, d1, centralValue, centralHeading, labels, bars, unit, format],
  );
  const { active, pointer } = useBarRows(width, height, layout, bars.length, 0);
  const legend = useMemo(
    () => (
      <Legend
        items={[
          { key: 'low', label: legendLow, color: TORNADO_LOW_COLOR, mark: 'swatch' },
          { key: 'high', label: legendHigh, color: TORNADO_HIGH_COLOR, mark: 'swatch' },
        ]}
      />
    ),
    [legendLow, legendHigh],
  );

  const i = active && active.at < bars.length ? active.at : null;
  const activeRow = i === null ? null : layout.rows[i];
  let readout: Readout | null = null;
  if (i !== null && activeRow) {
    const bar = bars[i];
    const withUnit = (v: number): string => (Number.isFinite(v) ? `${format.exact(v)} ${unit}` : '–');
    const band = { top: activeRow.rowTop, bottom: activeRow.rowTop + activeRow.rowHeight };
    readout = listReadout(placeWideTooltip(layout.centralX, band.bottom, width, height, READOUT_MIN_WIDTH, band), bar.label, [
      { key: 'low', label: `${legendLow} · ${bar.lowLabel}`, value: withUnit(bar.atLow), color: TORNADO_LOW_COLOR },
      { key: 'high', label: `${legendHigh} · ${bar.highLabel}`, value: withUnit(bar.atHigh), color: TORNADO_HIGH_COLOR },
      { key: 'swing', label: swingLabel, value: withUnit(tornadoSwing(bar)), strong: true },
    ]);
  }

  const labelsOfTable = { low: legendLow, high: legendHigh, swing: swingLabel, central: centralLabel };
  return (
    <ChartFrame panel={props} kind="tornado" legend={legend} readout={readout} pointer={pointer} buildTable={() => tornadoTable(title, unit, centralValue, bars, labelsOfTable, format)}>
      <BarAxes layout={layout} />
      {activeRow ? <rect className="chart-row-focus" x={0} y={activeRow.rowTop} width={width} height={activeRow.rowHeight} aria-hidden="true" /> : null}
      <g className="chart-bars">
        {bars.map((bar, k) => {
          const row = layout.rows[k];
          return (
            <g key={bar.key} className="chart-bar" data-key={bar.key}>
              <text className="chart-class-label" x={row.label.x} y={row.label.y} dy="0.32em" textAnchor={row.label.anchor} fontSize={TEXT_SIZE.label}>
                {row.truncated ? <title>{bar.label}</title> : null}
                {row.label.text}
              </text>
              {row.segments.map((seg) => {
                const value = seg.setting === 'low' ? bar.atLow : bar.atHigh;
                return (
                  <g key={seg.setting}>
                    <rect
                      x={seg.left}
                      y={seg.top}
                      width={Math.max(0, seg.right - seg.left)}
                      height={seg.height}
                      fill={COLOR[seg.setting]}
                      stroke={i === k ? '#111' : undefined}
                      strokeWidth={i === k ? 1.5 : undefined}
                      data-setting={seg.setting}
                    />
                    <text
                      className="chart-value chart-halo"
                      x={seg.valueLabel.x}
                      y={seg.valueLabel.y}
                      dy="0.32em"
                      textAnchor={seg.valueLabel.anchor}
                      fontSize={TEXT_SIZE.value}
                    >
                      {Number.isFinite(value) ? format.number(value) : '–'}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </g>
      <g className="chart-central" aria-hidden="true">
        <line className="chart-zero" x1={layout.centralX} x2={layout.centralX} y1={layout.plot.top - 4} y2={layout.plot.bottom} />
        <text className="chart-central-label chart-halo" x={layout.centralLabel.x} y={layout.centralLabel.y} textAnchor={layout.centralLabel.anchor} fontSize={TEXT_SIZE.label}>
          {layout.centralLabel.text}
        </text>
      </g>
    </ChartFrame>
  );
});
