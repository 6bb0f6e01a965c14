/**
 * The one load path for scenario and workshop files (MODEL.md 7): round trips, robustness against any
 * input, hostile keys, messages for every problem, and purity (a failed load changes nothing).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ISSUE_CODES,
  MAX_FILE_BYTES,
  formatIssue,
  loadText,
  loadValue,
  serializeScenario,
  serializeWorkshop,
  splitPath,
  type LoadIssue,
  type LoadResult,
  type Scenario,
  type Workshop,
} from '../../src/scenario';
import { GOLDEN_DIR, listInvalidFiles, readInvalidFile, readInvalidManifest } from '../fixtures/invalid-manifest';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const goldenFiles = readdirSync(GOLDEN_DIR)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .sort();
const goldenText = (file: string): string => readFileSync(join(GOLDEN_DIR, file), 'utf8');
const goldenRaw = (file: string): JsonObject => JSON.parse(goldenText(file)) as JsonObject;

const clone = <T>(value: T): T => structuredClone(value);

function describeIssues(result: LoadResult): string {
  return result.ok ? 'ok' : result.issues.map(formatIssue).join('\n');
}

/** Loads text that must hold a scenario, or fails the test with the problems found. */
function loadScenario(text: string): Scenario {
  const result = loadText(text);
  if (!result.ok) throw new Error(`expected a valid scenario:\n${describeIssues(result)}`);
  if (result.file.kind !== 'scenario') throw new Error(`expected a scenario, got a ${result.file.kind}`);
  return result.file.scenario;
}

/** Loads text that must hold a workshop, or fails the test with the problems found. */
function loadWorkshop(text: string): Workshop {
  const result = loadText(text);
  if (!result.ok) throw new Error(`expected a valid workshop:\n${describeIssues(result)}`);
  if (result.file.kind !== 'workshop') throw new Error(`expected a workshop, got a ${result.file.kind}`);
  return result.file.workshop;
}

/** Checks what every load must return, valid or not: ok, or a non-empty list of one-line problems with paths. */
function expectWellFormed(result: LoadResult): void {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) expectOneLineIssue(issue);
}

function expectOneLineIssue(issue: LoadIssue): void {
  expect(typeof issue.path).toBe('string');
  expect(issue.path.length).toBeGreaterThan(0);
  const line = formatIssue(issue);
  expect(line, JSON.stringify(line)).not.toMatch(/[\n\r]/);
  expect(line.startsWith(`${issue.path}: `)).toBe(true);
  expect(line.length).toBeGreaterThan(issue.path.length + 2);
}

function snapshotPrototype(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

function expectPrototypeClean(before: readonly string[]): void {
  expect(snapshotPrototype()).toEqual(before);
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.sme).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('round trip: load -> serialize -> load', () => {
  it('finds the shared golden scenarios', () => {
    expect(goldenFiles.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of goldenFiles) {
    it(`${file}: loading its serialization gives an equal scenario, and serializing again gives the same text`, () => {
      const first = loadScenario(goldenText(file));
      const text = serializeScenario(first);
      const second = loadScenario(text);
      expect(second).toEqual(first);
      expect(serializeScenario(second)).toBe(text);
    });

    it(`${file}: loading keeps every field the file gives, and adds only what the migration wrote`, () => {
      const result = loadText(goldenText(file));
      if (!result.ok || result.file.kind !== 'scenario') throw new Error('expected a valid scenario');
      // A version-1 vector: the migration (MODEL.md 10) writes version 2 and the version-1 behaviour.
      expect(result.migrated).toHaveLength(1);
      const expected = structuredClone(goldenRaw(file)) as JsonObject;
      expected.version = 2;
      for (const [path, value] of Object.entries(result.migrated[0].migration.written)) {
        const [section, field] = path.split('.');
        const target = expected[section] as JsonObject;
        expect(Object.hasOwn(target, field), `${path} was in the file`).toBe(false);
        target[field] = value;
      }
      expect(Object.keys(result.migrated[0].migration.written)).toContain('assumptions.creditRealisation');
      expect(result.file.scenario).toEqual(expected);
    });
  }

  it('a workshop of the golden scenarios round-trips and keeps its scenarios in file order', () => {
    const scenarios = goldenFiles.map(goldenRaw);
    // Embedded scenarios may leave out their own format and version.
    const [first, ...rest] = scenarios;
    const { format: _f, version: _v, ...bare } = first;
    void _f;
    void _v;
    const raw = {
      format: 'sme-credit-workshop',
      version: 1,
      title: { en: 'Golden workshop', fa: 'کارگاه' },
      description: { en: 'Both golden vectors side by side' },
      reference: String(rest[0]?.id ?? first.id),
      scenarios: [bare, ...rest],
    };
    const loaded = loadWorkshop(JSON.stringify(raw));
    expect(loaded.scenarios.map((s) => s.id)).toEqual(scenarios.map((s) => s.id));
    const text = serializeWorkshop(loaded);
    const again = loadWorkshop(text);
    expect(again).toEqual(loaded);
    expect(serializeWorkshop(again)).toBe(text);
  });

  it('a scenario saved from a workshop loads as a standalone file equal to the one it came from', () => {
    const raw = goldenRaw('golden-two-classes.json');
    const { format: _f, version: _v, ...bare } = raw;
    void _f;
    void _v;
    const workshop = loadWorkshop(JSON.stringify({ format: 'sme-credit-workshop', version: 1, title: { en: 'w' }, scenarios: [bare] }));
    const standalone = loadScenario(serializeScenario(workshop.scenarios[0]));
    expect(standalone).toEqual(loadScenario(JSON.stringify(raw)));
  });

  it('property: valid variations of the four-class file round-trip exactly', () => {
    const rich = richFourClassScenario();
    fc.assert(
      fc.property(variationArbitrary(rich), (variation) => {
        const text = JSON.stringify(variation, null, 2);
        const first = loadScenario(text);
        const serialized = serializeScenario(first);
        const second = loadScenario(serialized);
        expect(second).toEqual(first);
        expect(serializeScenario(second)).toBe(serialized);
      }),
      { numRuns: 150 },
    );
  });
});

/** The golden four-class file with every optional part filled in (MODEL.md 7). */
function richFourClassScenario(): JsonObject {
  const golden = goldenRaw('golden-four-classes.json');
  const assumptions = golden.assumptions as JsonObject;
  const policy = golden.policy as JsonObject;
  return {
    ...golden,
    description: { en: 'Facilitator notes', fa: 'یادداشت‌های تسهیل‌گر' },
    sources: [{ label: 'Industrial census', url: 'https://example.org/census', note: 'table 3' }, { label: 'Central bank bulletin' }],
    assumptions: {
      ...assumptions,
      creditElasticity: { micro: 0.4, small: 0.7, medium: 0.6, large: 0.16 },
      smoothness: 4,
      adjustmentSpeed: 0.5,
      laborProductivityGrowth: 0.01,
      employmentElasticity: 1,
      employmentAdjustment: 0.3,
      firmEntryShare: 0.5,
      domesticDemandGrowth: '0.02 + 0.01 * (t >= 3)',
      inputCostShare: 0.74,
      creditGrowth: 0.02,
      pd: { micro: 0.07, small: 0.06, medium: 0.05, large: 0.035 },
      lgd: 0.5,
      marginalBorrowerRisk: 1.5,
      guaranteeMoralHazard: 0.3,
      nplResolution: 0.2,
      riskWeight: { micro: 0.75, small: 0.75, medium: 0.85, large: 1 },
      guaranteeRiskWeight: 0.2,
      capitalRatio: 0.08,
    },
    policy: {
      ...policy,
      donors: ['large'],
      recipients: ['micro', 'small', 'medium'],
      recipientWeights: { micro: 1, small: 2, medium: 1 },
      exportRampYears: 5,
    },
    uncertainty: [
      { param: 'assumptions.creditElasticity.micro', dist: 'triangular', low: 0.2, high: 0.6, mode: 0.4 },
      { param: 'policy.reallocation', dist: 'uniform', low: 0.05, high: 0.2 },
      { param: 'assumptions.smoothness', dist: 'normal', low: 2, high: 8, sd: 1 },
    ],
    monteCarlo: { draws: 500, seed: 7 },
    provenance: {
      'economy.classes[0].employment': { kind: 'data', source: 0, note: { en: 'Census table 3' } },
      'economy.classes[3].credit': { kind: 'data', source: 1 },
      'assumptions.financeBoundShare.micro': { kind: 'assumption' },
      'assumptions.worldDemandGrowth': { kind: 'assumption', note: { fa: 'فرض' } },
      'policy.reallocation': { kind: 'assumption', note: { en: 'The lever', fa: 'اهرم' } },
    },
  };
}

/** Tells whether a path (as provenance keys write it) names a number or expression in a JSON value. */
function leafExists(root: Json, path: string): boolean {
  const segments = splitPath(path);
  if (!segments) return false;
  let current: Json | undefined = root;
  for (const s of segments) {
    if (typeof current !== 'object' || current === null) return false;
    if (typeof s === 'number') current = Array.isArray(current) ? current[s] : undefined;
    else current = Array.isArray(current) || !Object.hasOwn(current, String(s)) ? undefined : current[String(s)];
  }
  return typeof current === 'number' || typeof current === 'string';
}

/** Random valid variations: optional parts left out, some numbers changed inside their ranges. */
function variationArbitrary(rich: JsonObject): fc.Arbitrary<JsonObject> {
  const assumptionKeys = Object.keys(rich.assumptions as JsonObject);
  const policyKeys = Object.keys(rich.policy as JsonObject);
  // Normalise -0 to 0: JSON has no negative zero to save.
  const unit = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((v) => v + 0);
  return fc
    .record({
      dropTop: fc.subarray(['description', 'sources', 'horizon', 'assumptions', 'policy', 'uncertainty', 'monteCarlo', 'provenance']),
      dropEconomy: fc.subarray(['calendar', 'currencyUnit', 'employmentUnit']),
      dropAssumptions: fc.subarray(assumptionKeys),
      dropPolicy: fc.subarray(policyKeys),
      horizon: fc.integer({ min: 1, max: 30 }),
      smoothness: fc.option(unit(0.5, 50)),
      reallocation: fc.option(unit(0, 0.8)),
      creditElasticity: fc.option(fc.oneof(unit(0, 1), fc.tuple(unit(0, 1), unit(0, 1), unit(0, 1), unit(0, 1)))),
      productivityGrowth: fc.option(fc.oneof(unit(-0.2, 0.3), fc.constant('0.01 * exp(-t / 5)'), fc.constant('t <= 2 ? -0.03 : 0.025'))),
      labels: fc.constantFrom<('en' | 'fa')[]>(['en'], ['fa'], ['en', 'fa']),
      seed: fc.option(fc.integer({ min: 0, max: 4_294_967_295 })),
    })
    .map((v) => {
      const s = clone(rich);
      for (const key of v.dropTop) delete s[key];
      if (s.horizon !== undefined) s.horizon = v.horizon;
      const economy = s.economy as JsonObject;
      for (const key of v.dropEconomy) delete economy[key];
      for (const c of economy.classes as JsonObject[]) {
        const label = c.label as JsonObject;
        for (const lang of ['en', 'fa']) if (!v.labels.includes(lang as 'en' | 'fa')) delete label[lang];
        if (Object.keys(label).length === 0) label.en = String(c.id);
      }
      if (typeof s.assumptions === 'object' && s.assumptions !== null && !Array.isArray(s.assumptions)) {
        const a = s.assumptions;
        for (const key of v.dropAssumptions) delete a[key];
        if (v.smoothness !== null) a.smoothness = v.smoothness;
        if (v.creditElasticity !== null) {
          const ce = v.creditElasticity;
          a.creditElasticity = typeof ce === 'number' ? ce : { micro: ce[0], small: ce[1], medium: ce[2], large: ce[3] };
        }
        if (v.productivityGrowth !== null) a.productivityGrowth = v.productivityGrowth;
      }
      if (typeof s.policy === 'object' && s.policy !== null && !Array.isArray(s.policy)) {
        for (const key of v.dropPolicy) delete s.policy[key];
        if (v.reallocation !== null) s.policy.reallocation = v.reallocation;
      }
      if (v.seed !== null && typeof s.monteCarlo === 'object' && s.monteCarlo !== null && !Array.isArray(s.monteCarlo)) s.monteCarlo.seed = v.seed;
      // Provenance may only name numbers that are still there, and data only with sources.
      if (typeof s.provenance === 'object' && s.provenance !== null && !Array.isArray(s.provenance)) {
        const kept: JsonObject = {};
        for (const [path, entry] of Object.entries(s.provenance)) {
          const isData = typeof entry === 'object' && entry !== null && !Array.isArray(entry) && entry.kind === 'data';
          if (leafExists(s, path) && (!isData || s.sources !== undefined)) kept[path] = entry;
        }
        s.provenance = kept;
      }
      return s;
    });
}

/** Every place in a JSON value, as a list of keys and indices. */
function allPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...allPaths(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...allPaths(v, [...prefix, k]));
  return out;
}

/** Replaces (or, with undefined, removes) the value at a path; the root itself is replaced by returning it. */
function mutate(root: Json, path: readonly (string | number)[], replacement: Json | undefined): Json | undefined {
  if (path.length === 0) return replacement;
  let parent: Json = root;
  for (const s of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return root;
    const next: Json | undefined = Array.isArray(parent) ? parent[Number(s)] : parent[String(s)];
    if (next === undefined) return root;
    parent = next;
  }
  const last = path[path.length - 1];
  if (Array.isArray(parent)) {
    if (replacement === undefined) parent.splice(Number(last), 1);
    else parent[Number(last)] = replacement;
  } else if (typeof parent === 'object' && parent !== null) {
    if (replacement === undefined) delete parent[String(last)];
    else parent[String(last)] = replacement;
  }
  return root;
}

/** A golden-based file with one to three random parts replaced by any JSON value or removed. */
function mutatedFileArbitrary(base: Json): fc.Arbitrary<Json | undefined> {
  const paths = allPaths(base);
  const replacement = fc.option(fc.jsonValue({ maxDepth: 3, stringUnit: 'binary-ascii' }) as fc.Arbitrary<Json>, { nil: undefined });
  return fc.array(fc.tuple(fc.constantFrom(...paths), replacement), { minLength: 1, maxLength: 3 }).map((edits) => {
    let doc: Json | undefined = clone(base);
    for (const [path, value] of edits) {
      if (doc === undefined) break;
      doc = mutate(doc, path, value);
    }
    return doc;
  });
}

describe('loading never throws', () => {
  it('property: any JSON value gives ok or a list of one-line problems (loadValue)', () => {
    const before = snapshotPrototype();
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(loadValue(value));
      }),
      { numRuns: 300 },
    );
    expectPrototypeClean(before);
  });

  it('property: any JSON value as text gives ok or a list of one-line problems (loadText)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        expectWellFormed(loadText(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('property: any string gives ok or a list of one-line problems (loadText)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const result = loadText(text);
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('property: the four-class file with random parts replaced or removed gives ok or one-line problems', () => {
    const before = snapshotPrototype();
    fc.assert(
      fc.property(mutatedFileArbitrary(richFourClassScenario()), (doc) => {
        expectWellFormed(loadValue(doc));
        expectWellFormed(loadText(JSON.stringify(doc) ?? ''));
      }),
      { numRuns: 400 },
    );
    expectPrototypeClean(before);
  });

  it('property: a workshop with random parts replaced or removed gives ok or one-line problems', () => {
    const workshop: Json = {
      format: 'sme-credit-workshop',
      version: 1,
      title: { en: 'w' },
      scenarios: goldenFiles.map(goldenRaw),
    };
    fc.assert(
      fc.property(mutatedFileArbitrary(workshop), (doc) => {
        expectWellFormed(loadText(JSON.stringify(doc) ?? ''));
      }),
      { numRuns: 200 },
    );
  });

  it('an unknown field whose name holds a line break is reported on one line', () => {
    const raw = { ...goldenRaw('golden-two-classes.json'), 'colour\nred': 1 };
    const result = loadText(JSON.stringify(raw));
    expect(result.ok).toBe(false);
    expectWellFormed(result);
  });

  it('a per-class key or provenance key holding a line break is reported on one line', () => {
    const raw = goldenRaw('golden-two-classes.json');
    const assumptions = raw.assumptions as JsonObject;
    const perClass = loadText(JSON.stringify({ ...raw, assumptions: { ...assumptions, pd: { sme: 0.1, corporate: 0.02, 'x\ny': 0.1 } } }));
    expect(perClass.ok).toBe(false);
    expectWellFormed(perClass);
    const provenance = loadText(JSON.stringify({ ...raw, provenance: { 'horizon\n': { kind: 'assumption' } } }));
    expect(provenance.ok).toBe(false);
    expectWellFormed(provenance);
  });

  it('nesting deeper than the parser can follow is a problem with the file, not a crash', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = loadText(deep);
    expect(result.ok).toBe(false);
    expectWellFormed(result);
  });
});

describe('hostile keys', () => {
  const golden = () => goldenRaw('golden-two-classes.json');

  it('__proto__ at the top level is refused by name and never changes Object.prototype', () => {
    const before = snapshotPrototype();
    const text = `{"__proto__": {"polluted": true, "sme": 1}, ${JSON.stringify(golden()).slice(1)}`;
    const result = loadText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain('__proto__');
    expectPrototypeClean(before);
  });

  it('__proto__ nested in a per-class object is refused by its path and never changes Object.prototype', () => {
    const before = snapshotPrototype();
    const text = JSON.stringify(golden()).replace('"creditElasticity":{', '"creditElasticity":{"__proto__":{"polluted":true,"sme":0.9},');
    expect(text).toContain('__proto__');
    const result = loadText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain('assumptions.creditElasticity.__proto__');
    expectPrototypeClean(before);
  });

  it('constructor.prototype is refused and never changes Object.prototype', () => {
    const before = snapshotPrototype();
    const raw = golden();
    const text = JSON.stringify({ ...raw, policy: { ...(raw.policy as JsonObject), constructor: { prototype: { polluted: true } } } });
    const result = loadText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain('policy.constructor');
    expectPrototypeClean(before);
  });

  it('property: a __proto__ key put into any object of the file is refused, naming its path', () => {
    const base = golden();
    const objectPaths = allPaths(base).filter((p) => {
      let v: Json | undefined = base;
      for (const s of p) v = typeof v === 'object' && v !== null ? (Array.isArray(v) ? v[Number(s)] : v[String(s)]) : undefined;
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    });
    const before = snapshotPrototype();
    fc.assert(
      fc.property(fc.constantFrom(...objectPaths), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        // JSON.parse makes "__proto__" an own key, as a file on disk would.
        const marker = '"__marker__"';
        const doc = clone(base);
        mutate(doc, [...path, '__marker__'], value as Json);
        const text = JSON.stringify(doc).replace(marker, '"__proto__"');
        const result = loadText(text);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          const where = [...path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)), '.__proto__'].join('').replace(/^\./, '');
          expect(result.issues.map((i) => i.path)).toContain(where);
        }
      }),
      { numRuns: 100 },
    );
    expectPrototypeClean(before);
  });
});

describe('messages for every problem', () => {
  const manifest = readInvalidManifest();

  it('covers every invalid fixture in the manifest', () => {
    expect(manifest.map((f) => f.file).sort()).toEqual(listInvalidFiles());
  });

  it('every issue code the invalid fixtures produce has an English message, one line, never the bare code', () => {
    const seen = new Set<string>();
    for (const fixture of manifest) {
      const result = loadText(readInvalidFile(fixture.file));
      if (result.ok) continue; // the command-line test reports a fixture that loads
      for (const issue of result.issues) {
        seen.add(issue.code);
        expect(ISSUE_CODES, `${fixture.file}: ${issue.code}`).toContain(issue.code);
        const line = formatIssue(issue);
        expectOneLineIssue(issue);
        expect(line.endsWith(`: ${issue.code}`), line).toBe(false);
        // p() and num() in messages.ts print "?" for a parameter the issue lacks.
        expect(line.replace('a ? b : c', ''), `${fixture.file}: a parameter of the message is missing`).not.toMatch(/(^|[\s("])\?([\s)",;]|$)/);
        expect(line).not.toMatch(/undefined|\[object Object\]/);
      }
    }
    // The fixtures exercise most of the catalog; a code they never produce is listed here when it fails.
    expect(seen.size).toBeGreaterThan(40);
  });

  it('each invalid fixture fails to load and names the paths its manifest lists', () => {
    for (const fixture of manifest) {
      const result = loadText(readInvalidFile(fixture.file));
      expect(result.ok, `${fixture.file} (${fixture.why}) loaded`).toBe(false);
      if (!result.ok) {
        const paths = result.issues.map((i) => i.path);
        for (const p of fixture.paths) expect(paths, fixture.file).toContain(p);
      }
    }
  });
});

describe('purity: a failed load changes nothing', () => {
  it('a failing load returns ok: false and leaves the previously loaded scenario untouched', () => {
    const previous = loadScenario(goldenText('golden-four-classes.json'));
    const snapshot = clone(previous);
    let failures = 0;
    for (const file of listInvalidFiles()) {
      const result = loadText(readInvalidFile(file));
      if (!result.ok) failures += 1;
      // A failure is only a list of problems: nothing of the file comes back.
      if (!result.ok) expect(Object.keys(result).sort(), file).toEqual(['issues', 'ok']);
    }
    expect(failures).toBeGreaterThan(150);
    expect(previous).toEqual(snapshot);
  });

  it('two loads of one file share no objects: changing one leaves the other as loaded', () => {
    const text = goldenText('golden-four-classes.json');
    const a = loadScenario(text);
    const b = loadScenario(text);
    expect(a).not.toBe(b);
    const expected = clone(b);
    (a.economy.classes[0] as { firms: number }).firms = 1;
    (a.assumptions as { smoothness?: number }).smoothness = 9;
    expect(b).toEqual(expected);
    expect(loadScenario(text)).toEqual(expected);
  });

  it('loadValue neither changes nor needs to change the value it is given (a frozen value loads)', () => {
    const raw = deepFreeze(goldenRaw('golden-four-classes.json'));
    const snapshot = clone(raw);
    const result = loadValue(raw);
    expect(describeIssues(result)).toBe('ok');
    expect(raw).toEqual(snapshot);
    const bad = deepFreeze({ ...clone(snapshot), horizon: 99, colour: 'red' });
    expect(loadValue(bad).ok).toBe(false);
  });

  it('loading adds no globals and leaves Object.prototype as it was', () => {
    const globals = Object.getOwnPropertyNames(globalThis).sort();
    const before = snapshotPrototype();
    for (const file of listInvalidFiles()) loadText(readInvalidFile(file));
    for (const file of goldenFiles) loadText(goldenText(file));
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(globals);
    expectPrototypeClean(before);
  });

  it('the same text always gives the same result', () => {
    const texts = [...listInvalidFiles().map(readInvalidFile), ...goldenFiles.map(goldenText)];
    for (const text of texts) expect(loadText(text)).toEqual(loadText(text));
  });
});

describe('the 1 MiB limit', () => {
  /** The two-class golden file padded through its description to exactly `bytes` bytes of UTF-8. */
  function padded(bytes: number, unit: string): string {
    const raw = goldenRaw('golden-two-classes.json');
    const empty = JSON.stringify({ ...raw, description: { en: '' } });
    const room = bytes - new TextEncoder().encode(empty).length;
    const unitBytes = new TextEncoder().encode(unit).length;
    const text = JSON.stringify({ ...raw, description: { en: unit.repeat(Math.floor(room / unitBytes)) + 'x'.repeat(room % unitBytes) } });
    expect(new TextEncoder().encode(text).length).toBe(bytes);
    return text;
  }

  it('a valid file of exactly 1 MiB loads', () => {
    expect(MAX_FILE_BYTES).toBe(1024 * 1024);
    // JSON's own whitespace fills it: a description is limited to 20,000 characters (MODEL.md 7).
    const text = JSON.stringify(goldenRaw('golden-two-classes.json'));
    const exact = `${text.slice(0, -1)}${' '.repeat(MAX_FILE_BYTES - new TextEncoder().encode(text).length)}}`;
    expect(new TextEncoder().encode(exact).length).toBe(MAX_FILE_BYTES);
    const loaded = loadText(exact);
    expect(loaded.ok ? 'ok' : loaded.issues.map(formatIssue).join('\n')).toBe('ok');
  });

  it('a file of 1 MiB + 1 byte is refused with one problem for the whole file', () => {
    const result = loadText(padded(MAX_FILE_BYTES + 1, 'x'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(['(file)']);
  });

  it('the limit counts UTF-8 bytes, not characters (Persian text)', () => {
    const text = padded(MAX_FILE_BYTES + 2, 'ب');
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    const result = loadText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(['(file)']);
  });
});
