/**
 * What the chart components take. Charts read engine types only, never the store; every text they show
 * arrives already translated, and every number through the formatters given.
 */

/** Formatters in the reader's language (digits, separators, calendar). */
export interface ChartFormat {
  /** Rounded for axes and labels (about 3 significant digits). */
  number(value: number): string;
  /** As exact as a tooltip needs (about 6 significant digits). */
  exact(value: number): string;
  /** With a sign: "+1.2", "−0.4". */
  signed(value: number): string;
  /** A share as a percentage. */
  percent(share: number): string;
  /** The display year of simulated year t (file calendar, reader's digits). */
  year(t: number): string;
  /** The page's writing direction. */
  readonly direction: 'ltr' | 'rtl';
}

/** One line of a line panel. */
export interface LineSpec {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  /** Values for t = 0..H (H may differ between lines of one panel only if years differ). */
  readonly values: readonly number[];
  /** A comparison line (the counterfactual or the reference): drawn in `COMPARISON_DASH`. */
  readonly dashed?: boolean;
  /** The line's own pattern (`stroke-dasharray`, '' solid; see `LINE_DASHES`), over `dashed`. */
  readonly dash?: string;
  /** Stroke width in px (default 2). */
  readonly weight?: number;
}

/** Props shared by every chart panel. */
export interface PanelBase {
  /** The `data-chart` kind of the root element. */
  readonly kind: string;
  /** Set where the panel shows one scenario: becomes `data-scenario`. */
  readonly scenarioId?: string;
  readonly title: string;
  /** The caption under the chart: must name the simulated years. */
  readonly caption: string;
  readonly width: number;
  readonly height: number;
  readonly format: ChartFormat;
}
