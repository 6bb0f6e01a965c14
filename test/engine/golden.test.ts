import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario, toReport } from '../../src/engine/report';
import type { ScenarioSpec } from '../../src/engine/types';

// The shared vectors live beside the repository; CI lays shared/ next to the checkout.
const goldenDir = join(import.meta.dirname, '../../../shared/golden');
const vectors = readdirSync(goldenDir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

describe('golden vectors', () => {
  it('finds the shared vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(2);
  });
  for (const file of vectors) {
    it(`${file} matches its expected output to 1e-9 of each series' scale`, () => {
      const spec = JSON.parse(readFileSync(join(goldenDir, file), 'utf8')) as ScenarioSpec;
      const expected = JSON.parse(readFileSync(join(goldenDir, file.replace(/\.json$/, '.expected.json')), 'utf8'));
      const result = runScenario(spec);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const report = toReport(result.run);
      expect(report.years).toEqual(expected.years);
      expect(report.classes).toEqual(expected.classes);
      for (const part of ['series', 'counterfactual'] as const) {
        const want = expected[part] as Record<string, Record<string, number[]>>;
        expect(Object.keys(report[part]).sort()).toEqual(Object.keys(want).sort());
        for (const [series, table] of Object.entries(want)) {
          const scale = Math.max(...Object.values(table).flat().map(Math.abs)) || 1;
          expect(Object.keys(report[part][series]).sort()).toEqual(Object.keys(table).sort());
          for (const [cls, values] of Object.entries(table)) {
            values.forEach((v, t) => {
              const got = report[part][series][cls][t];
              expect(Math.abs(got - v) / scale, `${part}.${series}.${cls}[${t}]`).toBeLessThanOrEqual(1e-9);
            });
          }
        }
      }
    });
  }
});
