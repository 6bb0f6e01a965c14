import { useId, type FocusEventHandler, type KeyboardEventHandler, type PointerEventHandler, type ReactNode } from 'react';
import type { TableData } from '../core';
import { DataDetails } from './DataDetails';

/** No announcement (a shared empty list, so that memoised children see the same value). */
export const NO_LINES: readonly string[] = [];

/** Props of `ChartFrame`. */
export interface ChartFrameProps {
  readonly kind: string;
  readonly scenarioId?: string;
  readonly title: string;
  readonly caption: string;
  readonly width: number;
  readonly height: number;
  readonly direction: 'ltr' | 'rtl';
  /** A one-line statement under the title (e.g. the headline effect as a sentence). */
  readonly summary?: string;
  /** A list legend above the plot, when the panel has one. */
  readonly legend?: ReactNode;
  /** The tooltip, when a point is active. */
  readonly tooltip?: ReactNode;
  /** The id of the tooltip element while it shows, for `aria-describedby`. */
  readonly tooltipId?: string;
  /** What a screen reader announces as the keyboard moves the active point (one line each). */
  readonly liveLines: readonly string[];
  readonly tableLabel?: string;
  readonly buildTable: () => TableData;
  readonly onKeyDown: KeyboardEventHandler<SVGSVGElement>;
  readonly onPointerMove: PointerEventHandler<SVGSVGElement>;
  readonly onPointerLeave: PointerEventHandler<SVGSVGElement>;
  readonly onFocus: FocusEventHandler<SVGSVGElement>;
  readonly onBlur: FocusEventHandler<SVGSVGElement>;
  /** The SVG's content. */
  readonly children: ReactNode;
}

/**
 * Renders what every panel shares: a `<figure>` carrying `data-chart` and `data-scenario`, the title,
 * an optional summary and legend, the focusable SVG (its accessible name is the title and caption), the
 * tooltip, the caption naming the simulated years, the optional table, and a polite live region.
 */
export function ChartFrame(props: ChartFrameProps) {
  const titleId = useId();
  const { kind, scenarioId, title, caption, width, height, direction } = props;
  return (
    <figure className="chart" data-chart={kind} data-scenario={scenarioId} dir={direction} aria-labelledby={titleId} style={{ maxWidth: width }}>
      <div className="chart-title" id={titleId}>
        {title}
      </div>
      {props.summary ? <p className="chart-summary">{props.summary}</p> : null}
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
          aria-describedby={props.tooltipId}
          onKeyDown={props.onKeyDown}
          onPointerMove={props.onPointerMove}
          onPointerDown={props.onPointerMove}
          onPointerLeave={props.onPointerLeave}
          onFocus={props.onFocus}
          onBlur={props.onBlur}
        >
          {props.children}
        </svg>
        {props.tooltip}
      </div>
      <figcaption className="chart-caption">{caption}</figcaption>
      {props.tableLabel ? <DataDetails label={props.tableLabel} build={props.buildTable} /> : null}
      <div className="chart-sr-only" aria-live="polite">
        {props.liveLines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </div>
    </figure>
  );
}
