/**
 * `npm run bench`: median times of the engine's hot paths on this machine, printed as figures.
 * Targets (issue 2 and 5): one 4-class 30-year projection under 20 us; 10,000 Monte Carlo draws under 300 ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ALL_LEVERS,
  decomposeLevers,
  loadFormulaParser,
  prepareScenario,
  projectInto,
  projectionLength,
  runMonteCarlo,
  type PreparedModel,
  type ScenarioSpec,
} from '../../src/engine';
import { loadText } from '../../src/scenario';

// The scenarios timed may hold formulas: the parser is loaded first, as the command line does.
await loadFormulaParser();

const root = join(import.meta.dirname, '../..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Times `fn` in batches of `inner` calls; returns the median time per call in microseconds. */
function timePerCall(fn: () => void, inner: number, batches: number): number {
  for (let i = 0; i < inner; i++) fn(); // warm-up
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < inner; i++) fn();
    samples.push(((performance.now() - start) * 1000) / inner);
  }
  return median(samples);
}

function prepared(spec: ScenarioSpec): PreparedModel {
  const result = prepareScenario(spec);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.model;
}

function defaultScenario(): ScenarioSpec {
  const workshop = loadText(readFileSync(join(root, 'scenarios/iran-workshop.json'), 'utf8'));
  if (!workshop.ok || workshop.file.kind !== 'workshop') throw new Error('the default workshop does not load');
  const withUncertainty = workshop.file.workshop.scenarios.find((s) => (s.uncertainty?.length ?? 0) > 0);
  return withUncertainty ?? workshop.file.workshop.scenarios[0];
}

const golden = JSON.parse(readFileSync(join(root, '../shared/golden/golden-four-classes.json'), 'utf8')) as ScenarioSpec;
const lines: string[] = [];
const report = (label: string, value: string, target = '') => {
  const line = `${label.padEnd(58)} ${value.padStart(12)}${target ? `   (target ${target})` : ''}`;
  lines.push(line);
  console.log(line);
};

for (const horizon of [10, 30]) {
  const model = prepared({ ...golden, horizon });
  const out = new Float64Array(projectionLength(model));
  const us = timePerCall(() => projectInto(model, ALL_LEVERS, out, null), 2000, 25);
  report(`projection, 4 classes, ${horizon} years (median per run)`, `${us.toFixed(2)} us`, horizon === 30 ? '< 20 us' : '');
}
{
  const model = prepared(golden);
  const us = timePerCall(() => decomposeLevers(model), 50, 25);
  report('Shapley set, 8 runs + 4 measures, 4 classes, 12 years', `${us.toFixed(1)} us`);
}
{
  const spec = defaultScenario();
  const model = prepared(spec);
  const entries = spec.uncertainty && spec.uncertainty.length > 0
    ? spec.uncertainty
    : [{ param: 'assumptions.creditElasticity.micro', dist: 'triangular' as const, low: 0.2, high: 0.6, mode: 0.4 }];
  runMonteCarlo(model, entries, 1000, 1); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    runMonteCarlo(model, entries, 10_000, 1 + i);
    samples.push(performance.now() - start);
  }
  report(`Monte Carlo, 10,000 draws, "${spec.id}" (${model.horizon} years, ${entries.length} uncertain)`, `${median(samples).toFixed(1)} ms`, '< 300 ms');
}
