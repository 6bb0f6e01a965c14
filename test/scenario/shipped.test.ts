/**
 * The scenarios shipped in scenarios/ (MODEL.md 7): each loads without problems, the workshop holds
 * exactly the standalone files, and each says in both languages what it is, where its numbers come from,
 * and gives provenance for every number it sets.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadText, type Scenario } from '../../src/scenario';
import { REPO_ROOT } from '../fixtures/invalid-manifest';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const SCENARIO_DIR = join(REPO_ROOT, 'scenarios');
const WORKSHOP_FILE = 'iran-workshop.json';
const files = existsSync(SCENARIO_DIR)
  ? readdirSync(SCENARIO_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];

const readText = (file: string): string => readFileSync(join(SCENARIO_DIR, file), 'utf8');
const readRaw = (file: string): JsonObject => JSON.parse(readText(file)) as JsonObject;

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A scenario as shipped: its label for test names, its raw JSON, and where it lives. */
interface ShippedScenario {
  readonly label: string;
  readonly raw: JsonObject;
}

/** Every scenario in scenarios/: the standalone files and each scenario inside a workshop file. */
function shippedScenarios(): ShippedScenario[] {
  const out: ShippedScenario[] = [];
  for (const file of files) {
    const raw = readRaw(file);
    if (raw.format === 'sme-credit-workshop' && Array.isArray(raw.scenarios)) {
      raw.scenarios.forEach((s, i) => {
        if (isObject(s)) out.push({ label: `${file} scenarios[${i}] (${String(s.id)})`, raw: s });
      });
    } else {
      out.push({ label: file, raw });
    }
  }
  return out;
}

/**
 * The paths of every number and expression a scenario sets explicitly in economy.classes[i] (the five
 * data fields), assumptions and policy. donors and recipients hold class ids, not numbers.
 */
function explicitNumberPaths(raw: JsonObject): string[] {
  const paths: string[] = [];
  const walk = (value: Json, path: string) => {
    if (typeof value === 'number' || typeof value === 'string') paths.push(path);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  const economy = raw.economy;
  if (isObject(economy) && Array.isArray(economy.classes)) {
    economy.classes.forEach((c, i) => {
      if (!isObject(c)) return;
      for (const field of ['firms', 'employment', 'output', 'exportShare', 'credit']) {
        if (c[field] !== undefined) walk(c[field], `economy.classes[${i}].${field}`);
      }
    });
  }
  for (const group of ['assumptions', 'policy']) {
    const block = raw[group];
    if (!isObject(block)) continue;
    for (const [name, value] of Object.entries(block)) {
      if (group === 'policy' && (name === 'donors' || name === 'recipients')) continue;
      walk(value, `${group}.${name}`);
    }
  }
  return paths;
}

/** Drops a scenario's own format and version (optional inside a workshop). */
function withoutEnvelope(s: Scenario): Omit<Scenario, 'format' | 'version'> {
  const { format: _format, version: _version, ...rest } = s;
  void _format;
  void _version;
  return rest;
}

describe('shipped scenario files', () => {
  it(`ships scenario files in scenarios/, among them ${WORKSHOP_FILE}`, () => {
    expect(files.length).toBeGreaterThan(1);
    expect(files).toContain(WORKSHOP_FILE);
  });

  for (const file of files) {
    it(`${file} loads without problems`, () => {
      const result = loadText(readText(file));
      expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    });
  }
});

describe(WORKSHOP_FILE, () => {
  it('holds each standalone scenario file of scenarios/ as it is, matched by id', () => {
    const workshop = loadText(readText(WORKSHOP_FILE));
    if (!workshop.ok || workshop.file.kind !== 'workshop') throw new Error(`${WORKSHOP_FILE} is not a valid workshop file`);
    const standalone = new Map<string, Scenario>();
    for (const file of files.filter((f) => f !== WORKSHOP_FILE)) {
      const result = loadText(readText(file));
      if (result.ok && result.file.kind === 'scenario') standalone.set(result.file.scenario.id, result.file.scenario);
    }
    expect(workshop.file.workshop.scenarios.length).toBeGreaterThan(0);
    for (const scenario of workshop.file.workshop.scenarios) {
      const own = standalone.get(scenario.id);
      expect(own, `scenarios/ has no standalone file for "${scenario.id}"`).toBeDefined();
      if (own) expect(withoutEnvelope(scenario), scenario.id).toEqual(withoutEnvelope(own));
    }
  });

  it('names an existing scenario as its reference, if it names one', () => {
    const raw = readRaw(WORKSHOP_FILE);
    const ids = Array.isArray(raw.scenarios) ? raw.scenarios.map((s) => (isObject(s) ? s.id : undefined)) : [];
    if (raw.reference !== undefined) expect(ids).toContain(raw.reference);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('every shipped scenario documents itself', () => {
  const scenarios = shippedScenarios();

  it('finds the shipped scenarios', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  for (const { label, raw } of scenarios) {
    it(`${label} has a title and a description in English and Persian`, () => {
      for (const field of ['title', 'description']) {
        const text = raw[field];
        expect(isObject(text), `${field} is an object`).toBe(true);
        if (!isObject(text)) continue;
        for (const lang of ['en', 'fa']) {
          const value = text[lang];
          expect(typeof value === 'string' && value.trim().length > 0, `${field}.${lang}`).toBe(true);
        }
      }
      // The Persian text is Persian, not a copy of the English.
      const title = raw.title;
      if (isObject(title) && typeof title.fa === 'string') expect(title.fa).toMatch(/[\u0600-\u06FF]/);
    });

    it(`${label} cites at least one source, each with a label`, () => {
      const sources = raw.sources;
      expect(Array.isArray(sources) && sources.length > 0).toBe(true);
      if (Array.isArray(sources)) for (const s of sources) expect(isObject(s) && typeof s.label === 'string' && s.label.trim() !== '').toBe(true);
    });

    it(`${label} gives provenance for every number it sets in economy.classes, assumptions and policy`, () => {
      const provenance = isObject(raw.provenance) ? raw.provenance : {};
      const expected = explicitNumberPaths(raw);
      expect(expected.length).toBeGreaterThan(0);
      const missing = expected.filter((p) => !Object.hasOwn(provenance, p));
      expect(missing, 'numbers without provenance').toEqual([]);
    });
  }
});
