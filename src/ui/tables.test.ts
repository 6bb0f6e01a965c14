/**
 * The parameter and measure tables are the single source (src/engine/parameters.ts, measures.ts): this
 * walks them and fails where a parameter or a measure lacks what every one must have — a schema entry,
 * a control, a label and a help text in both languages, a place among the uncertainty choices where it
 * may be uncertain, a reported series in the command line's output.
 */
import { describe, expect, it } from 'vitest';
import {
  HEADLINE_MEASURES,
  MEASURES,
  PARAMETERS,
  PARAMETER_NAMES,
  REPORTED_SERIES,
  SERIES_NAMES,
  defaultFor,
  isPerClassKind,
  prepareScenario,
  resolveParameter,
  runPrepared,
  toReport,
  type ScenarioSpec,
} from '../engine';
import { en } from '../i18n/messages-en';
import { fa, faIssues } from '../i18n/messages-fa';
import { ISSUE_CODES, fileSchemas } from '../scenario';
import { CONTROL_GROUPS, PRESENT_LEVER_CONTROLS } from './parameter-groups';

const catalogs: Record<string, Record<string, string>> = { en, fa };

/** A four-class economy with every parameter at its default. */
const fourClasses: ScenarioSpec = {
  id: 'tables',
  economy: {
    baseYear: 1400,
    classes: ['micro', 'small', 'medium', 'large'].map((id, k) => ({ id, label: { en: id }, firms: 10 ** (4 - k), employment: 100, output: 100, exportShare: 0.05, credit: 10 + 20 * k })),
  },
};

function hasText(catalog: Record<string, string>, key: string): boolean {
  return Object.hasOwn(catalog, key) && catalog[key].trim() !== '';
}

describe('the parameter table', () => {
  const { assumptionsSchema, policySchema } = fileSchemas();
  const prepared = prepareScenario(fourClasses);
  if (!prepared.ok) throw new Error('the four-class economy does not prepare');
  const model = prepared.model;

  it.each(PARAMETER_NAMES)('%s has a schema entry in its section', (name) => {
    const shape: Record<string, unknown> = PARAMETERS[name].section === 'assumptions' ? assumptionsSchema.shape : policySchema.shape;
    expect(Object.hasOwn(shape, name), `${PARAMETERS[name].section}.${name} in the schema`).toBe(true);
  });

  it.each(PARAMETER_NAMES)('%s has a control in its group, and in workshop mode where it is a lever', (name) => {
    const groups = CONTROL_GROUPS.filter((g) => g.controls.some((c) => c.name === name));
    expect(groups.map((g) => g.id)).toEqual([PARAMETERS[name].group]);
    expect(PRESENT_LEVER_CONTROLS.some((c) => c.name === name)).toBe(PARAMETERS[name].lever);
  });

  it.each(PARAMETER_NAMES)('%s has a label, a help text, a unit and a group title in English and Persian', (name) => {
    const spec = PARAMETERS[name];
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const key of [`param.${name}`, `param.${name}.help`, `unit.${spec.unit}`, `group.${spec.group}`]) {
        expect(hasText(catalog, key), `${language}: ${key}`).toBe(true);
      }
    }
  });

  it.each(PARAMETER_NAMES)('%s has defaults inside its range and a step a slider can take', (name) => {
    const spec = PARAMETERS[name];
    for (let k = 0; k < 4; k++) {
      const d = defaultFor(spec, k, 4);
      if (d !== undefined) {
        expect(d).toBeGreaterThanOrEqual(spec.min);
        expect(d).toBeLessThanOrEqual(spec.max);
      }
    }
    expect(spec.step).toBeGreaterThan(0);
    expect(spec.step).toBeLessThan(spec.max - spec.min);
  });

  it.each(PARAMETER_NAMES)('%s can be made uncertain exactly where the table says so', (name) => {
    const spec = PARAMETERS[name];
    const path = `${spec.section}.${name}${isPerClassKind(spec.kind) ? '.small' : ''}`;
    const handle = resolveParameter(model, path);
    if (spec.uncertain) expect(typeof handle, path).toBe('object');
    else expect(handle, path).toBe('unknown-parameter');
  });
});

describe('the measure table', () => {
  const prepared = prepareScenario(fourClasses);
  if (!prepared.ok) throw new Error('the four-class economy does not prepare');
  const report = toReport(runPrepared(prepared.model));

  it.each(SERIES_NAMES)('%s has a name in English and Persian (and a short name where it is a headline)', (name) => {
    const keys = [`measure.${name}`, ...((HEADLINE_MEASURES as readonly string[]).includes(name) ? [`measure.${name}.short`] : [])];
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const key of keys) expect(hasText(catalog, key), `${language}: ${key}`).toBe(true);
    }
  });

  it('reports exactly the reported series, per class only where the table says so', () => {
    expect(Object.keys(report.series)).toEqual(REPORTED_SERIES);
    for (const name of REPORTED_SERIES) {
      const columns = Object.keys(report.series[name]);
      expect(columns, name).toEqual(MEASURES[name].scope === 'perClass' ? [...report.classes, 'total'] : ['total']);
    }
  });
});

describe('the problem codes', () => {
  it('every code has a Persian message, and the Persian catalog names no other code', () => {
    expect(Object.keys(faIssues).sort()).toEqual([...ISSUE_CODES].sort());
    for (const code of ISSUE_CODES) expect(faIssues[code].trim(), code).not.toBe('');
  });
});
