import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FAN_PERCENTILES,
  MonteCarloRun,
  createDistribution,
  createRandom,
  goalSeek,
  normalQuantile,
  percentiles,
  prepareScenario,
  project,
  runMonteCarlo,
  sensitivity,
  totalAtHorizon,
  totalDifference,
  NO_LEVERS,
  type PreparedModel,
  type ScenarioSpec,
  type UncertaintySpec,
} from '../../src/engine';

const golden = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../shared/golden/golden-four-classes.json'), 'utf8'),
) as ScenarioSpec;

function prepared(spec: ScenarioSpec): PreparedModel {
  const result = prepareScenario(spec);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.model;
}

const model = prepared(golden);
const entries: UncertaintySpec[] = [
  { param: 'assumptions.creditElasticity.micro', dist: 'triangular', low: 0.2, high: 0.6, mode: 0.4 },
  { param: 'assumptions.pd.small', dist: 'normal', low: 0.03, high: 0.09, sd: 0.01 },
  { param: 'policy.reallocation', dist: 'uniform', low: 0.05, high: 0.15 },
  { param: 'assumptions.domesticDemandGrowth', dist: 'uniform', low: 0, high: 0.04 },
];

describe('seeded random numbers', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    for (const u of seqA) expect(u >= 0 && u < 1).toBe(true);
  });

  it('draws from every distribution stay inside low..high, and the triangular mean is (a+b+c)/3', () => {
    const random = createRandom(7);
    const tri = createDistribution('triangular', 1, 4, 2);
    const normal = createDistribution('normal', -1, 1, 0.5, 2);
    let sum = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const x = tri.fromUniform(random());
      const y = normal.fromUniform(random());
      expect(x >= 1 && x <= 4).toBe(true);
      expect(y >= -1 && y <= 1).toBe(true);
      sum += x;
    }
    expect(sum / n).toBeCloseTo(7 / 3, 1);
  });

  it('inverts the normal distribution: the quantile of 0.975 is 1.959964', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
  });
});

describe('percentiles', () => {
  it('interpolates between order statistics like the common type-7 definition', () => {
    const values = Float64Array.from([10, 1, 4, 7, 3, 9, 2, 8, 6, 5]);
    // Sorted: 1..10; position p/100 * 9.
    const got = percentiles(values, [5, 25, 50, 75, 95]);
    [1.45, 3.25, 5.5, 7.75, 9.55].forEach((want, i) => expect(got[i]).toBeCloseTo(want, 12));
  });

  it('gives exactly what sorting gives, with ties and on arrays long enough for sampled selection', () => {
    const bySorting = (values: number[], ps: readonly number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return ps.map((p) => {
        const position = (p / 100) * (sorted.length - 1);
        const lower = Math.floor(position);
        const fraction = position - lower;
        return fraction === 0 || lower + 1 >= sorted.length ? sorted[lower] : sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]);
      });
    };
    const ps = [5, 25, 50, 75, 95];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 40 }),
          fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 3000 }),
          fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 601, maxLength: 5000 }),
        ),
        (values) => {
          expect(percentiles(Float64Array.from(values), ps)).toEqual(bySorting(values, ps));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Monte Carlo', () => {
  it('gives the same fan for the same seed, and another fan for another seed', () => {
    const a = runMonteCarlo(model, entries, 300, 11);
    const b = runMonteCarlo(model, entries, 300, 11);
    const c = runMonteCarlo(model, entries, 300, 12);
    expect(b).toEqual(a);
    expect(c.totals.employment).not.toEqual(a.totals.employment);
  });

  it('collapses to the central run when every range has zero width', () => {
    const central = project(model);
    const counterfactual = project(model, NO_LEVERS);
    const fixed: UncertaintySpec[] = [
      { param: 'assumptions.creditElasticity.micro', dist: 'uniform', low: 0.4, high: 0.4 },
      { param: 'policy.reallocation', dist: 'normal', low: 0.12, high: 0.12, sd: 0.01 },
    ];
    const fan = runMonteCarlo(model, fixed, 50, 3);
    for (let i = 0; i < FAN_PERCENTILES.length; i++) {
      expect(fan.totals.employment[i][model.horizon]).toBe(totalAtHorizon(central, 'employment'));
      expect(fan.effects.output[i][model.horizon]).toBe(totalDifference(central, counterfactual, 'output'));
    }
  });

  it('orders the percentiles and brackets the central run for a symmetric range', () => {
    const fan = runMonteCarlo(model, [{ param: 'assumptions.creditElasticity.small', dist: 'uniform', low: 0.6, high: 0.8 }], 2000, 5);
    const H = model.horizon;
    const e = fan.effects.employment.map((row) => row[H]);
    for (let i = 1; i < e.length; i++) expect(e[i]).toBeGreaterThanOrEqual(e[i - 1]);
    const central = project(model);
    const effect = totalDifference(central, project(model, NO_LEVERS), 'employment');
    expect(effect).toBeGreaterThan(e[0]);
    expect(effect).toBeLessThan(e[4]);
  });

  it('streams in steps to the same result as one run', () => {
    const stepped = new MonteCarloRun(model, entries, 500, 9);
    let partial = stepped.summary();
    expect(partial.draws).toBe(0);
    while (!stepped.finished) {
      stepped.step(100);
      partial = stepped.summary();
    }
    expect(partial).toEqual(runMonteCarlo(model, entries, 500, 9));
  });

  it('gives the same numbers when it reuses the memory of an earlier, larger run, and refuses work once disposed', () => {
    const first = runMonteCarlo(model, entries, 300, 21);
    runMonteCarlo(model, entries, 2000, 4); // leaves a larger spare store, full of other draws
    expect(runMonteCarlo(model, entries, 300, 21)).toEqual(first);
    const run = new MonteCarloRun(model, entries, 50, 1);
    run.step(50);
    run.dispose();
    expect(() => run.summary()).toThrow(/disposed/);
    expect(() => run.step(1)).toThrow(/disposed/);
  });

  it('leaves the prepared model untouched', () => {
    const before = JSON.stringify({ r: model.reallocation, e: Array.from(model.creditElasticity), d: Array.from(model.domesticDemandGrowth) });
    runMonteCarlo(model, entries, 100, 1);
    expect(JSON.stringify({ r: model.reallocation, e: Array.from(model.creditElasticity), d: Array.from(model.domesticDemandGrowth) })).toBe(before);
  });
});

describe('sensitivity', () => {
  it('sorts the tornado by swing and keeps a stable order across runs', () => {
    const a = sensitivity(model, entries, 'employment');
    const b = sensitivity(model, entries, 'employment');
    expect(b).toEqual(a);
    expect(a.bars.map((bar) => bar.param).sort()).toEqual(entries.map((e) => e.param).sort());
    for (let i = 1; i < a.bars.length; i++) expect(a.bars[i].swing).toBeLessThanOrEqual(a.bars[i - 1].swing);
  });

  it('moves each parameter alone: the bar ends equal runs with only that parameter changed', () => {
    const result = sensitivity(model, entries, 'output');
    const bar = result.bars.find((b) => b.param === 'policy.reallocation');
    if (!bar) throw new Error('no bar for policy.reallocation');
    const high = prepared({ ...golden, policy: { ...golden.policy, reallocation: 0.15 } });
    expect(bar.effectAtHigh).toBeCloseTo(totalDifference(project(high), project(high, NO_LEVERS), 'output'), 9);
  });

  it('without uncertainty entries, varies every numeric assumption by 25% within its range, every class at once', () => {
    const result = sensitivity(model, [], 'employment');
    expect(result.fromUncertainty).toBe(false);
    const smoothness = result.bars.find((b) => b.param === 'assumptions.smoothness');
    expect(smoothness?.low).toBeCloseTo(3, 12);
    expect(smoothness?.high).toBeCloseTo(5, 12);
    expect(smoothness?.allClasses).toBe(false);
    // A per-class assumption is one bar that moves every class: its ends are the first class's.
    const theta = result.bars.find((b) => b.param === 'assumptions.financeBoundShare');
    expect(theta?.allClasses).toBe(true);
    expect(theta?.high).toBe(0.65 * 1.25);
    expect(result.bars.some((b) => b.param.startsWith('assumptions.financeBoundShare.'))).toBe(false);
    // Every class moves together: the bar's end equals a run with every class's value raised by 25%.
    const raised = Object.fromEntries(golden.economy.classes.map((c) => [c.id, model.financeBoundShare[golden.economy.classes.indexOf(c)] * 1.25]));
    const high = prepared({ ...golden, assumptions: { ...golden.assumptions, financeBoundShare: raised } });
    expect(theta?.effectAtHigh).toBeCloseTo(totalDifference(project(high), project(high, NO_LEVERS), 'employment'), 9);
    // A value of 0 moves by a tenth of its range's width (productivity drift: range -0.2 to 0.3).
    const noDrift = sensitivity(prepared({ ...golden, assumptions: { ...golden.assumptions, productivityGrowth: 0 } }), [], 'employment');
    const drift = noDrift.bars.find((b) => b.param === 'assumptions.productivityGrowth');
    expect(drift?.low).toBeCloseTo(-0.05, 12);
    expect(drift?.high).toBeCloseTo(0.05, 12);
    // worldDemandGrowth is an expression in this file: it cannot vary.
    expect(result.bars.some((b) => b.param === 'assumptions.worldDemandGrowth')).toBe(false);
    // A value at the top of its range is clamped there.
    const capped = sensitivity(prepared({ ...golden, assumptions: { ...golden.assumptions, capitalRatio: 0.5 } }), [], 'employment');
    expect(capped.bars.find((b) => b.param === 'assumptions.capitalRatio')?.high).toBe(0.5);
  });
});

describe('goal seek', () => {
  it('finds the smallest reallocation that reaches a jobs target, within 0.1%', () => {
    const baseline = prepared({ ...golden, policy: { ...golden.policy, reallocation: 0.05 } });
    const target = 300; // thousand persons more at the horizon
    const result = goalSeek(baseline, { measure: 'employment', direction: 'atLeast', value: target });
    if (!result.reachable) throw new Error('expected reachable');
    const applied = prepared({ ...golden, policy: { ...golden.policy, reallocation: result.reallocation } });
    const effect = totalDifference(project(applied), project(applied, NO_LEVERS), 'employment');
    expect(effect).toBeGreaterThanOrEqual(target);
    expect(Math.abs(effect - target) / target).toBeLessThan(1e-3);
    // Smallest: a little less falls short.
    const less = prepared({ ...golden, policy: { ...golden.policy, reallocation: result.reallocation * 0.99 } });
    expect(totalDifference(project(less), project(less, NO_LEVERS), 'employment')).toBeLessThan(target);
  });

  it('says a target is unreachable and gives the best value when demand binds', () => {
    // Demand-bound recipients (tiny finance-bound share) cannot turn credit into jobs.
    const demandBound = prepared({
      ...golden,
      assumptions: { ...golden.assumptions, financeBoundShare: 0.01 },
      policy: { ...golden.policy, exportShareTarget: undefined, guaranteeCoverage: 0 },
    });
    const result = goalSeek(demandBound, { measure: 'employment', direction: 'atLeast', value: 1e6 });
    expect(result.reachable).toBe(false);
    if (result.reachable) return;
    expect(result.bestReallocation).toBeGreaterThan(0);
    expect(result.bestReallocation).toBeLessThan(demandBound.donorShare);
    expect(result.bestEffect).toBeLessThan(1e6);
  });

  it('returns zero when the target is already met without moving credit (a loss ceiling)', () => {
    const result = goalSeek(model, { measure: 'expectedLoss', direction: 'atMost', value: 1e9 });
    expect(result).toMatchObject({ reachable: true, reallocation: 0 });
  });
});

describe('which constraint binds', () => {
  it('recovers the calibrated finance-bound share in the base year and flags F < D above one half', async () => {
    const { financeBoundShareSeries, valueAt } = await import('../../src/engine');
    const central = project(model);
    model.classIds.forEach((_, k) => {
      const shares = financeBoundShareSeries(central, k, model.smoothness);
      expect(shares[0]).toBeCloseTo(model.financeBoundShare[k], 10);
      shares.forEach((share, t) => {
        const F = valueAt(central, 'financeCapacity', k, t);
        const D = valueAt(central, 'demand', k, t);
        if (Math.abs(F - D) / D > 1e-9) expect(share > 0.5).toBe(F < D);
      });
    });
  });
});
