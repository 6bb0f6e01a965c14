import type { PanelBase } from '../types';

/**
 * The props every panel takes: `PanelBase` with `kind` optional, each panel defaulting it to its own
 * `data-chart` kind ("projection", "effect", "credit-shares", "binding").
 */
export type ChartPanelProps = Omit<PanelBase, 'kind'> & {
  readonly kind?: string;
  /**
   * The label of the disclosure that reveals the values as a table (e.g. "Show the numbers"); without
   * it the panel has no table. The table is built only while open, so a slider drag does not pay for it.
   */
  readonly tableLabel?: string;
  /** A one-line statement under the title, e.g. the headline effect as a sentence. */
  readonly summary?: string;
};
