/**
 * The measures the projection writes (MODEL.md 4 and 9): THE ONE TABLE of series. Each is declared
 * here once: whether it exists per class or only in total, its unit, which direction is good, and
 * whether the command line reports it. The projection's buffer order, the `--json` and `--csv` series,
 * the headline lists (scoreboard, workshop mode, handout, CLI) and the catalog keys `measure.<name>`
 * and `measure.<name>.short` derive from it.
 *
 * A new series costs its row here, its equation in project.ts and its catalog lines.
 */

/** What a measure is counted in: the file's currency, its employment unit, firms, or a pure number. */
export type MeasureUnit = 'currency' | 'employment' | 'firms' | 'ratio';

/** Describes one projected series. */
export interface MeasureSpec {
  /** Per class and in total, or only in total (a bank-wide or fund-wide number). */
  readonly scope: 'perClass' | 'total';
  readonly unit: MeasureUnit;
  /** Which way is good for the economy or the bank: a rise in jobs is, a rise in losses is not. */
  readonly better: 'higher' | 'lower' | 'neither';
  /** Printed by `--json` and `--csv` (MODEL.md 9), in the table's order. */
  readonly reported: boolean;
}

/** The series, in the projection buffer's order (the reported ones in MODEL.md 9's order). */
export const MEASURES = {
  credit: { scope: 'perClass', unit: 'currency', better: 'neither', reported: true },
  realisedCredit: { scope: 'perClass', unit: 'currency', better: 'higher', reported: true },
  financeCapacity: { scope: 'perClass', unit: 'currency', better: 'higher', reported: true },
  demand: { scope: 'perClass', unit: 'currency', better: 'higher', reported: true },
  output: { scope: 'perClass', unit: 'currency', better: 'higher', reported: true },
  exports: { scope: 'perClass', unit: 'currency', better: 'higher', reported: true },
  employment: { scope: 'perClass', unit: 'employment', better: 'higher', reported: true },
  firms: { scope: 'perClass', unit: 'firms', better: 'higher', reported: true },
  expectedLoss: { scope: 'perClass', unit: 'currency', better: 'lower', reported: true },
  guaranteeCost: { scope: 'perClass', unit: 'currency', better: 'lower', reported: true },
  npl: { scope: 'perClass', unit: 'currency', better: 'lower', reported: true },
  rwa: { scope: 'perClass', unit: 'currency', better: 'neither', reported: true },
  bankProfit: { scope: 'perClass', unit: 'currency', better: 'higher', reported: true },
  capital: { scope: 'total', unit: 'currency', better: 'neither', reported: true },
  guaranteedExposure: { scope: 'total', unit: 'currency', better: 'neither', reported: true },
  guaranteeFees: { scope: 'total', unit: 'currency', better: 'neither', reported: true },
  fundCapital: { scope: 'total', unit: 'currency', better: 'higher', reported: true },
  // Kept for the app's views, not reported. The credit a class would have without the policy; the
  // default probability and the real lending rate (the total's: the credit-weighted mean of the
  // classes'); provisions, the loss the bank expects on its bad-loan stock (lgd x npl: MODEL.md is
  // silent on provisions, this is the README's choice); the domestic sales an export effect displaces
  // (output less exports).
  creditWithoutReallocation: { scope: 'perClass', unit: 'currency', better: 'neither', reported: false },
  defaultProbability: { scope: 'perClass', unit: 'ratio', better: 'lower', reported: false },
  realLendingRate: { scope: 'perClass', unit: 'ratio', better: 'neither', reported: false },
  provisions: { scope: 'perClass', unit: 'currency', better: 'lower', reported: false },
  domesticSales: { scope: 'perClass', unit: 'currency', better: 'higher', reported: false },
} as const satisfies Record<string, MeasureSpec>;

/** The name of one projected series. */
export type SeriesName = keyof typeof MEASURES;

/** The series the projection writes, in buffer order. */
export const SERIES_NAMES = Object.keys(MEASURES) as SeriesName[];

/** The series printed by the command line's `--json` and `--csv` (MODEL.md 9), in its order. */
export const REPORTED_SERIES: readonly SeriesName[] = SERIES_NAMES.filter((name) => MEASURES[name].reported);

/**
 * The headline measures a workshop asks about at the horizon, in the one order every view uses
 * (scoreboard, charts, workshop mode, handout, command line): jobs first, the room's question.
 */
export const HEADLINE_MEASURES = ['employment', 'output', 'exports', 'expectedLoss'] as const satisfies readonly SeriesName[];

/** One headline measure. */
export type HeadlineMeasure = (typeof HEADLINE_MEASURES)[number];

/** Returns the table's entry of a series. */
export function measureSpec(name: SeriesName): MeasureSpec {
  return MEASURES[name];
}
