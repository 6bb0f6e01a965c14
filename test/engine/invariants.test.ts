/**
 * Property tests of the invariants of MODEL.md (version 2) section 8, one `it` per invariant 1-17 (its
 * name starts with the invariant's number), plus a few properties every valid scenario must satisfy.
 * Scenarios come from ./generate.ts: 2 to 8 classes, every version-2 input in range.
 * Expected values are computed here from the inputs (never read back from the engine's own inputs
 * arrays), with the tolerances MODEL.md states; where it states none, the tolerance is said beside the
 * check, and "equals" is checked exactly where the two sides are the same arithmetic on the same numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decomposeLevers, jobsPerCreditMovedOf } from '../../src/engine/effects';
import { prepareScenario, type PreparedModel } from '../../src/engine/prepare';
import { MEASURES, SERIES_NAMES, type SeriesName } from '../../src/engine/measures';
import { ALL_LEVERS, NO_LEVERS, project, valueAt, type LeverSwitches, type Projection } from '../../src/engine/project';
import { runScenario, type ScenarioRun } from '../../src/engine/report';
import type { PathValue, PolicySpec, ScenarioSpec } from '../../src/engine/types';
import { loadValue } from '../../src/scenario';
import {
  DEFAULTS,
  FOUR_CLASS_DEFAULTS,
  RANGE,
  VERSION_1_EQUIVALENTS,
  assumptionsOf,
  balancedScenarioArb,
  byClassArb,
  classPathAt,
  donorShareOf,
  effectiveRoles,
  growthFactor,
  pathAt,
  pathOf,
  pathText,
  perClassNumberArb,
  perClassPathOf,
  perClassPathText,
  perClassValue,
  raisePath,
  raisePathInYear,
  real,
  scaleCurrency,
  scenarioArb,
  toAssumptionsSpec,
  valueOf,
  version1File,
  withAssumptions,
  withClassValue,
  type Assumptions,
  type GeneratedPaths,
  type GeneratedScenario,
} from './generate';

// INVARIANT_RUNS=5000 npx vitest run test/engine/invariants.test.ts for a deeper search.
const RUNS = Number(process.env.INVARIANT_RUNS ?? 100);

function prepared(spec: ScenarioSpec): PreparedModel {
  const result = prepareScenario(spec);
  if (!result.ok) throw new Error(`generated scenario refused: ${JSON.stringify(result.issues)}\n${JSON.stringify(spec)}`);
  return result.model;
}

function run(spec: ScenarioSpec, levers: LeverSwitches = ALL_LEVERS): Projection {
  return project(prepared(spec), levers);
}

function runBoth(spec: ScenarioSpec): ScenarioRun {
  const result = runScenario(spec);
  if (!result.ok) throw new Error(`generated scenario refused: ${JSON.stringify(result.issues)}\n${JSON.stringify(spec)}`);
  return result.run;
}

/** |a - b| relative to the larger magnitude; 0 when equal (also both 0). */
function relativeDifference(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

function expectRelative(actual: number, expected: number, tolerance: number, what: string): void {
  const d = relativeDifference(actual, expected);
  if (!(d <= tolerance)) throw new Error(`${what}: got ${actual}, expected ${expected} (relative difference ${d} > ${tolerance})`);
}

/**
 * Values this small are subnormal or nearly so (below 2.2e-308 a double has fewer than 53 significant
 * bits): a bad-loan stock eroded for decades can get there, and no relative tolerance holds for them.
 */
const NEGLIGIBLE = 1e-300;

/** Checks |actual - expected| <= tolerance * scale (a difference whose terms are of size `scale`), or is negligible. */
function expectWithin(actual: number, expected: number, tolerance: number, scale: number, what: string): void {
  if (!(Math.abs(actual - expected) <= Math.max(tolerance * scale, NEGLIGIBLE))) {
    throw new Error(`${what}: got ${actual}, expected ${expected} (difference ${Math.abs(actual - expected)} > ${tolerance} x ${scale})`);
  }
}

function classIdsOf(spec: ScenarioSpec): string[] {
  return spec.economy.classes.map((c) => c.id);
}

/** The name of class index k, or `total`. */
function nameOf(p: Projection, k: number): string {
  return k === p.classCount ? 'total' : p.classIds[k];
}

/**
 * The size of the terms a value is made of, for the few series that are differences (MODEL.md 4): bank
 * profit (interest less funding, costs, losses and the cost of capital), fund capital (fees less
 * payouts, carried), domestic sales (output less exports), and a total (the classes' sum, of either
 * sign). Where the terms nearly cancel, rounding is relative to them, not to the small difference.
 */
function termScale(spec: ScenarioSpec, paths: GeneratedPaths, p: Projection, series: SeriesName, k: number, t: number): number {
  const K = p.classCount;
  if (k === K && MEASURES[series].scope === 'perClass') {
    let sum = 0;
    for (let j = 0; j < K; j++) sum += termScale(spec, paths, p, series, j, t);
    return sum;
  }
  const H = p.horizon;
  const year = Math.max(1, t);
  switch (series) {
    case 'bankProfit': {
      const a = assumptionsOf(spec);
      const id = p.classIds[k];
      const inflation = pathAt(paths.inflation, year, H);
      const rL = (1 + classPathAt(paths.lendingRate, id, year, H)) / (1 + inflation) - 1;
      const rD = (1 + pathAt(paths.fundingRate, year, H)) / (1 + inflation) - 1;
      const opCost = perClassValue(a.operatingCost, id, K === 4 ? FOUR_CLASS_DEFAULTS.operatingCost[k] : NaN);
      const rhoE = a.costOfEquity ?? DEFAULTS.costOfEquity;
      const kappa = a.capitalRatio ?? 0.08;
      const C = valueAt(p, 'credit', k, t);
      return (
        Math.abs(rL) * (C + valueAt(p, 'npl', k, t)) +
        (Math.abs(rD) + opCost) * C +
        valueAt(p, 'expectedLoss', k, t) +
        Math.abs(rhoE - rD) * kappa * valueAt(p, 'rwa', k, t) +
        Math.abs(valueAt(p, 'bankProfit', k, t))
      );
    }
    case 'fundCapital': {
      const r = scalarOf(spec, 'fundReturn');
      let scale = Math.abs(spec.policy?.guaranteeFundCapital ?? 0) * Math.pow(1 + r, t);
      for (let tau = 1; tau <= t; tau++) scale += (valueAt(p, 'guaranteeFees', K, tau) + valueAt(p, 'guaranteeCost', K, tau)) * Math.pow(1 + r, t - tau);
      return scale + Math.abs(valueAt(p, 'fundCapital', K, t));
    }
    case 'domesticSales':
      return valueAt(p, 'output', k, t);
    default:
      return Math.abs(valueAt(p, series, k, t));
  }
}

/** Compares two projections of the same economy value by value, exactly, except the series in `except`. */
function expectSameSeries(a: Projection, b: Projection, except: ReadonlySet<SeriesName>, what: string): void {
  for (const series of SERIES_NAMES) {
    if (except.has(series)) continue;
    for (let k = 0; k <= a.classCount; k++) {
      for (let t = 0; t <= a.horizon; t++) {
        const va = valueAt(a, series, k, t);
        const vb = valueAt(b, series, k, t);
        if (!Object.is(va, vb)) throw new Error(`${what}: ${series}[${nameOf(a, k)}] at t=${t} changed from ${va} to ${vb}`);
      }
    }
  }
}

/** Output of every class in `ids` is not lower in `after` than in `before` in any year (1e-12 relative). */
function expectOutputNotLower(before: Projection, after: Projection, ids: readonly string[], what: string): void {
  for (const id of ids) {
    const k = before.classIds.indexOf(id);
    for (let t = 0; t <= before.horizon; t++) {
      const y0 = valueAt(before, 'output', k, t);
      const y1 = valueAt(after, 'output', k, t);
      if (!(y1 >= y0 * (1 - 1e-12))) throw new Error(`${what}: output of ${id} at t=${t} fell from ${y0} to ${y1}`);
    }
  }
}

/** The classes whose credit the policy raised: C_k(t) >= Cn_k(t) in every year (MODEL.md 8.6 and 8.16). */
function raisedByPolicy(p: Projection): string[] {
  return p.classIds.filter((_, k) => {
    for (let t = 0; t <= p.horizon; t++) if (!(valueAt(p, 'credit', k, t) >= valueAt(p, 'creditWithoutReallocation', k, t))) return false;
    return true;
  });
}

/** The coverage gamma_k the file gives a class (0 where it gives none). */
function coverageOf(spec: ScenarioSpec, id: string): number {
  return perClassValue(spec.policy?.guaranteeCoverage, id, 0);
}

/** A scalar assumption as it takes effect: the file's value, else MODEL.md 3.2's default. */
function scalarOf(spec: ScenarioSpec, name: 'guaranteeAdditionality' | 'fundReturn' | 'diversionSensitivity'): number {
  return assumptionsOf(spec)[name] ?? DEFAULTS[name];
}

function withPolicy(spec: ScenarioSpec, changes: PolicySpec): ScenarioSpec {
  return { ...spec, policy: { ...spec.policy, ...changes } };
}

/** The scenario without its guarantee lever: no coverage and no fund (MODEL.md 3.3). */
function withoutGuarantee(spec: ScenarioSpec): ScenarioSpec {
  const policy: Record<string, unknown> = { ...spec.policy };
  delete policy.guaranteeCoverage;
  delete policy.guaranteeFundCapital;
  return { ...spec, policy: policy as PolicySpec };
}

/** A scenario whose guarantee covers at least one class (coverage at least 0.01 there). */
function coveredScenarioArb(): fc.Arbitrary<GeneratedScenario> {
  return scenarioArb().chain((g) => {
    const ids = classIdsOf(g.spec);
    return fc
      .record({ coverage: byClassArb(ids, fc.oneof(fc.constant(0), real(0, 1))), forced: fc.nat(ids.length - 1), floor: real(0.01, 1) })
      .map(({ coverage, forced, floor }) => {
        const id = ids[forced];
        const guaranteeCoverage = { ...coverage, [id]: Math.max(coverage[id], floor) };
        return { ...g, spec: withPolicy(g.spec, { guaranteeCoverage }) };
      });
  });
}

/** The eight on/off settings of the three levers (MODEL.md 5, lever decomposition). */
const LEVER_SETTINGS: readonly LeverSwitches[] = Array.from({ length: 8 }, (_, mask) => ({ credit: (mask & 1) !== 0, exports: (mask & 2) !== 0, guarantee: (mask & 4) !== 0 }));

// Where a lever is absent the raised value starts from MODEL.md 3.2's default.
const PATH_DEFAULT = { domesticDemandGrowth: 0.02, worldDemandGrowth: 0.03, creditGrowth: 0.02, rawMaterialInflation: 0 } as const;

describe('MODEL.md 8 invariants (property tests)', () => {
  it('1. year 0 reproduces the data (output, employment, exports, credit, firms) to 1e-12 relative', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ spec }) => {
        const { scenario, counterfactual } = runBoth(spec);
        for (const p of [scenario, counterfactual]) {
          spec.economy.classes.forEach((c, k) => {
            expectRelative(valueAt(p, 'output', k, 0), c.output, 1e-12, `output ${c.id}`);
            expectRelative(valueAt(p, 'employment', k, 0), c.employment, 1e-12, `employment ${c.id}`);
            expectRelative(valueAt(p, 'exports', k, 0), c.exportShare * c.output, 1e-12, `exports ${c.id}`);
            expectRelative(valueAt(p, 'credit', k, 0), c.credit, 1e-12, `credit ${c.id}`);
            expectRelative(valueAt(p, 'firms', k, 0), c.firms, 1e-12, `firms ${c.id}`);
            // The bad-loan ratio is data too, where the file gives it (MODEL.md 4: NPL_k(0) = nplRatio_k C_k(0)).
            if (c.nplRatio !== undefined) expectRelative(valueAt(p, 'npl', k, 0), c.nplRatio * c.credit, 1e-12, `npl ${c.id}`);
          });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('2. sum_k s_k(t) L(t) = L(t) every year and, with no guarantee, sum_k C_k(t) = L(t) (1e-12 relative); no class credit is negative', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb(), scenarioArb({ off: ['guarantee'] })), ({ spec, paths }) => {
        const p = run(spec);
        const K = p.classCount;
        const H = p.horizon;
        const ids = classIdsOf(spec);
        const alpha = scalarOf(spec, 'guaranteeAdditionality');
        const noGuarantee = alpha === 0 || ids.every((id) => coverageOf(spec, id) === 0);
        const L0 = spec.economy.classes.reduce((sum, c) => sum + c.credit, 0);
        for (let t = 0; t <= H; t++) {
          const L = L0 * growthFactor(paths.creditGrowth, t, H);
          // MODEL.md 4: C_k = s_k L (1 + alpha gamma_k(t)), gamma_k(0) = 0; so s_k L = C_k / (1 + alpha gamma_k(t)).
          let allocated = 0;
          let bank = 0;
          for (let k = 0; k < K; k++) {
            const C = valueAt(p, 'credit', k, t);
            if (!(C >= 0)) throw new Error(`credit of ${ids[k]} at t=${t} is ${C}`);
            const gamma = t === 0 ? 0 : coverageOf(spec, ids[k]);
            allocated += C / (1 + alpha * gamma);
            bank += C;
          }
          expectRelative(allocated, L, 1e-12, `sum of s_k L at t=${t}`);
          expectRelative(valueAt(p, 'credit', K, t), bank, 1e-12, `total credit vs the sum of the classes' at t=${t}`);
          if (noGuarantee) expectRelative(bank, L, 1e-12, `sum of class credit (no guarantee) at t=${t}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('3. with the levers off (no reallocation, export target, coverage or fund capital) the scenario equals its counterfactual exactly', () => {
    fc.assert(
      fc.property(scenarioArb({ leversOff: true }), ({ spec }) => {
        const { scenario, counterfactual } = runBoth(spec);
        expectSameSeries(scenario, counterfactual, new Set(), 'scenario vs counterfactual');
      }),
      { numRuns: RUNS },
    );
  });

  it('4. multiplying output, credit and fund capital by c multiplies the currency series by c (1e-9), leaves jobs, firms and ratios unchanged, and divides jobs per unit of credit by c', () => {
    // Every series the projection writes, by how it must respond to the currency unit.
    const response: Record<SeriesName, 'scaled' | 'unchanged'> = {
      credit: 'scaled',
      realisedCredit: 'scaled',
      financeCapacity: 'scaled',
      demand: 'scaled',
      output: 'scaled',
      exports: 'scaled',
      employment: 'unchanged',
      firms: 'unchanged',
      expectedLoss: 'scaled',
      guaranteeCost: 'scaled',
      npl: 'scaled',
      rwa: 'scaled',
      bankProfit: 'scaled',
      capital: 'scaled',
      guaranteedExposure: 'scaled',
      guaranteeFees: 'scaled',
      fundCapital: 'scaled',
      creditWithoutReallocation: 'scaled',
      defaultProbability: 'unchanged',
      realLendingRate: 'unchanged',
      provisions: 'scaled',
      domesticSales: 'scaled',
    };
    fc.assert(
      fc.property(scenarioArb(), real(-3, 6), ({ spec, paths }, exponent) => {
        const c = Math.pow(10, exponent);
        const baseModel = prepared(spec);
        const scaledModel = prepared(scaleCurrency(spec, c));
        const base = project(baseModel);
        const scaled = project(scaledModel);
        for (const series of SERIES_NAMES) {
          const factor = response[series] === 'scaled' ? c : 1;
          for (let k = 0; k <= base.classCount; k++) {
            for (let t = 0; t <= base.horizon; t++) {
              // 1e-9 relative to the value, or to its terms where it is a difference (termScale).
              const scale = factor * termScale(spec, paths, base, series, k, t);
              expectWithin(valueAt(scaled, series, k, t), factor * valueAt(base, series, k, t), 1e-9, scale, `${series}[${nameOf(base, k)}] t=${t} (c=${c})`);
            }
          }
        }
        // Jobs per unit of credit moved (MODEL.md 5), at every year: the same jobs over c times the credit.
        const creditOnly = { credit: true, exports: false, guarantee: false };
        const runs = [baseModel, scaledModel].map((m) => ({ model: m, creditOnly: project(m, creditOnly), cf: project(m, NO_LEVERS) }));
        const [b, s] = runs;
        const K = b.model.classCount;
        // The credit the recipients gained (MODEL.md 5's denominator), in the unscaled run.
        const creditMoved = (t: number) =>
          b.model.classIds.reduce((sum, _, k) => sum + (b.model.isRecipient[k] ? valueAt(b.creditOnly, 'credit', k, t) - valueAt(b.creditOnly, 'creditWithoutReallocation', k, t) : 0), 0);
        for (let t = 0; t <= b.model.horizon; t++) {
          const jobs = jobsPerCreditMovedOf(b.model, b.creditOnly, b.cf, t);
          const jobsScaled = jobsPerCreditMovedOf(s.model, s.creditOnly, s.cf, t);
          const moved = creditMoved(t);
          if (Number.isNaN(jobs) || Number.isNaN(jobsScaled)) {
            // Undefined where no credit has moved; moving c times the credit moves some in both or in
            // neither, unless what moved is at the rounding level of the credit stock.
            if (!(Number.isNaN(jobs) && Number.isNaN(jobsScaled)) && Math.abs(moved) > 1e-9 * valueAt(b.creditOnly, 'credit', K, t)) {
              throw new Error(`jobs per unit of credit at t=${t}: ${jobs} unscaled, ${jobsScaled} scaled`);
            }
            continue;
          }
          // The jobs are a difference of two employment totals, each unchanged to 1e-9 relative: the
          // tolerance is 1e-9 of those totals per unit of credit moved.
          const scale = Math.abs(jobs) + (Math.abs(valueAt(b.creditOnly, 'employment', K, t)) + Math.abs(valueAt(b.cf, 'employment', K, t))) / Math.abs(moved);
          expectWithin(jobsScaled * c, jobs, 1e-9, scale, `jobs per unit of credit at t=${t} (c=${c})`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("5. raising domesticDemandGrowth, worldDemandGrowth, productivityGrowth or an exportShareTarget never lowers any class's output; raising rawMaterialInflation in any year never raises any", () => {
    const raise = fc.oneof(
      fc.record({ kind: fc.constant('domesticDemandGrowth' as const), delta: real(0, 0.5), from: fc.integer({ min: 1, max: 30 }) }),
      fc.record({ kind: fc.constant('worldDemandGrowth' as const), delta: real(0, 0.5), from: fc.integer({ min: 1, max: 30 }) }),
      fc.record({
        kind: fc.constant('productivityGrowth' as const),
        classIndex: fc.nat(7),
        delta: real(0, 0.5),
        from: fc.integer({ min: 1, max: 30 }),
      }),
      fc.record({ kind: fc.constant('exportShareTarget' as const), classIndex: fc.nat(7), delta: real(0, 0.9) }),
    );
    fc.assert(
      fc.property(scenarioArb(), fc.array(raise, { minLength: 1, maxLength: 3 }), ({ spec }, raises) => {
        const ids = classIdsOf(spec);
        const x0 = (id: string) => spec.economy.classes[ids.indexOf(id)].exportShare;
        let assumptions: Assumptions = assumptionsOf(spec);
        let policy: PolicySpec = spec.policy ?? {};
        for (const r of raises) {
          if (r.kind === 'domesticDemandGrowth' || r.kind === 'worldDemandGrowth') {
            const current = assumptions[r.kind] ?? PATH_DEFAULT[r.kind];
            assumptions = { ...assumptions, [r.kind]: raisePath(current, r.delta, r.from, RANGE[r.kind][1]) };
          } else if (r.kind === 'productivityGrowth') {
            const id = ids[r.classIndex % ids.length];
            const next = withClassValue<PathValue>(assumptions.productivityGrowth, ids, id, () => 0, (v) => raisePath(v, r.delta, r.from, RANGE.productivityGrowth[1]));
            assumptions = { ...assumptions, productivityGrowth: next };
          } else {
            const id = ids[r.classIndex % ids.length];
            const next = withClassValue(policy.exportShareTarget, ids, id, x0, (v) => Math.min(RANGE.exportShareTarget[1], v + r.delta));
            policy = { ...policy, exportShareTarget: next };
          }
        }
        expectOutputNotLower(run(spec), run({ ...spec, assumptions: toAssumptionsSpec(assumptions), policy }), ids, `after ${JSON.stringify(raises)}`);
      }),
      { numRuns: RUNS },
    );
    const dearer = fc.oneof(
      fc.record({ inOneYear: fc.constant(true), delta: real(0, 1.5), year: fc.integer({ min: 1, max: 30 }) }),
      fc.record({ inOneYear: fc.constant(false), delta: real(0, 1.5), year: fc.integer({ min: 1, max: 30 }) }),
    );
    fc.assert(
      fc.property(scenarioArb(), dearer, ({ spec }, { inOneYear, delta, year }) => {
        const current = spec.assumptions?.rawMaterialInflation ?? PATH_DEFAULT.rawMaterialInflation;
        const max = RANGE.rawMaterialInflation[1];
        const raised = inOneYear ? raisePathInYear(current, delta, year, max) : raisePath(current, delta, year, max);
        // Dearer inputs: `before` is the scenario with them, so its output must not be lower than the original's.
        expectOutputNotLower(run(withAssumptions(spec, { rawMaterialInflation: raised })), run(spec), classIdsOf(spec), `rawMaterialInflation ${JSON.stringify(raised)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it("6. more credit to a class never lowers its output; a higher creditRealisation never lowers the output of a class whose credit the policy raised", () => {
    const change = fc.oneof(
      // Recipients gain credit: a larger reallocation, or a shorter phase-in.
      fc.record({ kind: fc.constant('reallocationUp' as const), towards: real(0, 1) }),
      fc.record({ kind: fc.constant('phaseIn' as const), factor: real(0, 1) }),
      // Donors gain credit: a smaller reallocation.
      fc.record({ kind: fc.constant('reallocationDown' as const), factor: real(0, 1) }),
      // One recipient gains credit: a larger weight.
      fc.record({ kind: fc.constant('weight' as const), recipientIndex: fc.nat(7), delta: real(0, 10) }),
      // Every class gains credit: faster growth of the credit stock.
      fc.record({ kind: fc.constant('creditGrowth' as const), delta: real(0, 0.5), from: fc.integer({ min: 1, max: 30 }) }),
      // Covered classes gain credit: more extra lending per unit covered, or more coverage of one class.
      fc.record({ kind: fc.constant('additionality' as const), delta: real(0, 2) }),
      fc.record({ kind: fc.constant('coverage' as const), classIndex: fc.nat(7), delta: real(0, 1) }),
    );
    fc.assert(
      fc.property(scenarioArb(), change, ({ spec }, ch) => {
        const ids = classIdsOf(spec);
        const { donors, recipients } = effectiveRoles(ids, spec.policy);
        const policy = spec.policy ?? {};
        const assumptions = assumptionsOf(spec);
        let next: ScenarioSpec;
        let gaining: string[];
        switch (ch.kind) {
          case 'reallocationUp': {
            const rho = policy.reallocation ?? 0;
            const ceiling = 0.95 * donorShareOf(spec);
            next = withPolicy(spec, { reallocation: rho + ch.towards * Math.max(0, ceiling - rho) });
            gaining = recipients;
            break;
          }
          case 'phaseIn': {
            const years = policy.phaseInYears ?? 3; // MODEL.md 3.3 default
            next = withPolicy(spec, { phaseInYears: years * ch.factor });
            gaining = recipients;
            break;
          }
          case 'reallocationDown': {
            next = withPolicy(spec, { reallocation: (policy.reallocation ?? 0) * ch.factor });
            gaining = donors;
            break;
          }
          case 'weight': {
            const id = recipients[ch.recipientIndex % recipients.length];
            // Absent weights are proportional to base-year credit (MODEL.md 3.3): start from those.
            const credit0 = (k: string) => spec.economy.classes[ids.indexOf(k)].credit;
            next = withPolicy(spec, { recipientWeights: withClassValue(policy.recipientWeights, recipients, id, credit0, (w) => w + ch.delta) });
            gaining = [id];
            break;
          }
          case 'creditGrowth': {
            const g = raisePath(assumptions.creditGrowth ?? PATH_DEFAULT.creditGrowth, ch.delta, ch.from, RANGE.creditGrowth[1]);
            next = withAssumptions(spec, { creditGrowth: g });
            gaining = ids;
            break;
          }
          case 'additionality': {
            const alpha = Math.min(RANGE.guaranteeAdditionality[1], scalarOf(spec, 'guaranteeAdditionality') + ch.delta);
            next = withAssumptions(spec, { guaranteeAdditionality: alpha });
            gaining = ids;
            break;
          }
          case 'coverage': {
            const id = ids[ch.classIndex % ids.length];
            next = withPolicy(spec, { guaranteeCoverage: withClassValue(policy.guaranteeCoverage, ids, id, () => 0, (v) => Math.min(1, v + ch.delta)) });
            gaining = [id];
            break;
          }
        }
        const before = run(spec);
        const after = run(next);
        for (const id of gaining) {
          const k = ids.indexOf(id);
          for (let t = 0; t <= before.horizon; t++) {
            const c0 = valueAt(before, 'credit', k, t);
            const c1 = valueAt(after, 'credit', k, t);
            // The change must give the class more credit (MODEL.md 4), else the property is vacuous.
            if (!(c1 >= c0 * (1 - 1e-12))) throw new Error(`credit of ${id} at t=${t} fell from ${c0} to ${c1} (${ch.kind})`);
          }
        }
        expectOutputNotLower(before, after, gaining, ch.kind);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(scenarioArb(), fc.option(fc.nat(7), { nil: undefined }), real(0, 1), ({ spec }, classIndex, delta) => {
        const ids = classIdsOf(spec);
        const raised = classIndex === undefined ? ids : [ids[classIndex % ids.length]];
        const current = assumptionsOf(spec).creditRealisation;
        const creditRealisation = Object.fromEntries(
          ids.map((id) => {
            const a = perClassValue(current, id, DEFAULTS.creditRealisation);
            return [id, raised.includes(id) ? Math.min(1, a + delta) : a];
          }),
        );
        const before = run(spec);
        const after = run(withAssumptions(spec, { creditRealisation }));
        expectOutputNotLower(before, after, raisedByPolicy(before), `creditRealisation ${JSON.stringify(creditRealisation)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('7. listing the classes in another order (every per-class value written out, donors and recipients named) changes no result beyond 1e-12 relative', () => {
    const arb = scenarioArb({ objectsOnly: true, namedRoles: true }).chain((g) => {
      const K = g.spec.economy.classes.length;
      const indices = Array.from({ length: K }, (_, i) => i);
      return fc.record({
        g: fc.constant(g),
        order: fc.shuffledSubarray(indices, { minLength: K, maxLength: K }),
        donorsOrder: fc.boolean(),
      });
    });
    fc.assert(
      fc.property(arb, ({ g: { spec, paths }, order, donorsOrder }) => {
        const policy = spec.policy ?? {};
        const permuted: ScenarioSpec = {
          ...spec,
          economy: { ...spec.economy, classes: order.map((i) => spec.economy.classes[i]) },
          policy: donorsOrder ? { ...policy, donors: [...(policy.donors ?? [])].reverse(), recipients: [...(policy.recipients ?? [])].reverse() } : policy,
        };
        const a = run(spec);
        const b = run(permuted);
        const K = a.classCount;
        for (const series of SERIES_NAMES) {
          // Class k of `a` is class j of `b` where order[j] = k; the total is index K in both. A series is
          // compared relative to its own size over the years (sums in another order round differently),
          // the size of a difference or a total being that of its terms (termScale).
          for (let k = 0; k <= K; k++) {
            const j = k === K ? K : order.indexOf(k);
            let scale = 0;
            for (let t = 0; t <= a.horizon; t++) scale = Math.max(scale, termScale(spec, paths, a, series, k, t));
            for (let t = 0; t <= a.horizon; t++) {
              expectWithin(valueAt(b, series, j, t), valueAt(a, series, k, t), 1e-12, scale, `${series}[${nameOf(a, k)}] t=${t} after reordering`);
            }
          }
        }
        const key = (w: { code: string; class?: string; year: number }) => `${w.year}:${w.class ?? ''}:${w.code}`;
        expect(b.warnings.map(key).sort()).toEqual(a.warnings.map(key).sort());
      }),
      { numRuns: RUNS },
    );
  });

  it('8. the Shapley parts add up to the total effect (1e-9 relative), the total being scenario minus counterfactual', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ spec }) => {
        const model = prepared(spec);
        const scenario = project(model);
        const counterfactual = project(model, NO_LEVERS);
        const split = decomposeLevers(model, SERIES_NAMES);
        const settings = LEVER_SETTINGS.map((levers) => project(model, levers));
        const H = model.horizon;
        const K = model.classCount;
        for (const series of SERIES_NAMES) {
          const { total, parts } = split[series];
          const effect = valueAt(scenario, series, K, H) - valueAt(counterfactual, series, K, H);
          if (!(total === effect)) throw new Error(`${series}: decomposition total ${total} != scenario - counterfactual ${effect}`);
          const sum = parts.credit + parts.exports + parts.guarantee;
          // 1e-9 of the effect and its parts, plus the rounding of the eight runs' values the parts are
          // differences of (1e-12 of their size, a thousand times the rounding of a dozen differences).
          const scale = Math.max(Math.abs(total), Math.abs(parts.credit) + Math.abs(parts.exports) + Math.abs(parts.guarantee));
          const level = Math.max(...settings.map((p) => Math.abs(valueAt(p, series, K, H))));
          if (!(Math.abs(sum - total) <= 1e-9 * scale + 1e-12 * level)) {
            throw new Error(`${series}: parts ${JSON.stringify(parts)} sum to ${sum}, total ${total}`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("8b. each Shapley part is the lever's marginal effect averaged over the 6 orders of switching the levers on (1e-9)", () => {
    // The efficiency check above cannot see wrong Shapley weights in this model: no series has a
    // three-way credit x exports x guarantee interaction, and with one null lever any symmetric weights
    // that sum to 1 are efficient. So recompute the split from the 8 runs by its definition.
    const levers = ['credit', 'exports', 'guarantee'] as const;
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ];
    const switches = (on: ReadonlySet<number>): LeverSwitches => ({ credit: on.has(0), exports: on.has(1), guarantee: on.has(2) });
    fc.assert(
      fc.property(scenarioArb(), ({ spec }) => {
        const model = prepared(spec);
        const K = model.classCount;
        const H = model.horizon;
        const runs = new Map<string, Projection>();
        const value = (on: ReadonlySet<number>, series: SeriesName) => {
          const key = [...on].sort().join();
          let p = runs.get(key);
          if (!p) {
            p = project(model, switches(on));
            runs.set(key, p);
          }
          return valueAt(p, series, K, H);
        };
        const split = decomposeLevers(model, SERIES_NAMES);
        for (const series of SERIES_NAMES) {
          const shapley = [0, 0, 0];
          let scale = 0;
          for (const order of orders) {
            const on = new Set<number>();
            for (const i of order) {
              const without = value(on, series);
              on.add(i);
              const marginal = value(on, series) - without;
              shapley[i] += marginal / 6;
              scale = Math.max(scale, Math.abs(marginal));
            }
          }
          levers.forEach((lever, i) => {
            const got = split[series].parts[lever];
            if (!(Math.abs(got - shapley[i]) <= 1e-9 * scale)) {
              throw new Error(`${series}.${lever}: decomposeLevers gives ${got}, Shapley definition ${shapley[i]} (scale ${scale})`);
            }
          });
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('9. balance: with full adjustment, demand and credit growing at one path g, no drift, no price shock and the levers off, output grows at g and, with employmentElasticity 1, jobs by (1 + g) / (1 + g_y,k) (1e-12)', () => {
    fc.assert(
      fc.property(balancedScenarioArb(), ({ spec, growth, laborProductivityGrowth }) => {
        const p = run(spec);
        const H = p.horizon;
        p.classIds.forEach((id, k) => {
          for (let t = 1; t <= H; t++) {
            const g = pathAt(growth, t, H);
            const gy = classPathAt(laborProductivityGrowth, id, t, H);
            const y0 = valueAt(p, 'output', k, t - 1);
            const e0 = valueAt(p, 'employment', k, t - 1);
            expectRelative(valueAt(p, 'output', k, t), y0 * (1 + g), 1e-12, `output of ${id} at t=${t}`);
            expectRelative(valueAt(p, 'employment', k, t), (e0 * (1 + g)) / (1 + gy), 1e-12, `employment of ${id} at t=${t}`);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("10. with creditRealisation 0 for every recipient and the export and guarantee levers off, every recipient's output equals its counterfactual's", () => {
    const arb = scenarioArb({ off: ['exports', 'guarantee'] }).map((g) => {
      const ids = classIdsOf(g.spec);
      const { recipients } = effectiveRoles(ids, g.spec.policy);
      const current = assumptionsOf(g.spec).creditRealisation;
      const creditRealisation = Object.fromEntries(ids.map((id) => [id, recipients.includes(id) ? 0 : perClassValue(current, id, DEFAULTS.creditRealisation)]));
      return { spec: withAssumptions(g.spec, { creditRealisation }), recipients };
    });
    fc.assert(
      fc.property(arb, ({ spec, recipients }) => {
        const { scenario, counterfactual } = runBoth(spec);
        for (const id of recipients) {
          const k = scenario.classIds.indexOf(id);
          for (let t = 0; t <= scenario.horizon; t++) {
            for (const series of ['realisedCredit', 'output'] as const) {
              const a = valueAt(scenario, series, k, t);
              const b = valueAt(counterfactual, series, k, t);
              if (!(a === b)) throw new Error(`${series} of recipient ${id} at t=${t}: ${a} with the policy, ${b} without`);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("11. with guaranteeAdditionality 0 the guarantee changes no class's credit, output or jobs; with it above 0, covered classes' credit rises", () => {
    const unchanged = ['credit', 'realisedCredit', 'financeCapacity', 'demand', 'output', 'exports', 'employment', 'firms'] as const;
    fc.assert(
      fc.property(coveredScenarioArb(), fc.oneof(fc.constant(0), real(0, 2)), ({ spec }, alpha) => {
        const withIt = withAssumptions(spec, { guaranteeAdditionality: alpha });
        const a = run(withIt);
        const b = run(withoutGuarantee(withIt));
        const ids = classIdsOf(spec);
        ids.forEach((id, k) => {
          const gamma = coverageOf(spec, id);
          for (let t = 0; t <= a.horizon; t++) {
            if (alpha === 0 || gamma === 0 || t === 0) {
              for (const series of unchanged) {
                const va = valueAt(a, series, k, t);
                const vb = valueAt(b, series, k, t);
                if (!(va === vb)) throw new Error(`${series} of ${id} at t=${t}: ${va} with the guarantee (alpha ${alpha}, gamma ${gamma}), ${vb} without`);
              }
            } else if (1 + alpha * gamma > 1) {
              // (1 + alpha gamma) > 1 in floating point: otherwise the rise is below double precision.
              const ca = valueAt(a, 'credit', k, t);
              const cb = valueAt(b, 'credit', k, t);
              if (!(ca > cb)) throw new Error(`credit of covered ${id} at t=${t}: ${ca} with the guarantee (alpha ${alpha}, gamma ${gamma}), ${cb} without`);
            }
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('12. the fund: KG(t) = K_G0 (1 + r_G)^t + sum_{tau=1..t} (GF(tau) - GC(tau)) (1 + r_G)^(t - tau)', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb(), coveredScenarioArb()), ({ spec }) => {
        const { scenario, counterfactual } = runBoth(spec);
        const K = scenario.classCount;
        const H = scenario.horizon;
        const K0 = spec.policy?.guaranteeFundCapital ?? 0;
        const r = scalarOf(spec, 'fundReturn');
        for (let t = 0; t <= H; t++) {
          let expected = K0 * Math.pow(1 + r, t);
          // Rounding of the sum: 1e-12 of the size of its terms (MODEL.md states no tolerance here).
          let scale = Math.abs(expected);
          for (let tau = 1; tau <= t; tau++) {
            const GF = valueAt(scenario, 'guaranteeFees', K, tau);
            const GC = valueAt(scenario, 'guaranteeCost', K, tau);
            const growth = Math.pow(1 + r, t - tau);
            expected += (GF - GC) * growth;
            scale += (Math.abs(GF) + Math.abs(GC)) * growth;
          }
          expectWithin(valueAt(scenario, 'fundCapital', K, t), expected, 1e-12, scale, `fund capital at t=${t}`);
          // With the lever off there is no fund (MODEL.md 3.3).
          for (const series of ['guaranteedExposure', 'guaranteeFees', 'fundCapital'] as const) {
            if (!(valueAt(counterfactual, series, K, t) === 0)) throw new Error(`counterfactual ${series} at t=${t} is ${valueAt(counterfactual, series, K, t)}`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('13. migration: a version-1 file gives, after migration, the version-1 results in every series but npl, expectedLoss and guaranteeCost', () => {
    // The series version 1 had (MODEL.md 10; the version-1 golden vectors), less the three that changed.
    const version1Series = ['credit', 'financeCapacity', 'demand', 'output', 'exports', 'employment', 'firms', 'rwa', 'capital'] as const;
    // Version 1 had no rates, bank costs, fund or bad-loan data: under version-1 semantics they may be anything.
    const arb = scenarioArb({ version1: true }).chain((g) => {
      const ids = classIdsOf(g.spec);
      return fc.record({
        g: fc.constant(g),
        extras: fc.record({
          inflation: pathOf('inflation').map(pathText),
          lendingRate: perClassPathOf(ids, 'lendingRate', false).map(perClassPathText),
          fundingRate: pathOf('fundingRate').map(pathText),
          operatingCost: perClassNumberArb(ids, valueOf('operatingCost'), false),
          costOfEquity: valueOf('costOfEquity'),
          guaranteeFee: perClassNumberArb(ids, valueOf('guaranteeFee'), false),
          fundReturn: valueOf('fundReturn'),
          fundLeverageCap: valueOf('fundLeverageCap'),
        }),
        nplRatio: fc.option(fc.array(valueOf('nplRatio'), { minLength: ids.length, maxLength: ids.length }), { nil: undefined }),
      });
    });
    fc.assert(
      fc.property(arb, ({ g: { spec }, extras, nplRatio }) => {
        const loaded = loadValue(version1File(spec));
        if (!loaded.ok) throw new Error(`version-1 file refused: ${JSON.stringify(loaded.issues)}\n${JSON.stringify(spec)}`);
        if (loaded.file.kind !== 'scenario') throw new Error('a scenario file loaded as a workshop');
        expect(loaded.migrated.length).toBe(1);
        const migrated = runBoth(loaded.file.scenario);
        // Version-1 semantics: the equivalents of MODEL.md 10 wherever the file does not set them.
        const reference = runBoth({
          ...spec,
          economy: { ...spec.economy, classes: spec.economy.classes.map((c, k) => (nplRatio ? { ...c, nplRatio: nplRatio[k] } : c)) },
          assumptions: toAssumptionsSpec({ ...extras, ...VERSION_1_EQUIVALENTS, ...assumptionsOf(spec) }),
        });
        for (const part of ['scenario', 'counterfactual'] as const) {
          const a = migrated[part];
          const b = reference[part];
          for (const series of version1Series) {
            for (let k = 0; k <= a.classCount; k++) {
              for (let t = 0; t <= a.horizon; t++) {
                const va = valueAt(a, series, k, t);
                const vb = valueAt(b, series, k, t);
                if (!(va === vb)) throw new Error(`${part} ${series}[${nameOf(a, k)}] at t=${t}: ${va} after migration, ${vb} under version-1 semantics`);
              }
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('14. with the levers off, constant creditGrowth and inflation and no nplRatio, each class NPL ratio NPL_k / C_k is the same in every year (1e-12)', () => {
    // A constant path in each form a file can hold it: a number, a formula, a row of one or several values.
    const constant = (name: 'creditGrowth' | 'inflation') =>
      fc
        .record({ value: valueOf(name), form: fc.constantFrom('number', 'formula', 'row', 'rows'), length: fc.integer({ min: 2, max: 30 }) })
        .map(({ value, form, length }): PathValue => (form === 'number' ? value : form === 'formula' ? `${value} + 0 * t` : form === 'row' ? [value] : Array.from({ length }, () => value)));
    const arb = fc.record({ g: scenarioArb({ leversOff: true, nplRatio: 'none' }), creditGrowth: constant('creditGrowth'), inflation: constant('inflation') });
    fc.assert(
      fc.property(arb, ({ g: { spec }, creditGrowth, inflation }) => {
        const p = run(withAssumptions(spec, { creditGrowth, inflation }));
        p.classIds.forEach((id, k) => {
          const ratio0 = valueAt(p, 'npl', k, 0) / valueAt(p, 'credit', k, 0);
          for (let t = 1; t <= p.horizon; t++) {
            const ratio = valueAt(p, 'npl', k, t) / valueAt(p, 'credit', k, t);
            expectWithin(ratio, ratio0, 1e-12, ratio0, `NPL ratio of ${id} at t=${t} (t=0: ${ratio0})`);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('15. EL_k(t) + GC_k(t) = PD_k(t) lgd_k Perf_k(t) every year (1e-12 of PD lgd C), and 0 <= NPL_k(t) <= C_k(t)', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb(), coveredScenarioArb()), ({ spec, paths }) => {
        const p = run(spec);
        const H = p.horizon;
        const a = assumptionsOf(spec);
        const m = a.marginalBorrowerRisk ?? 1.5;
        const deltaG = a.guaranteeMoralHazard ?? 0.3;
        const omega = a.nplResolution ?? 0.2;
        p.classIds.forEach((id, k) => {
          const c = spec.economy.classes[k];
          const pd = perClassValue(a.pd, id, NaN);
          const lgd = perClassValue(a.lgd, id, NaN);
          const gammaK = coverageOf(spec, id);
          for (let t = 0; t <= H; t++) {
            const C = valueAt(p, 'credit', k, t);
            const Cn = c.credit * growthFactor(paths.creditGrowth, t, H);
            const gamma = t === 0 ? 0 : gammaK;
            // MODEL.md 4, Bank: PD from the new-borrower share and the coverage; the loans performing at the
            // year's start are the book less the bad loans carried over (eroded by inflation).
            const n = Math.max(0, 1 - Cn / C);
            const PD = Math.min(1, pd * (1 + (m - 1) * n) * (1 + deltaG * gamma));
            const carried =
              t === 0
                ? ((1 - omega) * valueAt(p, 'npl', k, 0)) / ((1 + pathAt(paths.creditGrowth, 1, H)) * (1 + pathAt(paths.inflation, 1, H)))
                : ((1 - omega) * valueAt(p, 'npl', k, t - 1)) / (1 + pathAt(paths.inflation, t, H));
            const performing = Math.max(0, C - carried);
            const split = valueAt(p, 'expectedLoss', k, t) + valueAt(p, 'guaranteeCost', k, t);
            expectWithin(split, PD * lgd * performing, 1e-12, PD * lgd * C, `EL + GC of ${id} at t=${t}`);
            const npl = valueAt(p, 'npl', k, t);
            // For t >= 1, min(C, ...) makes NPL <= C exact. At t = 0 the steady state C PD / den with
            // den > PD is below C only mathematically: it can round one ulp above, hence 1e-12 there.
            const slack = t === 0 ? 1e-12 * C : 0;
            if (!(npl >= 0 && npl <= C + slack)) throw new Error(`npl ${npl} vs credit ${C} of ${id} at t=${t}`);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('16. with diversionSensitivity 0, lendingRate, fundingRate, operatingCost and costOfEquity change only bankProfit, inflation only bankProfit, npl, expectedLoss, guaranteeCost and fundCapital; with it above 0, a higher lendingRate never lowers the output of a class whose credit the policy raised', () => {
    // The projection's own series that follow those: the real lending rate (from lendingRate and
    // inflation) and provisions (lgd x npl).
    const onlyProfit = new Set<SeriesName>(['bankProfit']);
    const withRealRate = new Set<SeriesName>(['bankProfit', 'realLendingRate']);
    const inflationMoves = new Set<SeriesName>(['bankProfit', 'npl', 'expectedLoss', 'guaranteeCost', 'fundCapital', 'realLendingRate', 'provisions']);
    const arb = scenarioArb().chain((g) => {
      const ids = classIdsOf(g.spec);
      const change = fc.oneof(
        perClassPathOf(ids, 'lendingRate', false).map((v) => ({ what: 'lendingRate', change: { lendingRate: perClassPathText(v) } as Assumptions, moves: withRealRate })),
        pathOf('fundingRate').map((v) => ({ what: 'fundingRate', change: { fundingRate: pathText(v) } as Assumptions, moves: onlyProfit })),
        perClassNumberArb(ids, valueOf('operatingCost'), false).map((v) => ({ what: 'operatingCost', change: { operatingCost: v } as Assumptions, moves: onlyProfit })),
        valueOf('costOfEquity').map((v) => ({ what: 'costOfEquity', change: { costOfEquity: v } as Assumptions, moves: onlyProfit })),
        pathOf('inflation').map((v) => ({ what: 'inflation', change: { inflation: pathText(v) } as Assumptions, moves: inflationMoves })),
      );
      return fc.record({ g: fc.constant(g), change, zeroForm: fc.constantFrom('zero', 'absent') });
    });
    fc.assert(
      fc.property(arb, ({ g: { spec }, change, zeroForm }) => {
        const rest: Record<string, unknown> = { ...assumptionsOf(spec) };
        if (zeroForm === 'absent') delete rest.diversionSensitivity;
        else rest.diversionSensitivity = 0;
        const base = { ...spec, assumptions: toAssumptionsSpec(rest as Assumptions) };
        const before = runBoth(base);
        const after = runBoth(withAssumptions(base, change.change));
        const what = JSON.stringify(change.change);
        expectSameSeries(before.scenario, after.scenario, change.moves, what);
        expectSameSeries(before.counterfactual, after.counterfactual, change.moves, `counterfactual, ${what}`);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(
        scenarioArb(),
        fc.oneof(real(0, 20), real(0, 5)).filter((b) => b > 0),
        fc.option(fc.nat(7), { nil: undefined }),
        real(0, 2),
        fc.integer({ min: 1, max: 30 }),
        ({ spec, paths }, beta, classIndex, delta, from) => {
          const ids = classIdsOf(spec);
          const raised = classIndex === undefined ? ids : [ids[classIndex % ids.length]];
          const max = RANGE.lendingRate[1];
          // Start from the rates as they take effect (the four-value default where the file has none).
          const lendingRate = Object.fromEntries(
            ids.map((id) => {
              const current = 'byClass' in paths.lendingRate ? pathText(paths.lendingRate.byClass[id]) : pathText(paths.lendingRate);
              return [id, raised.includes(id) ? raisePath(current, delta, from, max) : current];
            }),
          );
          const base = withAssumptions(spec, { diversionSensitivity: beta });
          const before = run(base);
          const after = run(withAssumptions(base, { lendingRate }));
          expectOutputNotLower(before, after, raisedByPolicy(before), `beta ${beta}, lendingRate ${JSON.stringify(lendingRate)}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('17. the counterfactual does not depend on creditRealisation, diversionSensitivity, marginalBorrowerRisk, or any guarantee or fund parameter', () => {
    const arb = scenarioArb().chain((g) => {
      const ids = classIdsOf(g.spec);
      const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
      return fc.record({
        g: fc.constant(g),
        assumptions: fc.record({
          creditRealisation: maybe(perClassNumberArb(ids, valueOf('creditRealisation'), false)),
          diversionSensitivity: maybe(valueOf('diversionSensitivity')),
          marginalBorrowerRisk: maybe(valueOf('marginalBorrowerRisk')),
          guaranteeAdditionality: maybe(valueOf('guaranteeAdditionality')),
          guaranteeMoralHazard: maybe(valueOf('guaranteeMoralHazard')),
          guaranteeFee: maybe(perClassNumberArb(ids, valueOf('guaranteeFee'), false)),
          fundReturn: maybe(valueOf('fundReturn')),
          fundLeverageCap: maybe(valueOf('fundLeverageCap')),
          guaranteeRiskWeight: maybe(valueOf('guaranteeRiskWeight')),
        }),
        policy: fc.record({
          guaranteeCoverage: maybe(perClassNumberArb(ids, valueOf('guaranteeCoverage'), false)),
          guaranteeFundCapital: maybe(real(0, 1e6)),
        }),
      });
    });
    fc.assert(
      fc.property(arb, ({ g: { spec }, assumptions, policy }) => {
        const changed = (record: object) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
        const other: ScenarioSpec = { ...withAssumptions(spec, changed(assumptions)), policy: { ...spec.policy, ...changed(policy) } };
        expectSameSeries(runBoth(spec).counterfactual, runBoth(other).counterfactual, new Set(), `counterfactual after ${JSON.stringify({ assumptions, policy })}`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('every valid scenario (property tests)', () => {
  it('is a valid version-2 file: the loader accepts it and gives back the same scenario', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ spec }) => {
        const file = JSON.parse(JSON.stringify({ format: 'sme-credit-scenario', version: 2, title: { en: 'Generated' }, ...spec })) as Record<string, unknown>;
        const loaded = loadValue(file);
        if (!loaded.ok) throw new Error(`refused: ${JSON.stringify(loaded.issues)}\n${JSON.stringify(spec)}`);
        expect(loaded.migrated).toEqual([]);
        if (loaded.file.kind !== 'scenario') throw new Error('a scenario file loaded as a workshop');
        const { format: _format, version: _version, title: _title, ...scenario } = loaded.file.scenario;
        expect(scenario).toEqual(JSON.parse(JSON.stringify(spec)));
      }),
      { numRuns: RUNS },
    );
  });

  it('projects finite numbers in every series, class, year, for the scenario and its counterfactual', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ spec }) => {
        const { scenario, counterfactual } = runBoth(spec);
        for (const p of [scenario, counterfactual]) {
          for (const series of SERIES_NAMES) {
            for (let k = 0; k <= p.classCount; k++) {
              for (let t = 0; t <= p.horizon; t++) {
                const v = valueAt(p, series, k, t);
                if (!Number.isFinite(v)) throw new Error(`${series}[${nameOf(p, k)}] t=${t} is ${v}`);
              }
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('equals its counterfactual at t = 0 in every series but fundCapital (levers act from t = 1, MODEL.md 2)', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ spec }) => {
        const { scenario, counterfactual } = runBoth(spec);
        for (const series of SERIES_NAMES) {
          if (series === 'fundCapital') continue;
          for (let k = 0; k <= scenario.classCount; k++) {
            if (!Object.is(valueAt(scenario, series, k, 0), valueAt(counterfactual, series, k, 0))) {
              throw new Error(`${series}[${nameOf(scenario, k)}] at t=0: ${valueAt(scenario, series, k, 0)} vs ${valueAt(counterfactual, series, k, 0)}`);
            }
          }
        }
        const K0 = spec.policy?.guaranteeFundCapital ?? 0;
        expect(valueAt(scenario, 'fundCapital', scenario.classCount, 0)).toBe(K0);
      }),
      { numRuns: RUNS },
    );
  });
});
