import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOGAPE_EXTRA_CREDIT, bankFigures, fundFigures, nplRatioAt } from '../../src/engine/bank-fund';
import { totalDifference } from '../../src/engine/effects';
import { SERIES_NAMES } from '../../src/engine/measures';
import { seriesOf, valueAt } from '../../src/engine/project';
import { runScenario, type ScenarioRun } from '../../src/engine/report';
import { loadText } from '../../src/scenario';

/** Runs a shipped scenario file. */
function runOf(name: string, change: (file: Record<string, unknown>) => void = () => {}): ScenarioRun {
  const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../scenarios', name), 'utf8')) as Record<string, unknown>;
  change(file);
  const loaded = loadText(JSON.stringify(file));
  if (!loaded.ok || loaded.file.kind !== 'scenario') throw new Error(`${name} does not load`);
  const result = runScenario(loaded.file.scenario);
  if (!result.ok) throw new Error(`${name} does not run`);
  return result.run;
}

const policyOf = (file: Record<string, unknown>) => file.policy as Record<string, unknown>;

describe('the bank view figures', () => {
  const run = runOf('iran-guarantee-fund-runs-dry.json');
  const { model } = run;
  const K = model.classCount;
  const H = model.horizon;

  it('takes profit per unit of credit from the totals, not from the classes\' ratios', () => {
    const f = bankFigures(run);
    const profit = valueAt(run.scenario, 'bankProfit', K, H);
    expect(f.profit).toBe(profit);
    expect(f.profitPerCredit).toBeCloseTo(profit / valueAt(run.scenario, 'credit', K, H), 15);
    const meanOfRatios = model.classIds.reduce((s, _, k) => s + valueAt(run.scenario, 'bankProfit', k, H) / valueAt(run.scenario, 'credit', k, H), 0) / K;
    expect(Math.abs((f.profitPerCredit ?? 0) - meanOfRatios)).toBeGreaterThan(1e-6);
  });

  it('gives the bad-loan ratios of the scenario and of its counterfactual', () => {
    const f = bankFigures(run);
    expect(f.nplRatio).toBeCloseTo(valueAt(run.scenario, 'npl', K, H) / valueAt(run.scenario, 'credit', K, H), 15);
    expect(f.counterfactualNplRatio).toBeCloseTo(valueAt(run.counterfactual, 'npl', K, H) / valueAt(run.counterfactual, 'credit', K, H), 15);
    // The guarantee adds credit and moral hazard: the two books differ.
    expect(f.nplRatio).not.toBeCloseTo(f.counterfactualNplRatio ?? 0, 6);
    expect(nplRatioAt(run.scenario, 0)).toBeCloseTo(nplRatioAt(run.counterfactual, 0) ?? NaN, 12);
  });

  it('splits the capital requirement by class so that the classes add up to the total', () => {
    const { capitalByClass } = bankFigures(run);
    const total = seriesOf(run.scenario, 'capital', K);
    expect(capitalByClass).toHaveLength(K);
    total.forEach((v, t) => expect(capitalByClass.reduce((s, row) => s + row[t], 0)).toBeCloseTo(v, 9));
    expect(capitalByClass.every((row) => row.every((v) => v > 0))).toBe(true);
  });

  it('takes the book\'s loss rate from the totals and each class\'s from its own loss and credit', () => {
    const f = bankFigures(run);
    expect(f.lossRate).toHaveLength(H + 1);
    f.lossRate.forEach((v, t) => expect(v).toBeCloseTo(valueAt(run.scenario, 'expectedLoss', K, t) / valueAt(run.scenario, 'credit', K, t), 15));
    expect(f.lossRateByClass).toHaveLength(K);
    f.lossRateByClass.forEach((row, k) => row.forEach((v, t) => expect(v).toBeCloseTo(valueAt(run.scenario, 'expectedLoss', k, t) / valueAt(run.scenario, 'credit', k, t), 15)));
    // The book's rate is the credit-weighted one, not the mean of the classes' rates.
    const meanOfRates = f.lossRateByClass.reduce((s, row) => s + row[H], 0) / K;
    expect(Math.abs(f.lossRate[H] - meanOfRates)).toBeGreaterThan(1e-6);
  });

  it('gives a loss rate of 0 in a year without credit rather than a division by zero', () => {
    // The first class lends nothing in any year.
    const values = Float64Array.from(run.scenario.values);
    const start = (SERIES_NAMES.indexOf('credit') * (K + 1) + 0) * (H + 1);
    values.fill(0, start, start + H + 1);
    const f = bankFigures({ ...run, scenario: { ...run.scenario, values } });
    expect(f.lossRateByClass[0]).toEqual(Array(H + 1).fill(0));
    expect(f.lossRateByClass[1].every((v) => v > 0)).toBe(true);
  });

  it('gives the changes against the counterfactual and the jobs per unit of added loss', () => {
    const f = bankFigures(run);
    const lossChange = totalDifference(run.scenario, run.counterfactual, 'expectedLoss');
    expect(f.lossChange).toBe(lossChange);
    expect(f.rwaChange).toBe(totalDifference(run.scenario, run.counterfactual, 'rwa'));
    expect(lossChange).not.toBe(0);
    expect(f.jobsPerLoss).toBeCloseTo(totalDifference(run.scenario, run.counterfactual, 'employment') / lossChange, 12);
    expect(bankFigures({ ...run, counterfactual: run.scenario }).jobsPerLoss).toBeNull();
  });
});

describe('the guarantee-fund view figures', () => {
  it('finds the year the shipped fund runs dry, from the warnings and from the series alike', () => {
    const run = runOf('iran-guarantee-fund-runs-dry.json');
    const f = fundFigures(run);
    expect(f.hasGuarantee).toBe(true);
    expect(f.fundGiven).toBe(true);
    expect(f.dryYear).toBe(run.scenario.warnings.find((w) => w.code === 'fund-exhausted')?.year);
    expect(f.dryYear).not.toBeNull();
    const dry = f.dryYear ?? 0;
    expect(f.capital[dry]).toBeLessThan(0);
    for (let t = 0; t < dry; t++) expect(f.capital[t]).toBeGreaterThanOrEqual(0);
    // Without the warnings list the series give the same year.
    const withoutWarnings = fundFigures({ ...run, scenario: { ...run.scenario, warnings: [] } });
    expect(withoutWarnings.dryYear).toBe(f.dryYear);
    expect(withoutWarnings.aboveCapYear).toBe(f.aboveCapYear);
  });

  it('defines leverage only where the fund has capital, and says the fund is exhausted at the horizon', () => {
    const run = runOf('iran-guarantee-fund-runs-dry.json');
    const f = fundFigures(run);
    f.capital.forEach((kg, t) => {
      if (kg > 0) expect(f.leverage[t]).toBeCloseTo(f.exposure[t] / kg, 12);
      else expect(f.leverage[t]).toBeNaN();
    });
    expect(f.capital[run.model.horizon]).toBeLessThan(0);
    expect(f.leverageAtHorizon).toBeNull();
    expect(f.leverageCap).toBe(10);
    expect(f.aboveCapYear).toBe(1);
  });

  it('keeps the solvent twin solvent, with its leverage at the horizon', () => {
    const run = runOf('iran-guarantee-fund-solvent.json');
    const f = fundFigures(run);
    expect(f.dryYear).toBeNull();
    const H = run.model.horizon;
    expect(f.leverageAtHorizon).toBeCloseTo(f.exposure[H] / f.capital[H], 12);
  });

  it('sums fees and payouts over the simulated years, and gives each covered class its break-even fee and additionality', () => {
    const run = runOf('iran-guarantee-fund-runs-dry.json');
    const { model } = run;
    const K = model.classCount;
    const H = model.horizon;
    const f = fundFigures(run);
    let fees = 0;
    let payouts = 0;
    for (let t = 1; t <= H; t++) {
      fees += valueAt(run.scenario, 'guaranteeFees', K, t);
      payouts += valueAt(run.scenario, 'guaranteeCost', K, t);
    }
    expect(f.totalFees).toBeCloseTo(fees, 9);
    expect(f.totalPayouts).toBeCloseTo(payouts, 9);
    // The file covers micro, small and medium (0.35, 0.35, 0.25), not large.
    expect(f.classes.map((c) => model.classIds[c.classIndex])).toEqual(['micro', 'small', 'medium']);
    for (const row of f.classes) {
      const k = row.classIndex;
      expect(row.coverage).toBe(model.guaranteeCoverage[k]);
      expect(row.fee).toBe(0.01);
      expect(row.breakEvenFee).toBeCloseTo(valueAt(run.scenario, 'defaultProbability', k, H) * model.lgd[k], 15);
      // A fee below its break-even is what drains the fund.
      expect(row.breakEvenFee).toBeGreaterThan(row.fee);
    }
    // MODEL.md 4: alpha 0.4 at coverage 0.35 gives 0.4 / 1.14.
    expect(f.classes[0].extraCreditPerGuaranteed).toBeCloseTo(0.4 / 1.14, 12);
    expect(FOGAPE_EXTRA_CREDIT).toBe(0.65);
  });

  it('says a scenario without coverage has no guarantee, and a fund without starting capital cannot run dry', () => {
    const none = fundFigures(runOf('iran-credit-reallocation.json'));
    expect(none.hasGuarantee).toBe(false);
    expect(none.classes).toEqual([]);
    expect(none.dryYear).toBeNull();
    const noCapital = runOf('iran-guarantee-fund-runs-dry.json', (file) => {
      delete policyOf(file).guaranteeFundCapital;
      delete (file.provenance as Record<string, unknown>)['policy.guaranteeFundCapital'];
    });
    const f = fundFigures(noCapital);
    expect(f.fundGiven).toBe(false);
    expect(f.capital.some((v) => v < 0)).toBe(true);
    expect(f.dryYear).toBeNull();
    expect(f.aboveCapYear).toBeNull();
  });
});
