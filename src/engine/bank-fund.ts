/**
 * The figures of the bank view and the guarantee-fund view (MODEL.md 4, Bank and Guarantee fund),
 * taken from one scenario run and its prepared model. Ratios come from the totals, never from averages
 * of the classes' ratios (MODEL.md 4, last paragraph). Numbers only: the panels format and translate.
 */
import { totalDifference } from './effects';
import { seriesOf, valueAt, type Projection } from './project';
import type { ScenarioRun } from './report';

/**
 * Extra credit per unit guaranteed under Chile's FOGAPE (Cowan, Drexler and Yanez 2015, JBF 59): the
 * evidence the fund view sets beside each class's `alpha / (1 + alpha * gamma_k)` (MODEL.md 4, Credit).
 */
export const FOGAPE_EXTRA_CREDIT = 0.65;

/** `a / b`, or null where the denominator is not positive (no credit: no ratio). */
function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}

/** The bad-loan ratio NPL/C of a projection's totals at year t (null without credit). */
export function nplRatioAt(p: Projection, t: number): number | null {
  return ratio(valueAt(p, 'npl', p.classCount, t), valueAt(p, 'credit', p.classCount, t));
}

/** The bank view's headline figures at the horizon, and the capital requirement by class. */
export interface BankFigures {
  /** Total bank profit BP at the horizon (currency a year, real). */
  readonly profit: number;
  /** Bank profit per unit of bank credit at the horizon, from the totals; null without credit. */
  readonly profitPerCredit: number | null;
  /** The scenario's bad-loan ratio at the horizon. */
  readonly nplRatio: number | null;
  /** The counterfactual's bad-loan ratio at the horizon (MODEL.md 4: the bank view shows both). */
  readonly counterfactualNplRatio: number | null;
  /**
   * Each class's share of the capital requirement, `kappa_c * RWA_k(t)`, whose sum over the classes is
   * the projection's `capital` (a total-only series).
   */
  readonly capitalByClass: number[][];
  /** Each class's loss rate EL_k(t) / C_k(t) per year: 0 in a year without credit (nothing at risk). */
  readonly lossRateByClass: number[][];
  /** The book's loss rate EL(t) / C(t) per year, from the totals: 0 in a year without credit. */
  readonly lossRate: number[];
  /** The scenario's risk-weighted assets minus the counterfactual's at the horizon. */
  readonly rwaChange: number;
  /** The scenario's expected loss minus the counterfactual's at the horizon. */
  readonly lossChange: number;
  /** The jobs the policy adds per unit of the expected loss it adds, at the horizon; null without a change in loss. */
  readonly jobsPerLoss: number | null;
}

/** `a[t] / b[t]` per year, 0 where the denominator is not positive. */
const perYear = (a: readonly number[], b: readonly number[]): number[] => a.map((v, t) => (b[t] > 0 ? v / b[t] : 0));

/** Returns the bank view's figures of one run. */
export function bankFigures(run: ScenarioRun): BankFigures {
  const { model, scenario, counterfactual } = run;
  const K = model.classCount;
  const H = model.horizon;
  const profit = valueAt(scenario, 'bankProfit', K, H);
  const lossChange = totalDifference(scenario, counterfactual, 'expectedLoss');
  const byClass = (k: number) => perYear(seriesOf(scenario, 'expectedLoss', k), seriesOf(scenario, 'credit', k));
  return {
    profit,
    profitPerCredit: ratio(profit, valueAt(scenario, 'credit', K, H)),
    nplRatio: nplRatioAt(scenario, H),
    counterfactualNplRatio: nplRatioAt(counterfactual, H),
    capitalByClass: model.classIds.map((_, k) => seriesOf(scenario, 'rwa', k).map((v) => model.capitalRatio * v)),
    lossRateByClass: model.classIds.map((_, k) => byClass(k)),
    lossRate: byClass(K),
    rwaChange: totalDifference(scenario, counterfactual, 'rwa'),
    lossChange,
    jobsPerLoss: lossChange !== 0 ? totalDifference(scenario, counterfactual, 'employment') / lossChange : null,
  };
}

/** One covered class in the fund view. */
export interface FundClassRow {
  readonly classIndex: number;
  /** gamma_k: the share of each loan's loss the fund bears. */
  readonly coverage: number;
  /** f_k: the fee, a share of the guaranteed exposure a year. */
  readonly fee: number;
  /** The break-even fee `PD_k(H) * lgd_k` at the horizon: the fee that pays the class's expected payouts. */
  readonly breakEvenFee: number;
  /** Extra credit per unit of guarantee issued, `alpha / (1 + alpha * gamma_k)` (MODEL.md 4, Credit). */
  readonly extraCreditPerGuaranteed: number;
}

/** The guarantee-fund view's figures of one run (years t = 0..H). */
export interface FundFigures {
  /** False where no class has coverage: the scenario has no guarantee. */
  readonly hasGuarantee: boolean;
  /** True where the file gives the fund's starting capital: only then can the fund run dry. */
  readonly fundGiven: boolean;
  /** KG(t). */
  readonly capital: number[];
  /** GX(t). */
  readonly exposure: number[];
  /** GX(t) / KG(t) where KG(t) > 0, NaN where the fund is exhausted (KG <= 0). */
  readonly leverage: number[];
  /** lambda_G: the guaranteed exposure the fund may carry per unit of capital. */
  readonly leverageCap: number;
  /** The leverage at the horizon; null where the fund is exhausted then. */
  readonly leverageAtHorizon: number | null;
  /** The first year t the exposure exceeded the cap (the `fund-leverage-above-cap` warning), or null. */
  readonly aboveCapYear: number | null;
  /** The first year t with KG(t) < 0 (the `fund-exhausted` warning), or null: it does not run dry. */
  readonly dryYear: number | null;
  /** GF(t): the fees the borrowers pay the fund. */
  readonly fees: number[];
  /** sum_k GC_k(t): the fund's expected payouts. */
  readonly payouts: number[];
  /** The fees and the payouts summed over the simulated years t = 1..H. */
  readonly totalFees: number;
  readonly totalPayouts: number;
  /** The classes with coverage, in class order. */
  readonly classes: readonly FundClassRow[];
}

function firstYear(values: readonly number[], holds: (v: number, t: number) => boolean): number | null {
  for (let t = 1; t < values.length; t++) if (holds(values[t], t)) return t;
  return null;
}

const sumFromYearOne = (values: readonly number[]) => values.reduce((sum, v, t) => (t > 0 ? sum + v : sum), 0);

/** Returns the guarantee-fund view's figures of one run. */
export function fundFigures(run: ScenarioRun): FundFigures {
  const { model, scenario } = run;
  const K = model.classCount;
  const H = model.horizon;
  const capital = seriesOf(scenario, 'fundCapital', K);
  const exposure = seriesOf(scenario, 'guaranteedExposure', K);
  const fees = seriesOf(scenario, 'guaranteeFees', K);
  const payouts = seriesOf(scenario, 'guaranteeCost', K);
  const leverage = capital.map((kg, t) => (kg > 0 ? exposure[t] / kg : NaN));
  const cap = model.fundLeverageCap;
  // The run's warnings say when the fund crossed its cap and ran dry (only where the file gives its
  // capital); the series say the same, and answer where the warnings list was not kept.
  const warned = (code: 'fund-leverage-above-cap' | 'fund-exhausted') => scenario.warnings.find((w) => w.code === code)?.year;
  const fromSeries = (holds: (v: number, t: number) => boolean, values: readonly number[]) => (model.fundGiven ? firstYear(values, holds) : null);
  const dryYear = warned('fund-exhausted') ?? fromSeries((kg) => kg < 0, capital);
  const aboveCapYear = warned('fund-leverage-above-cap') ?? fromSeries((gx, t) => gx > 0 && gx > cap * capital[t], exposure);
  const alpha = model.guaranteeAdditionality;
  const classes: FundClassRow[] = [];
  for (let k = 0; k < K; k++) {
    const coverage = model.guaranteeCoverage[k];
    if (!(coverage > 0)) continue;
    classes.push({
      classIndex: k,
      coverage,
      fee: model.guaranteeFee[k],
      breakEvenFee: valueAt(scenario, 'defaultProbability', k, H) * model.lgd[k],
      extraCreditPerGuaranteed: alpha / (1 + alpha * coverage),
    });
  }
  return {
    hasGuarantee: classes.length > 0,
    fundGiven: model.fundGiven,
    capital,
    exposure,
    leverage,
    leverageCap: cap,
    leverageAtHorizon: capital[H] > 0 ? leverage[H] : null,
    aboveCapYear,
    dryYear,
    fees,
    payouts,
    totalFees: sumFromYearOne(fees),
    totalPayouts: sumFromYearOne(payouts),
    classes,
  };
}
