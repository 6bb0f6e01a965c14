import { memo, useCallback, useId, useMemo, type KeyboardEvent, type PointerEvent } from 'react';
import {
  bindingColor,
  bindingTable,
  GAIN_COLOR,
  isFinanceBound,
  layoutBindingGrid,
  LOSS_COLOR,
  NEUTRAL_COLOR,
  placeTooltip,
  stepCell,
  TEXT_SIZE,
  type GridCell,
} from '../core';
import { HorizontalAxis } from './Axes';
import { ChartFrame, NO_LINES } from './ChartFrame';
import { Legend } from './Legend';
import { pointerInViewBox } from './pointer';
import type { ChartPanelProps } from './props';
import { ChartTooltip, tooltipLines, type TooltipRow } from './Tooltip';
import { useActivePoint } from './useActivePoint';

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

const sameCell = (a: GridCell, b: GridCell): boolean => a.row === b.row && a.col === b.col;

/**
 * Draws which constraint binds, class by year, for one scenario: blue cells where finance holds the
 * class back (credit can help), orange where demand does (credit alone cannot), paler as the class nears
 * the balance; the read-out gives both shares for the cell under the pointer or the arrow keys.
 */
export const BindingGrid = memo(function BindingGrid(props: BindingGridProps) {
  const { kind = 'binding', scenarioId, title, caption, width, height, format, rows, legendFinance, legendDemand, tableLabel } = props;
  const direction = format.direction;
  const tooltipId = useId();
  const horizon = useMemo(() => rows.reduce((h, r) => Math.max(h, r.cells.length - 1), 0), [rows]);
  const labels = useMemo(() => rows.map((r) => r.label), [rows]);
  const layout = useMemo(
    () => layoutBindingGrid({ width, height, direction, rowLabels: labels, horizon, formatYear: (t) => format.year(t) }),
    [width, height, direction, labels, horizon, format],
  );
  const fills = useMemo(() => rows.map((r) => r.cells.map((c) => bindingColor(c.financeShare))), [rows]);
  const { active, show, hide } = useActivePoint(sameCell);
  const cols = horizon + 1;

  const onPointerMove = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      const p = pointerInViewBox(event, width, height);
      if (!p) return;
      const col = Math.floor((p.x - layout.plot.left) / layout.cellWidth);
      const row = Math.floor((p.y - layout.plot.top) / layout.cellHeight);
      if (row >= 0 && row < rows.length && col >= 0 && col < cols) show({ row, col }, false);
      else hide();
    },
    [width, height, layout, rows.length, cols, show, hide],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      const move = stepCell(event.key, active ? active.at : null, rows.length, cols);
      if (move.kind === 'none') return;
      event.preventDefault();
      if (move.kind === 'hide') hide();
      else show(move.to, true);
    },
    [active, rows.length, cols, show, hide],
  );
  const onFocus = useCallback(() => {
    if (!active && rows.length > 0) show({ row: 0, col: cols - 1 }, true);
  }, [active, rows.length, cols, show]);

  const at = active && active.at.row < rows.length && active.at.col < cols ? active.at : null;
  const share = at ? rows[at.row].cells[at.col]?.financeShare : undefined;
  const tipRows: TooltipRow[] =
    at && share !== undefined && Number.isFinite(share)
      ? [
          { key: 'finance', label: legendFinance, value: format.percent(share), color: GAIN_COLOR, strong: isFinanceBound(share) },
          { key: 'demand', label: legendDemand, value: format.percent(1 - share), color: LOSS_COLOR, strong: !isFinanceBound(share) },
        ]
      : [];
  const heading = at ? `${rows[at.row].label} · ${format.year(at.col)}` : '';

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
    <ChartFrame
      kind={kind}
      scenarioId={scenarioId}
      title={title}
      caption={caption}
      width={width}
      height={height}
      direction={direction}
      legend={legend}
      tooltipId={at ? tooltipId : undefined}
      tooltip={
        at ? (
          <ChartTooltip
            id={tooltipId}
            placement={placeTooltip(layout.columnX(at.col) + layout.cellWidth / 2, layout.plot.top + (at.row + 1) * layout.cellHeight, width, height)}
            width={width}
            height={height}
            heading={heading}
            rows={tipRows}
          />
        ) : null
      }
      liveLines={active && active.byKey ? tooltipLines(heading, tipRows) : NO_LINES}
      tableLabel={tableLabel}
      buildTable={() => bindingTable(title, legendFinance, rows, horizon, format)}
      onKeyDown={onKeyDown}
      onPointerMove={onPointerMove}
      onPointerLeave={hide}
      onFocus={onFocus}
      onBlur={hide}
    >
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
