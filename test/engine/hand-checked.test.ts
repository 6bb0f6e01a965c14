/**
 * One small scenario worked out by hand from MODEL.md section 4, step by step, independently of the
 * engine: two classes, horizon 2, smoothness 1 (so the smooth minimum is F D / (F + D)), round growth
 * rates (1.1^2 = 1.21 so that the price index is a clean square root), adjustment speeds 0.5.
 * Every expected number below is plain arithmetic on the inputs; the engine only produces `got`.
 */
import { describe, expect, it } from 'vitest';
import { prepareScenario } from '../../src/engine/prepare';
import type { SeriesName } from '../../src/engine/measures';
import { NO_LEVERS, project, valueAt, type Projection } from '../../src/engine/project';
import type { ScenarioSpec } from '../../src/engine/types';

const spec: ScenarioSpec = {
  id: 'hand-checked',
  horizon: 2,
  economy: {
    baseYear: 2020,
    classes: [
      { id: 'sme', label: { en: 'SME' }, firms: 100, employment: 1000, output: 200, exportShare: 0.2, credit: 100 },
      { id: 'large', label: { en: 'Large' }, firms: 10, employment: 500, output: 800, exportShare: 0.5, credit: 300 },
    ],
  },
  assumptions: {
    creditElasticity: { sme: 0.5, large: 0.25 },
    financeBoundShare: { sme: 0.5, large: 0.2 },
    smoothness: 1,
    adjustmentSpeed: 0.5,
    productivityGrowth: { sme: 0.2, large: 0 },
    laborProductivityGrowth: { sme: 0.02, large: 0 },
    employmentElasticity: { sme: 1, large: 0.5 },
    employmentAdjustment: 0.5,
    firmEntryShare: 0.5,
    domesticDemandGrowth: 0.1,
    worldDemandGrowth: 0.2,
    rawMaterialInflation: 0.21,
    inputCostShare: { sme: 0.5, large: 0 },
    creditGrowth: 0.1,
    pd: { sme: 0.1, large: 0.05 },
    lgd: { sme: 0.5, large: 0.4 },
    marginalBorrowerRisk: 2,
    guaranteeMoralHazard: 0.5,
    nplResolution: 0.5,
    riskWeight: { sme: 0.75, large: 1 },
    guaranteeRiskWeight: 0.2,
    capitalRatio: 0.1,
    // Version 1's behaviour, as the migration writes it (MODEL.md 10): every rial moved is working
    // finance, input prices act through credit alone, no price effect on demand, no guarantee additionality.
    creditRealisation: 1,
    diversionSensitivity: 0,
    inputPricePassThrough: 1,
    priceElasticity: 0,
    guaranteeAdditionality: 0,
    lendingRate: { sme: 0.12, large: 0.12 },
    operatingCost: { sme: 0.02, large: 0.02 },
  },
  policy: {
    reallocation: 0.1,
    donors: ['large'],
    recipients: ['sme'],
    phaseInYears: 2,
    exportShareTarget: { sme: 0.4, large: 0.5 },
    exportRampYears: 2,
    guaranteeCoverage: { sme: 0.5, large: 0 },
  },
};

// ---------------------------------------------------------------------------------------------------
// Credit (MODEL.md 4, "Credit")
// L(0) = 100 + 300 = 400; s_sme(0) = 100 / 400 = 0.25, s_large(0) = 0.75; S_D = s_large(0) = 0.75.
// L(1) = 400 * 1.1 = 440; L(2) = 400 * 1.1 * 1.1 = 484.
// r(1) = 0.1 * min(1, 1/2) = 0.05; r(2) = 0.1 * min(1, 2/2) = 0.1. w_sme = 1 (the only recipient).
const L = [400, 440, 484];
const shareSme = [0.25, 0.25 + 0.05 * 1, 0.25 + 0.1 * 1]; // 0.25, 0.30, 0.35
const shareLarge = [0.75, 0.75 * (1 - 0.05 / 0.75), 0.75 * (1 - 0.1 / 0.75)]; // 0.75, 0.70, 0.65
const creditSme = [100, 0.3 * 440, 0.35 * 484]; // 100, 132, 169.4
const creditLarge = [300, 0.7 * 440, 0.65 * 484]; // 300, 308, 314.6
const creditNoReallocSme = [100, 0.25 * 440, 0.25 * 484]; // 100, 110, 121
const creditNoReallocLarge = [300, 0.75 * 440, 0.75 * 484]; // 300, 330, 363

// ---------------------------------------------------------------------------------------------------
// Demand (sigma = 1): D(0) = Y(0) / (1 - theta).
// D_sme(0) = 200 / 0.5 = 400; D_large(0) = 800 / 0.8 = 1000.
// G_gD = 1, 1.1, 1.21; G_gW = 1, 1.2, 1.44; ramp(t, 2) = 0, 0.5, 1.
// xp_sme = 0.2, 0.2 + 0.2 * 0.5 = 0.3, 0.4; xp_large = 0.5 throughout (target = base share).
// Dd = (1 - x0) D(0) G_gD; Dx = (1 - x0) D(0) G_gW xp / (1 - xp).
const domesticSme = [0.8 * 400, 0.8 * 400 * 1.1, 0.8 * 400 * 1.21]; // 320, 352, 387.2
const exportDemandSme = [(0.8 * 400 * 0.2) / 0.8, (0.8 * 400 * 1.2 * 0.3) / 0.7, (0.8 * 400 * 1.44 * 0.4) / 0.6]; // 80, 164.571..., 307.2
const demandSme = [0, 1, 2].map((t) => domesticSme[t] + exportDemandSme[t]); // 400, 516.571..., 694.4
const domesticLarge = [0.5 * 1000, 0.5 * 1000 * 1.1, 0.5 * 1000 * 1.21]; // 500, 550, 605
const exportDemandLarge = [(0.5 * 1000 * 0.5) / 0.5, (0.5 * 1000 * 1.2 * 0.5) / 0.5, (0.5 * 1000 * 1.44 * 0.5) / 0.5]; // 500, 600, 720
const demandLarge = [0, 1, 2].map((t) => domesticLarge[t] + exportDemandLarge[t]); // 1000, 1150, 1325

// ---------------------------------------------------------------------------------------------------
// Finance capacity: F(0) = Y(0) / theta (sigma = 1): F_sme(0) = 200 / 0.5 = 400, F_large(0) = 800 / 0.2 = 4000.
// B_sme = 0.8 G_gD + 0.2 G_gW = 1.12 (t=1), 0.968 + 0.288 = 1.256 (t=2);
// B_large = 0.5 G_gD + 0.5 G_gW = 1.15, 1.325.
// Price index P = G_pim^mu: P_sme = 1.21^0.5 = 1.1 (t=1), (1.21 * 1.21)^0.5 = 1.21 (t=2); P_large = 1.
// Real credit c = (C / C(0)) / P: c_sme = 1.32 / 1.1 = 1.2, 1.694 / 1.21 = 1.4; c_large = 308/300, 314.6/300.
// G_A,sme = 1.2, 1.44; G_A,large = 1.
// Fstar = F(0) G_A B^(1 - eps) c^eps; F(t) = F(t-1) + 0.5 (Fstar(t) - F(t-1)).
const fStarSme1 = 400 * 1.2 * Math.pow(1.12, 0.5) * Math.pow(1.2, 0.5); // 480 sqrt(1.344) = 556.46...
const fStarSme2 = 400 * 1.44 * Math.pow(1.256, 0.5) * Math.pow(1.4, 0.5); // 576 sqrt(1.7584) = 763.80...
const financeSme1 = 400 + 0.5 * (fStarSme1 - 400);
const financeSme2 = financeSme1 + 0.5 * (fStarSme2 - financeSme1);
const financeSme = [400, financeSme1, financeSme2];
const fStarLarge1 = 4000 * 1 * Math.pow(1.15, 0.75) * Math.pow(308 / 300, 0.25);
const fStarLarge2 = 4000 * 1 * Math.pow(1.325, 0.75) * Math.pow(314.6 / 300, 0.25);
const financeLarge1 = 4000 + 0.5 * (fStarLarge1 - 4000);
const financeLarge2 = financeLarge1 + 0.5 * (fStarLarge2 - financeLarge1);
const financeLarge = [4000, financeLarge1, financeLarge2];

// ---------------------------------------------------------------------------------------------------
// Output with sigma = 1: M(F, D) = (1/F + 1/D)^-1 = F D / (F + D). Year 0: 400*400/800 = 200, 4000*1000/5000 = 800.
const harmonic = (f: number, d: number) => (f * d) / (f + d);
const outputSme = [0, 1, 2].map((t) => harmonic(financeSme[t], demandSme[t]));
const outputLarge = [0, 1, 2].map((t) => harmonic(financeLarge[t], demandLarge[t]));
// Exports X = Y Dx / D. Year 0: 200 * 80 / 400 = 40 = 0.2 * 200; 800 * 500 / 1000 = 400.
const exportsSme = [0, 1, 2].map((t) => (outputSme[t] * exportDemandSme[t]) / demandSme[t]);
const exportsLarge = [0, 1, 2].map((t) => (outputLarge[t] * exportDemandLarge[t]) / demandLarge[t]);

// ---------------------------------------------------------------------------------------------------
// Employment: Estar = E(0) (Y / Y(0))^eta / G_gy; ln E(t) = ln E(t-1) + 0.5 (ln Estar - ln E(t-1)),
// i.e. E(t) = sqrt(E(t-1) * Estar(t)). G_gy,sme = 1.02, 1.0404; G_gy,large = 1.
const eStarSme1 = (1000 * (outputSme[1] / 200)) / 1.02;
const eStarSme2 = (1000 * (outputSme[2] / 200)) / (1.02 * 1.02);
const employmentSme1 = Math.sqrt(1000 * eStarSme1);
const employmentSme2 = Math.sqrt(employmentSme1 * eStarSme2);
const employmentSme = [1000, employmentSme1, employmentSme2];
const eStarLarge1 = 500 * Math.sqrt(outputLarge[1] / 800);
const eStarLarge2 = 500 * Math.sqrt(outputLarge[2] / 800);
const employmentLarge1 = Math.sqrt(500 * eStarLarge1);
const employmentLarge2 = Math.sqrt(employmentLarge1 * eStarLarge2);
const employmentLarge = [500, employmentLarge1, employmentLarge2];
// Firms N = N(0) (E / E(0))^0.5.
const firmsSme = employmentSme.map((e) => 100 * Math.sqrt(e / 1000));
const firmsLarge = employmentLarge.map((e) => 10 * Math.sqrt(e / 500));

// ---------------------------------------------------------------------------------------------------
// Bank. gamma_sme = 0.5 from t = 1 (0 at t = 0); gamma_large = 0.
// New-borrower share n = max(0, 1 - Cn / C): n_sme = 1 - 110/132 = 1/6 (t=1), 1 - 121/169.4 = 2/7 (t=2);
// n_large = max(0, 1 - 330/308) = 0. At t = 0, n = 0.
// PD = min(1, pd (1 + (m - 1) n) (1 + delta_G gamma)), m - 1 = 1, delta_G gamma_sme = 0.25.
const pdSme = [0.1, 0.1 * (1 + 1 / 6) * 1.25, 0.1 * (1 + 2 / 7) * 1.25]; // 0.1, 0.1458333..., 0.1607142...
const pdLarge = [0.05, 0.05, 0.05];
const gammaSme = [0, 0.5, 0.5];
// In year 0 (version 1's formula, which the sanity check below spot-checks): EL = PD lgd C (1 - gamma).
const expectedLossSme = [0, 1, 2].map((t) => pdSme[t] * 0.5 * creditSme[t] * (1 - gammaSme[t])); // 5, 4.8125, 6.80625
const expectedLossLarge = [0, 1, 2].map((t) => 0.05 * 0.4 * creditLarge[t]); // 6, 6.16, 6.292
// RWA = rw C (1 - gamma) + rw_G C gamma: sme 0.75 C at t = 0, then 0.75 * 0.5 C + 0.2 * 0.5 C = 0.475 C;
// large 1 * C. Capital = 0.1 * RWA.
const rwaSme = [0.75 * 100, 0.475 * 132, 0.475 * 169.4]; // 75, 62.7, 80.465
const rwaLarge = creditLarge; // 300, 308, 314.6
const capitalSme = rwaSme.map((r) => 0.1 * r);
const capitalLarge = rwaLarge.map((r) => 0.1 * r);

const sum = (a: readonly number[], b: readonly number[]) => a.map((v, t) => v + b[t]);

/**
 * Expected [sme, large, total] by series, years 0..2: version 1's equations, which version 2 computes
 * under the values above (MODEL.md 10), in every series but npl, expectedLoss and guaranteeCost
 * (invariant 13: bad loans became nominal claims, losses fall on performing loans). The version-2 bank
 * block is checked against the two independent implementations of the shared vectors (golden/v2).
 */
const expected: Partial<Record<SeriesName, readonly [readonly number[], readonly number[], readonly number[]]>> = {
  credit: [creditSme, creditLarge, L],
  creditWithoutReallocation: [creditNoReallocSme, creditNoReallocLarge, L],
  demand: [demandSme, demandLarge, sum(demandSme, demandLarge)],
  financeCapacity: [financeSme, financeLarge, sum(financeSme, financeLarge)],
  output: [outputSme, outputLarge, sum(outputSme, outputLarge)],
  exports: [exportsSme, exportsLarge, sum(exportsSme, exportsLarge)],
  employment: [employmentSme, employmentLarge, sum(employmentSme, employmentLarge)],
  firms: [firmsSme, firmsLarge, sum(firmsSme, firmsLarge)],
  rwa: [rwaSme, rwaLarge, sum(rwaSme, rwaLarge)],
  capital: [capitalSme, capitalLarge, sum(capitalSme, capitalLarge)],
};

function relativeDifference(a: number, b: number): number {
  return a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

function projectHandScenario(levers?: typeof NO_LEVERS): Projection {
  const prepared = prepareScenario(spec);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.issues));
  return project(prepared.model, levers);
}

describe('a two-class, two-year scenario worked out by hand', () => {
  it('the worked example reproduces the year-0 data by itself (sanity check of the hand arithmetic)', () => {
    // Year 0 is the data; spot-check the derived bank numbers: EL = pd lgd C, RWA = rw C.
    expect(expectedLossSme[0]).toBeCloseTo(5, 12);
    expect(expectedLossLarge[0]).toBeCloseTo(6, 12);
    expect(outputSme[0]).toBeCloseTo(200, 12);
    expect(outputLarge[0]).toBeCloseTo(800, 12);
    expect(shareSme[1] + shareLarge[1]).toBeCloseTo(1, 15);
  });

  it('matches every hand-computed series in years 0, 1 and 2 to 1e-12', () => {
    const p = projectHandScenario();
    const failures: string[] = [];
    for (const [series, rows] of Object.entries(expected) as [SeriesName, readonly (readonly number[])[]][]) {
      rows.forEach((row, k) => {
        // Capital is the bank's as a whole (MODEL.md 9: a total only).
        if (series === 'capital' && k < 2) return;
        row.forEach((want, t) => {
          const got = valueAt(p, series, k, t);
          const d = relativeDifference(got, want);
          if (!(d <= 1e-12)) failures.push(`${series}[${['sme', 'large', 'total'][k]}] t=${t}: got ${got}, expected ${want} (rel ${d})`);
        });
      });
    }
    // Credit shares s_k(t) = C_k(t) / L(t).
    for (let t = 0; t <= 2; t++) {
      const total = valueAt(p, 'credit', 2, t);
      for (const [k, share] of [shareSme[t], shareLarge[t]].entries()) {
        const got = valueAt(p, 'credit', k, t) / total;
        if (!(relativeDifference(got, share) <= 1e-12)) failures.push(`share[${k}] t=${t}: got ${got}, expected ${share}`);
      }
      // PD by class.
      for (const [k, pd] of [pdSme[t], pdLarge[t]].entries()) {
        const got = valueAt(p, 'defaultProbability', k, t);
        if (!(relativeDifference(got, pd) <= 1e-12)) failures.push(`PD[${k}] t=${t}: got ${got}, expected ${pd}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('has the hand-computed counterfactual (levers off) in years 1 and 2 to 1e-12', () => {
    // Credit: Cn (110, 121; 330, 363). Demand with xp = x(0): sme 352 + 0.2*400*1.2 = 448,
    // 387.2 + 0.2*400*1.44 = 502.4; large as in the scenario (its target is its base share).
    // Real credit: c_sme = (110/100)/1.1 = 1, (121/100)/1.21 = 1; c_large = 330/300 = 1.1, 363/300 = 1.21.
    const demandSmeCf = [400, 352 + 0.2 * 400 * 1.2, 387.2 + 0.2 * 400 * 1.44];
    const fStarSmeCf1 = 400 * 1.2 * Math.pow(1.12, 0.5) * Math.pow(1, 0.5);
    const fStarSmeCf2 = 400 * 1.44 * Math.pow(1.256, 0.5) * Math.pow(1, 0.5);
    const financeSmeCf1 = 400 + 0.5 * (fStarSmeCf1 - 400);
    const financeSmeCf = [400, financeSmeCf1, financeSmeCf1 + 0.5 * (fStarSmeCf2 - financeSmeCf1)];
    const fStarLargeCf1 = 4000 * Math.pow(1.15, 0.75) * Math.pow(1.1, 0.25);
    const fStarLargeCf2 = 4000 * Math.pow(1.325, 0.75) * Math.pow(1.21, 0.25);
    const financeLargeCf1 = 4000 + 0.5 * (fStarLargeCf1 - 4000);
    const financeLargeCf = [4000, financeLargeCf1, financeLargeCf1 + 0.5 * (fStarLargeCf2 - financeLargeCf1)];
    const outputSmeCf = [0, 1, 2].map((t) => harmonic(financeSmeCf[t], demandSmeCf[t]));
    const outputLargeCf = [0, 1, 2].map((t) => harmonic(financeLargeCf[t], demandLarge[t]));
    // Exports: xp = x(0) = 0.2, so Dx = 0.2 D(0) G_gW: 96 (t=1), 115.2 (t=2).
    const exportsSmeCf = [40, (outputSmeCf[1] * 96) / demandSmeCf[1], (outputSmeCf[2] * 115.2) / demandSmeCf[2]];
    const cf: Partial<Record<SeriesName, readonly [readonly number[], readonly number[]]>> = {
      credit: [creditNoReallocSme, creditNoReallocLarge],
      demand: [demandSmeCf, demandLarge],
      financeCapacity: [financeSmeCf, financeLargeCf],
      output: [outputSmeCf, outputLargeCf],
      exports: [exportsSmeCf, [0, 1, 2].map((t) => (outputLargeCf[t] * exportDemandLarge[t]) / demandLarge[t])],
      rwa: [[75, 0.75 * 110, 0.75 * 121], [300, 330, 363]],
    };
    const p = projectHandScenario(NO_LEVERS);
    const failures: string[] = [];
    for (const [series, rows] of Object.entries(cf) as [SeriesName, readonly (readonly number[])[]][]) {
      rows.forEach((row, k) => {
        row.forEach((want, t) => {
          const got = valueAt(p, series, k, t);
          if (!(relativeDifference(got, want) <= 1e-12)) failures.push(`${series}[${k}] t=${t}: got ${got}, expected ${want}`);
        });
      });
    }
    expect(failures).toEqual([]);
  });
});
