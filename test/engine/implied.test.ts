/**
 * The figures shown beside the sliders (MODEL.md 4): each formula against plain arithmetic on a small
 * scenario, and the jobs figure against the projection itself where the two must agree: a stationary
 * economy with full adjustment in one year and a credit move too small for curvature to matter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobsPerCreditMoved } from '../../src/engine/effects';
import { impliedFigures } from '../../src/engine/implied';
import { prepareScenario, type PreparedModel } from '../../src/engine/prepare';
import type { ScenarioSpec } from '../../src/engine/types';
import { loadText } from '../../src/scenario';

function prepared(spec: ScenarioSpec): PreparedModel {
  const result = prepareScenario(spec);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.model;
}

// Smoothness 2 with finance-bound shares 0.75 and 0.5 makes the headrooms round: 0.25^(-1/2) = 2,
// 0.5^(-1/2) = sqrt 2. The SME's real rate at year 1 is 1.05 / 1.25 - 1 = -0.16 (diversion bites);
// the large class's is 1.30 / 1.25 - 1 = +0.04 (it does not). Year 2's rates differ, and must not count.
const small: ScenarioSpec = {
  id: 'implied-hand',
  horizon: 3,
  economy: {
    baseYear: 2020,
    usdPerCurrencyUnit: 1000,
    personsPerEmploymentUnit: 1,
    classes: [
      { id: 'sme', label: { en: 'SME' }, firms: 100, employment: 1000, output: 200, exportShare: 0.2, credit: 100 },
      { id: 'large', label: { en: 'Large' }, firms: 10, employment: 500, output: 800, exportShare: 0.5, credit: 1000 },
    ],
  },
  assumptions: {
    creditRealisation: { sme: 0.5, large: 0.5 },
    creditElasticity: { sme: 0.4, large: 0.1 },
    financeBoundShare: { sme: 0.75, large: 0.5 },
    smoothness: 2,
    employmentElasticity: { sme: 0.8, large: 0.5 },
    diversionSensitivity: 2,
    inflation: [0.25, 0.5],
    lendingRate: { sme: [0.05, 0.4], large: [0.3, 0.1] },
    operatingCost: { sme: 0.02, large: 0.01 },
    pd: { sme: 0.05, large: 0.03 },
    lgd: { sme: 0.5, large: 0.4 },
    riskWeight: { sme: 0.75, large: 1 },
  },
};

describe('the figures implied by the assumptions (MODEL.md 4)', () => {
  const [sme, large] = impliedFigures(prepared(small));

  it('gives the effective output elasticity of bank credit a * eps * theta', () => {
    expect(sme.classId).toBe('sme');
    expect(sme.creditElasticity).toBeCloseTo(0.5 * 0.4 * 0.75, 14); // 0.15
    expect(large.creditElasticity).toBeCloseTo(0.5 * 0.1 * 0.5, 14); // 0.025
  });

  it('gives the marginal output per unit of credit a * eps * theta * Y(0) / C(0)', () => {
    expect(sme.marginalOutput).toBeCloseTo((0.15 * 200) / 100, 14); // 0.3
    expect(large.marginalOutput).toBeCloseTo((0.025 * 800) / 1000, 14); // 0.02
  });

  it('gives the headroom with unlimited finance (1 - theta)^(-1/sigma) - 1 and with unlimited demand theta^(-1/sigma) - 1', () => {
    expect(sme.headroomFinance).toBeCloseTo(1, 14); // 0.25^(-1/2) - 1
    expect(sme.headroomDemand).toBeCloseTo(2 / Math.sqrt(3) - 1, 14); // 0.75^(-1/2) - 1
    expect(large.headroomFinance).toBeCloseTo(Math.SQRT2 - 1, 14);
    expect(large.headroomDemand).toBeCloseTo(Math.SQRT2 - 1, 14);
  });

  it('takes realisation at year 1 with diversion: a * exp(-beta * max(0, -rL(1)))', () => {
    expect(sme.realisationYear1).toBeCloseTo(0.5 * Math.exp(-2 * 0.16), 14);
    expect(large.realisationYear1).toBe(0.5);
  });

  it('gives the long-run jobs per unit of credit moved a(1) * eps * theta * eta * E(0) / C(0), and per US$ 1m', () => {
    const smeJobs = (0.5 * Math.exp(-0.32) * 0.4 * 0.75 * 0.8 * 1000) / 100; // 1.2 e^-0.32 = 0.8714
    expect(sme.jobsPerCredit).toBeCloseTo(smeJobs, 14);
    expect(sme.jobsPerUsdMillion).toBeCloseTo((smeJobs / 1000) * 1e6, 9); // 871 per US$1m
    expect(large.jobsPerCredit).toBeCloseTo((0.5 * 0.1 * 0.5 * 0.5 * 500) / 1000, 14); // 0.00625
    expect(large.jobsPerUsdMillion).toBeCloseTo(6.25, 9);
  });

  it('sets the figure per US$ 1m against the 3-25 band', () => {
    expect(sme.verdict).toBe('above');
    expect(large.verdict).toBe('inside');
    const lowEta = impliedFigures(prepared({ ...small, assumptions: { ...small.assumptions, employmentElasticity: { sme: 0.8, large: 0.1 } } }));
    expect(lowEta[1].jobsPerUsdMillion).toBeCloseTo(1.25, 9);
    expect(lowEta[1].verdict).toBe('below');
  });

  it('counts persons per employment unit, and gives no figure per US$ 1m without an exchange rate', () => {
    const inThousands = impliedFigures(prepared({ ...small, economy: { ...small.economy, personsPerEmploymentUnit: 1000 } }));
    expect(inThousands[1].jobsPerUsdMillion).toBeCloseTo(6250, 6);
    const { usdPerCurrencyUnit: _dropped, ...withoutRate } = small.economy;
    const noRate = impliedFigures(prepared({ ...small, economy: withoutRate }));
    expect(noRate[0].jobsPerCredit).toBeCloseTo(sme.jobsPerCredit, 14);
    expect(noRate[0].jobsPerUsdMillion).toBeNaN();
    expect(noRate[0].verdict).toBeUndefined();
  });
});

describe('the implied jobs figure against the projection', () => {
  const loaded = loadText(readFileSync(join(import.meta.dirname, '../../scenarios/iran-workshop.json'), 'utf8'));
  if (!loaded.ok || loaded.file.kind !== 'workshop') throw new Error('the default workshop does not load');
  const base = loaded.file.workshop.scenarios[0];
  const ids = base.economy.classes.map((c) => c.id);

  // Nothing grows in year 1, capacity and jobs adjust fully within the year and the move is in place at
  // once, so year 1 is the long run; the donor's credit elasticity is 0, so the net jobs are the
  // recipient's alone; diversion is on and the file's year-1 real rates are negative, so a(1) < a.
  function isolated(recipient: number): ScenarioSpec {
    const donor = (recipient + 1) % ids.length;
    const a = base.assumptions ?? {};
    const eps = Object.fromEntries(ids.map((id, k) => [id, k === donor ? 0 : [0.4, 0.7, 0.6, 0.16][k]]));
    return {
      ...base,
      assumptions: {
        ...a,
        creditElasticity: eps,
        diversionSensitivity: 2,
        adjustmentSpeed: 1,
        employmentAdjustment: 1,
        domesticDemandGrowth: 0,
        worldDemandGrowth: 0,
        creditGrowth: 0,
        productivityGrowth: 0,
        laborProductivityGrowth: 0,
        rawMaterialInflation: 0,
      },
      policy: { reallocation: 1e-7, donors: [ids[donor]], recipients: [ids[recipient]], phaseInYears: 0 },
    };
  }

  it('equals the jobs per credit moved of a tiny move to one class, for each of the four classes', () => {
    expect(ids).toHaveLength(4);
    for (let k = 0; k < ids.length; k++) {
      const model = prepared(isolated(k));
      const implied = impliedFigures(model)[k];
      expect(implied.realisationYear1).toBeLessThan(model.creditRealisation[k]);
      const projected = jobsPerCreditMoved(model, 1);
      expect(Math.abs(projected / implied.jobsPerCredit - 1), ids[k]).toBeLessThan(1e-5);
    }
  });
});
