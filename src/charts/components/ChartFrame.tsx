import { useId, type ReactNode } from 'react';
import type { TableData } from '../core';
import { DataDetails } from './DataDetails';
import type { ChartPanelProps } from './props';
import { TooltipBox, type Readout } from './Tooltip';
import type { PanelPointer } from './usePanelPoint';

/** No announcement (a shared empty list, so that memoised children see the same value). */
const NO_LINES: readonly string[] = [];

/** Props of `ChartFrame`. */
export interface ChartFrameProps {
  /** The panel's own props: its kind, scenario, title, caption, size, direction, summary and table label. */
  readonly panel: ChartPanelProps;
  /** The `data-chart` kind where the panel's props name none. */
  readonly kind: string;
  /** The SVG's height where the panel's layout changed it (the bank view grows on a narrow panel). */
  readonly height?: number;
  /** A list legend above the plot, when the panel has one. */
  readonly legend?: ReactNode;
  /** The read-out of the active point, or null while none is. */
  readonly readout: Readout | null;
  /** The SVG's handlers (see `usePanelPoint`). */
  readonly pointer: PanelPointer;
  readonly buildTable: () => TableData;
  /** The SVG's content. */
  readonly children: ReactNode;
}

/**
 * Renders what every panel shares: a `<figure>` carrying `data-chart` and `data-scenario`, the title,
 * an optional summary and legend, the focusable SVG (its accessible name is the title and caption,
 * described by the read-out while one shows), the read-out, the caption naming the simulated years, the
 * optional table, and a polite live region that reads out what the keyboard moved to.
 */
export function ChartFrame(props: ChartFrameProps) {
  const titleId = useId();
  const tooltipId = useId();
  const { panel, readout, pointer } = props;
  const { scenarioId, title, caption, width, summary, tableLabel } = panel;
  const height = props.height ?? panel.height;
  const liveLines = readout && pointer.announce ? readout.lines : NO_LINES;
  return (
    <figure className="chart" data-chart={panel.kind ?? props.kind} data-scenario={scenarioId} dir={panel.format.direction} aria-labelledby={titleId} style={{ maxWidth: width }}>
      <div className="chart-title" id={titleId}>
        {title}
      </div>
      {summary ? <p className="chart-summary">{summary}</p> : null}
      {props.legend}
      <div className="chart-plot">
        <svg
          className="chart-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          tabIndex={0}
          aria-label={`${title}. ${caption}`}
          aria-describedby={readout ? tooltipId : undefined}
          onKeyDown={pointer.onKeyDown}
          onPointerMove={pointer.onPointerMove}
          onPointerDown={pointer.onPointerMove}
          onPointerLeave={pointer.onPointerLeave}
          onFocus={pointer.onFocus}
          onBlur={pointer.onBlur}
        >
          {props.children}
        </svg>
        {readout ? (
          <TooltipBox id={tooltipId} placement={readout.placement} width={width} height={height} heading={readout.heading} className={readout.className}>
            {readout.body}
          </TooltipBox>
        ) : null}
      </div>
      <figcaption className="chart-caption">{caption}</figcaption>
      {tableLabel ? <DataDetails label={tableLabel} build={props.buildTable} /> : null}
      <div className="chart-sr-only" aria-live="polite">
        {liveLines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </div>
    </figure>
  );
}
