/**
 * Derived results of MODEL.md 5: horizon effects versus the counterfactual or a reference, the Shapley
 * split among the three levers, and jobs per unit of credit moved.
 */
import type { PreparedModel } from './prepare';
import { HEADLINE_MEASURES, type SeriesName } from './measures';
import { NO_LEVERS, project, valueAt, type LeverSwitches, type Projection } from './project';

/** Returns a series' total at the horizon. */
export function totalAtHorizon(p: Projection, series: SeriesName): number {
  return valueAt(p, series, p.classCount, p.horizon);
}

/** Returns `a - b` for a series' total at year t (default: the horizon) of two projections. */
export function totalDifference(a: Projection, b: Projection, series: SeriesName, t = a.horizon): number {
  return valueAt(a, series, a.classCount, t) - valueAt(b, series, b.classCount, t);
}

/** The three levers' names, in the order of MODEL.md 5. */
export const LEVERS = ['credit', 'exports', 'guarantee'] as const;
/** One of the three levers. */
export type LeverName = (typeof LEVERS)[number];

/** A horizon effect split among the levers: the parts add up to the total. */
export interface LeverDecomposition {
  readonly total: number;
  readonly parts: Readonly<Record<LeverName, number>>;
}

function switches(mask: number): LeverSwitches {
  return { credit: (mask & 1) !== 0, exports: (mask & 2) !== 0, guarantee: (mask & 4) !== 0 };
}

/**
 * Splits the horizon effect of each requested series (scenario minus counterfactual, totals) among the
 * three levers by Shapley values over the 8 on/off combinations (MODEL.md 5).
 */
export function decomposeLevers(
  model: PreparedModel,
  measures: readonly SeriesName[] = HEADLINE_MEASURES,
): Record<string, LeverDecomposition> {
  const runs = Array.from({ length: 8 }, (_, mask) => project(model, switches(mask)));
  const value = (mask: number, series: SeriesName) => totalAtHorizon(runs[mask], series);
  const result: Record<string, LeverDecomposition> = {};
  for (const series of measures) {
    const parts = { credit: 0, exports: 0, guarantee: 0 };
    LEVERS.forEach((lever, i) => {
      const bit = 1 << i;
      let phi = 0;
      for (let mask = 0; mask < 8; mask++) {
        if (mask & bit) continue;
        const others = ((mask & 1) !== 0 ? 1 : 0) + ((mask & 2) !== 0 ? 1 : 0) + ((mask & 4) !== 0 ? 1 : 0);
        // Shapley weights for three players: |S|!(n-|S|-1)!/n! = 1/3, 1/6, 1/3 for |S| = 0, 1, 2.
        const w = others === 1 ? 1 / 6 : 1 / 3;
        phi += w * (value(mask | bit, series) - value(mask, series));
      }
      parts[lever] = phi;
    });
    result[series] = { total: value(7, series) - value(0, series), parts };
  }
  return result;
}

/**
 * Jobs per unit of credit moved (MODEL.md 5): the credit lever's net jobs in year t (the horizon unless
 * given) over the credit the recipients gained by then, in jobs per currency unit of the file. NaN where
 * no credit has moved (as at t = 0).
 */
export function jobsPerCreditMoved(model: PreparedModel, t: number = model.horizon): number {
  const creditOnly = project(model, { credit: true, exports: false, guarantee: false });
  const counterfactual = project(model, NO_LEVERS);
  return jobsPerCreditMovedOf(model, creditOnly, counterfactual, t);
}

/** The same figure from projections already run (the credit lever alone, and the counterfactual). */
export function jobsPerCreditMovedOf(model: PreparedModel, creditOnly: Projection, counterfactual: Projection, t: number): number {
  let moved = 0;
  for (let k = 0; k < model.classCount; k++) {
    if (!model.isRecipient[k]) continue;
    moved += valueAt(creditOnly, 'credit', k, t) - valueAt(creditOnly, 'creditWithoutReallocation', k, t);
  }
  if (!(moved > 0)) return NaN;
  return totalDifference(creditOnly, counterfactual, 'employment', t) / moved;
}

/**
 * Jobs per unit of credit moved, per US$ 1 million (MODEL.md 5): persons per US$ 1m, from the file's
 * `usdPerCurrencyUnit` and `personsPerEmploymentUnit`. NaN where the file gives no exchange rate.
 */
export function jobsPerUsdMillion(model: PreparedModel, jobsPerUnit: number): number {
  return (jobsPerUnit * model.personsPerEmploymentUnit) / model.usdPerCurrencyUnit * 1e6;
}

/** Jobs per credit moved at year 2 and at the horizon, per currency unit and per US$ 1m (NaN where undefined). */
export interface JobsPerCredit {
  readonly year2: number;
  readonly horizon: number;
  readonly year2PerUsdMillion: number;
  readonly horizonPerUsdMillion: number;
}

/**
 * The figures every front end shows beside the evidence (MODEL.md 5: t = 2 and t = H), from one pair of
 * runs. A caller that has the counterfactual run already (runPrepared's) passes it: the same model with
 * no lever projects the same numbers, and the app's start-up and each slider step run one projection less.
 */
export function jobsPerCreditFigures(model: PreparedModel, counterfactual: Projection = project(model, NO_LEVERS)): JobsPerCredit {
  const creditOnly = project(model, { credit: true, exports: false, guarantee: false });
  const year2 = model.horizon >= 2 ? jobsPerCreditMovedOf(model, creditOnly, counterfactual, 2) : NaN;
  const horizon = jobsPerCreditMovedOf(model, creditOnly, counterfactual, model.horizon);
  return { year2, horizon, year2PerUsdMillion: jobsPerUsdMillion(model, year2), horizonPerUsdMillion: jobsPerUsdMillion(model, horizon) };
}
