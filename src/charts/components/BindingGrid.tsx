import { memo, useMemo } from 'react';
import {
  bindingColor,
  bindingTable,
  GAIN_COLOR,
  isFinanceBound,
  layoutBindingGrid,
  LOSS_COLOR,
  NEUTRAL_COLOR,
  placeTooltip,
  TEXT_SIZE,
} from '../core';
import { HorizontalAxis } from './Axes';
import { ChartFrame } from './ChartFrame';
import { Legend } from './Legend';
import type { ChartPanelProps } from './props';
import { listReadout, type Readout, type TooltipRow } from './Tooltip';
import { useGridCell } from './usePanelPoint';

/** One class's row: its finance-bound share per year. */
export interface BindingRow {
  readonly key: string;
  readonly label: string;
  /** Indexed by t = 0..H; `financeShare` 0..1 (MODEL.md 4 `thetaF`, computed by the engine's `financeBoundShareSeries`). */
  readonly cells: ReadonlyArray<{ readonly financeShare: number }>;
}

/** Props of `BindingGrid`. */
export interface BindingGridProps extends ChartPanelProps {
  readonly rows: readonly BindingRow[];
  /** Legend text for finance-bound cells (translated), e.g. "held back by finance". */
  readonly legendFinance: string;
  /** Legend text for demand-bound cells (translated), e.g. "held back by demand". */
  readonly legendDemand: string;
}

/**
 * Draws which constraint binds, class by year, for one scenario: blue cells where finance holds the
 * class back (credit can help), orange where demand does (credit alone cannot), paler as the class nears
 * the balance; the read-out gives both shares for the cell under the pointer or the arrow keys.
 */
export const BindingGrid = memo(function BindingGrid(props: BindingGridProps) {
  const { title, width, height, format, rows, legendFinance, legendDemand } = props;
  const direction = format.direction;
  const horizon = useMemo(() => rows.reduce((h, r) => Math.max(h, r.cells.length - 1), 0), [rows]);
  const labels = useMemo(() => rows.map((r) => r.label), [rows]);
  const layout = useMemo(
    () => layoutBindingGrid({ width, height, direction, rowLabels: labels, horizon, formatYear: (t) => format.year(t) }),
    [width, height, direction, labels, horizon, format],
  );
  const fills = useMemo(() => rows.map((r) => r.cells.map((c) => bindingColor(c.financeShare))), [rows]);
  const cols = horizon + 1;
  const { active, pointer } = useGridCell(width, height, rows.length, cols, (x, y) => {
    const col = Math.floor((x - layout.plot.left) / layout.cellWidth);
    const row = Math.floor((y - layout.plot.top) / layout.cellHeight);
    return row >= 0 && row < rows.length && col >= 0 && col < cols ? { row, col } : null;
  });

  const at = active && active.at.row < rows.length && active.at.col < cols ? active.at : null;
  let readout: Readout | null = null;
  if (at) {
    const share = rows[at.row].cells[at.col]?.financeShare;
    const tipRows: TooltipRow[] =
      share !== undefined && Number.isFinite(share)
        ? [
            { key: 'finance', label: legendFinance, value: format.percent(share), color: GAIN_COLOR, strong: isFinanceBound(share) },
            { key: 'demand', label: legendDemand, value: format.percent(1 - share), color: LOSS_COLOR, strong: !isFinanceBound(share) },
          ]
        : [];
    const placement = placeTooltip(layout.columnX(at.col) + layout.cellWidth / 2, layout.plot.top + (at.row + 1) * layout.cellHeight, width, height);
    readout = listReadout(placement, `${rows[at.row].label} · ${format.year(at.col)}`, tipRows);
  }

  const legend = useMemo(
    () => (
      <Legend
        items={[
          { key: 'finance', label: legendFinance, color: GAIN_COLOR, mark: 'swatch', background: `linear-gradient(to right, ${NEUTRAL_COLOR}, ${GAIN_COLOR})` },
          { key: 'demand', label: legendDemand, color: LOSS_COLOR, mark: 'swatch', background: `linear-gradient(to right, ${NEUTRAL_COLOR}, ${LOSS_COLOR})` },
        ]}
      />
    ),
    [legendFinance, legendDemand],
  );

  return (
    <ChartFrame panel={props} kind="binding" legend={legend} readout={readout} pointer={pointer} buildTable={() => bindingTable(title, legendFinance, rows, horizon, format)}>
      <g className="chart-cells">
        {rows.map((r, ri) => (
          <g key={r.key}>
            <text className="chart-class-label" x={layout.rowLabels[ri].x} y={layout.rowLabels[ri].y} dy="0.32em" textAnchor={layout.rowLabels[ri].anchor} fontSize={TEXT_SIZE.label}>
              {layout.rowLabels[ri].text}
            </text>
            {r.cells.map((c, t) => (
              <rect
                key={t}
                className="chart-cell"
                x={layout.columnX(t) + 0.5}
                y={layout.plot.top + ri * layout.cellHeight + 0.5}
                width={Math.max(0, layout.cellWidth - 1)}
                height={Math.max(0, layout.cellHeight - 1)}
                fill={fills[ri][t]}
                data-bound={isFinanceBound(c.financeShare) ? 'finance' : 'demand'}
              />
            ))}
          </g>
        ))}
      </g>
      <HorizontalAxis ticks={layout.xTicks} y={layout.plot.bottom} left={layout.plot.left} right={layout.plot.right} labelY={layout.xTickY} line={false} />
      {at ? (
        <rect
          className="chart-cell-focus"
          x={layout.columnX(at.col) + 0.5}
          y={layout.plot.top + at.row * layout.cellHeight + 0.5}
          width={Math.max(0, layout.cellWidth - 1)}
          height={Math.max(0, layout.cellHeight - 1)}
          aria-hidden="true"
        />
      ) : null}
    </ChartFrame>
  );
});
