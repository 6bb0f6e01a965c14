import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario, toReport, type ScenarioReport } from '../../src/engine/report';
import { loadText } from '../../src/scenario';

// The shared vectors live beside the repository; CI lays shared/ next to the checkout.
const goldenRoot = join(import.meta.dirname, '../../../shared/golden');
const vectorsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

// MODEL.md 8, invariant 13: after migration a version-1 file keeps its version-1 results in every
// series but these three (the bad-loan stock's new starting point, its erosion, losses on performing loans).
const EXEMPT_AFTER_MIGRATION = new Set(['npl', 'expectedLoss', 'guaranteeCost']);

/** Loads a vector through the file loader (so a version-1 file is migrated) and reports it. */
function reportOf(path: string): { report: ScenarioReport; migrated: number } {
  const loaded = loadText(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  if (loaded.file.kind !== 'scenario') throw new Error('a golden vector is a scenario file');
  const result = runScenario(loaded.file.scenario);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { report: toReport(result.run), migrated: loaded.migrated.length };
}

function compare(report: ScenarioReport, expected: Record<string, unknown>, exempt: ReadonlySet<string>): number {
  expect(report.years).toEqual(expected.years);
  expect(report.classes).toEqual(expected.classes);
  let compared = 0;
  for (const part of ['series', 'counterfactual'] as const) {
    const want = expected[part] as Record<string, Record<string, number[]>>;
    for (const [series, table] of Object.entries(want)) {
      if (exempt.has(series)) continue;
      expect(report[part][series], `${part}.${series}`).toBeDefined();
      const scale = Math.max(...Object.values(table).flat().map(Math.abs)) || 1;
      expect(Object.keys(report[part][series]).sort()).toEqual(Object.keys(table).sort());
      for (const [cls, values] of Object.entries(table)) {
        values.forEach((v, t) => {
          const got = report[part][series][cls][t];
          expect(Math.abs(got - v) / scale, `${part}.${series}.${cls}[${t}]: ${got} vs ${v}`).toBeLessThanOrEqual(1e-9);
          compared++;
        });
      }
    }
  }
  return compared;
}

describe('golden vectors of version 1, after migration (invariant 13)', () => {
  const vectors = vectorsIn(goldenRoot);
  it('finds the shared vectors', () => expect(vectors.length).toBeGreaterThanOrEqual(2));
  for (const file of vectors) {
    it(`${file} is migrated and matches every series but npl, expectedLoss and guaranteeCost to 1e-9 of each series' scale`, () => {
      const expected = JSON.parse(readFileSync(join(goldenRoot, file.replace(/\.json$/, '.expected.json')), 'utf8'));
      const { report, migrated } = reportOf(join(goldenRoot, file));
      expect(migrated).toBe(1);
      expect(compare(report, expected, EXEMPT_AFTER_MIGRATION)).toBeGreaterThan(100);
    });
  }
});

describe('golden vectors of version 2', () => {
  const dir = join(goldenRoot, 'v2');
  const vectors = vectorsIn(dir);
  it('finds the shared vectors', () => expect(vectors.length).toBeGreaterThanOrEqual(2));
  for (const file of vectors) {
    it(`${file} matches every series and the warnings`, () => {
      const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.json$/, '.expected.json')), 'utf8'));
      const { report, migrated } = reportOf(join(dir, file));
      expect(migrated).toBe(0);
      expect(Object.keys(report.series).sort()).toEqual(Object.keys(expected.series).sort());
      expect(compare(report, expected, new Set())).toBeGreaterThan(100);
      expect(report.warnings).toEqual(expected.warnings);
    });
  }
});
