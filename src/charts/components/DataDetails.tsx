import { useState, type SyntheticEvent } from 'react';
import type { TableData } from '../core';
import { DataTable } from './DataTable';

/** Props of `DataDetails`. */
export interface DataDetailsProps {
  /** The disclosure's label (translated), e.g. "Show the numbers". */
  readonly label: string;
  /** Builds the table; called only while the disclosure is open. */
  readonly build: () => TableData;
  /** Starts open (for a printed page or a presenter who wants the numbers on screen). */
  readonly defaultOpen?: boolean;
}

/**
 * Renders a closed-by-default disclosure that reveals a panel's `DataTable`. Chosen over an always
 * present visually hidden table: the table stays out of the way, can be shown to the room, and is not
 * rebuilt on every slider move while closed.
 */
export function DataDetails({ label, build, defaultOpen = false }: DataDetailsProps) {
  const [open, setOpen] = useState(defaultOpen);
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>): void => setOpen(event.currentTarget.open);
  return (
    <details className="chart-details" open={defaultOpen || undefined} onToggle={onToggle}>
      <summary>{label}</summary>
      {open ? (
        // A wide table (a year per column) scrolls inside the panel instead of widening it; the
        // scroller is focusable so that keyboard users can scroll it too.
        <div className="chart-table-scroll" tabIndex={0}>
          <DataTable {...build()} />
        </div>
      ) : null}
    </details>
  );
}
