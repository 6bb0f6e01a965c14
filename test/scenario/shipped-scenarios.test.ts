/**
 * What the shipped scenarios claim, checked with the engine (MODEL.md 5 and 7): every file is a
 * version-2 file that loads as it is; the default workshop's first credit move lands inside the evidence
 * band for jobs per US$ 1m; the guarantee fund of one twin runs dry while the other's stays solvent; and
 * raising the lending-rate cap toward inflation, with diversion, raises jobs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_LEVERS, jobsPerCreditFigures, prepareScenario, project, totalDifference, type PreparedModel } from '../../src/engine';
import { MAX_FILE_BYTES, formatIssue, loadText, type Scenario } from '../../src/scenario';
import { REPO_ROOT } from '../fixtures/invalid-manifest';

const SCENARIO_DIR = join(REPO_ROOT, 'scenarios');
const WORKSHOP_FILE = 'iran-workshop.json';
const files = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const readText = (file: string): string => readFileSync(join(SCENARIO_DIR, file), 'utf8');

/** The evidence band at year 2 (CALIBRATION.md 5) and the ceiling at the horizon the default move must respect. */
const BAND = { low: 3, high: 25, horizonCeiling: 50 } as const;

function workshopScenarios(): readonly Scenario[] {
  const result = loadText(readText(WORKSHOP_FILE));
  if (!result.ok || result.file.kind !== 'workshop') throw new Error(`${WORKSHOP_FILE} is not a valid workshop file`);
  return result.file.workshop.scenarios;
}

function fileScenario(file: string): Scenario {
  const result = loadText(readText(file));
  if (!result.ok || result.file.kind !== 'scenario') throw new Error(`${file} is not a valid scenario file`);
  return result.file.scenario;
}

function scenarioById(id: string): Scenario {
  const found = workshopScenarios().find((s) => s.id === id);
  if (!found) throw new Error(`the default workshop has no scenario "${id}"`);
  return found;
}

function modelOf(scenario: Scenario): PreparedModel {
  const prepared = prepareScenario(scenario);
  if (!prepared.ok) throw new Error(`${scenario.id}: ${JSON.stringify(prepared.issues)}`);
  return prepared.model;
}

/** The policy's jobs at the horizon: the scenario minus its own counterfactual. */
function jobsEffect(scenario: Scenario): number {
  const model = modelOf(scenario);
  return totalDifference(project(model), project(model, NO_LEVERS), 'employment', model.horizon);
}

/** The scenario with one field removed, for comparing twins that should differ in that field alone. */
function without(scenario: Scenario, section: 'assumptions' | 'policy', name: string): unknown {
  const copy = structuredClone(scenario) as unknown as Record<string, Record<string, unknown>>;
  delete copy[section][name];
  for (const key of ['id', 'title', 'description', 'provenance', 'monteCarlo']) delete (copy as Record<string, unknown>)[key];
  return copy;
}

describe('every shipped file', () => {
  for (const file of files) {
    it(`${file} is a version-2 file that loads without problems or migration, well below the size limit`, () => {
      const text = readText(file);
      const raw = JSON.parse(text) as { version?: unknown; scenarios?: Array<{ version?: unknown }> };
      expect(raw.version).toBe(2);
      for (const s of raw.scenarios ?? []) if (s.version !== undefined) expect(s.version).toBe(2);
      const result = loadText(text);
      expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
      expect(result.ok && result.migrated).toEqual([]);
      expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_FILE_BYTES * 0.6);
    });
  }

  it('gives provenance for the exchange rate, the employment unit and each base-year NPL ratio a scenario sets', () => {
    const scenarios = files.flatMap((file) => {
      const result = loadText(readText(file));
      if (!result.ok) return [];
      return result.file.kind === 'workshop' ? result.file.workshop.scenarios : [result.file.scenario];
    });
    expect(scenarios.length).toBeGreaterThan(0);
    for (const s of scenarios) {
      const provenance = s.provenance ?? {};
      const paths: string[] = ['economy.baseYear'];
      if (s.economy.usdPerCurrencyUnit !== undefined) paths.push('economy.usdPerCurrencyUnit');
      if (s.economy.personsPerEmploymentUnit !== undefined) paths.push('economy.personsPerEmploymentUnit');
      s.economy.classes.forEach((c, i) => {
        if (c.nplRatio !== undefined) paths.push(`economy.classes[${i}].nplRatio`);
      });
      expect(paths.filter((p) => !Object.hasOwn(provenance, p)), s.id).toEqual([]);
    }
  });

  it('no longer calls the micro class credit share the most influential number', () => {
    for (const file of files) {
      const text = readText(file);
      expect(text, file).not.toMatch(/most influential unsourced/);
      expect(text, file).not.toMatch(/اثرگذارترین عددِ بی‌منبع/);
    }
  });
});

describe(`the default workshop (${WORKSHOP_FILE})`, () => {
  it('starts from a 1400 base year with 1401-1404 entered as history before an assumption for the rest', () => {
    const [reference] = workshopScenarios();
    expect(reference.economy.baseYear).toBe(1400);
    expect(reference.economy.usdPerCurrencyUnit).toBeGreaterThan(0);
    expect(reference.economy.personsPerEmploymentUnit).toBe(1000);
    const inflation: unknown = reference.assumptions?.inflation;
    expect(Array.isArray(inflation) ? inflation.length : 0).toBeGreaterThanOrEqual(5);
  });

  it('keeps the 1392 presets beside the workshop, labelled as history, and none in it', () => {
    expect(workshopScenarios().filter((s) => s.economy.baseYear === 1392)).toEqual([]);
    const history = ['iran-article-baseline', 'iran-sci-baseline'].map((id) => fileScenario(`${id}.json`));
    expect(history.map((s) => s.economy.baseYear)).toEqual([1392, 1392]);
    for (const s of history) {
      expect(s.title.en).toMatch(/^History:/);
      expect(s.title.fa).toMatch(/^پیشینه:/);
    }
  });

  it('says in every description where the scenario stands against the 3-25 evidence band', () => {
    for (const s of workshopScenarios()) {
      expect(s.description?.en, s.id).toMatch(/3-25/);
      expect(s.description?.fa, s.id).toMatch(/۳ تا ۲۵/);
    }
  });

  it('gives the same jobs-per-credit figures from the run\'s own counterfactual (the app passes it) as from a fresh one', () => {
    for (const s of workshopScenarios()) {
      const model = modelOf(s);
      expect(jobsPerCreditFigures(model, project(model, NO_LEVERS)), s.id).toEqual(jobsPerCreditFigures(model));
    }
  });

  it(`gives, for its first credit move (credit lever alone), ${BAND.low}-${BAND.high} jobs per US$ 1m at year 2 and at most ${BAND.horizonCeiling} at the horizon`, () => {
    const first = workshopScenarios().find((s) => (s.policy?.reallocation ?? 0) > 0);
    if (!first) throw new Error('the default workshop moves no credit');
    const figures = jobsPerCreditFigures(modelOf(first));
    expect(figures.year2PerUsdMillion).toBeGreaterThanOrEqual(BAND.low);
    expect(figures.year2PerUsdMillion).toBeLessThanOrEqual(BAND.high);
    expect(figures.horizonPerUsdMillion).toBeLessThanOrEqual(BAND.horizonCeiling);
    // The assumptions that put it there say why, in both languages.
    const provenance = first.provenance ?? {};
    for (const path of [
      'assumptions.creditRealisation',
      'assumptions.employmentElasticity',
      'assumptions.financeBoundShare.micro',
      'assumptions.smoothness',
      'assumptions.diversionSensitivity',
      'economy.usdPerCurrencyUnit',
      'economy.classes[0].employment',
    ]) {
      const entry = provenance[path];
      expect(entry?.note?.en?.trim(), path).toBeTruthy();
      expect(entry?.note?.fa?.trim(), path).toBeTruthy();
    }
    // Its uncertainty ranges cover the assumptions that move the figure most.
    const uncertain = (first.uncertainty ?? []).map((u) => u.param.split('.').slice(0, 2).join('.'));
    for (const name of ['financeBoundShare', 'employmentElasticity', 'smoothness', 'creditRealisation', 'diversionSensitivity']) {
      expect(uncertain, name).toContain(`assumptions.${name}`);
    }
  });

  it('has a guarantee whose fund runs dry and a twin, differing only in its capital, whose fund stays solvent', () => {
    const dry = scenarioById('iran-guarantee-fund-runs-dry');
    const solvent = scenarioById('iran-guarantee-fund-solvent');
    expect(without(solvent, 'policy', 'guaranteeFundCapital')).toEqual(without(dry, 'policy', 'guaranteeFundCapital'));
    expect(solvent.policy?.guaranteeFundCapital ?? 0).toBeGreaterThan(dry.policy?.guaranteeFundCapital ?? 0);
    expect(project(modelOf(dry)).warnings.map((w) => w.code)).toContain('fund-exhausted');
    expect(project(modelOf(solvent)).warnings.map((w) => w.code).filter((c) => c.startsWith('fund-'))).toEqual([]);
  });

  it('with diversion, raising the lending-rate cap toward inflation raises jobs', () => {
    const low = scenarioById('iran-rate-cap-below-inflation');
    const raised = scenarioById('iran-rate-cap-raised');
    expect(without(raised, 'assumptions', 'lendingRate')).toEqual(without(low, 'assumptions', 'lendingRate'));
    expect(low.assumptions?.diversionSensitivity ?? 0).toBeGreaterThan(0);
    // The cap is below inflation in every year of the first, and never lower in the second.
    const lowModel = modelOf(low);
    const raisedModel = modelOf(raised);
    for (let t = 1; t <= lowModel.horizon; t++) {
      for (let k = 0; k < lowModel.classCount; k++) {
        expect(lowModel.lendingRate[k][t]).toBeLessThan(lowModel.inflation[t]);
        expect(raisedModel.lendingRate[k][t]).toBeGreaterThanOrEqual(lowModel.lendingRate[k][t]);
      }
    }
    expect(jobsEffect(raised)).toBeGreaterThan(jobsEffect(low));
  });

  it('has an input-price shock taken from a year of input prices rising faster than consumer prices', () => {
    const shock = modelOf(scenarioById('iran-input-price-shock'));
    expect(Math.max(...Array.from(shock.rawMaterialInflation).slice(1))).toBeGreaterThan(0.1);
  });
});
