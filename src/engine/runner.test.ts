import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goalSeek } from './goal-seek';
import { runMonteCarlo } from './monte-carlo';
import { prepareScenario } from './prepare';
import { Runner, type RunnerResponse } from './runner';
import type { ScenarioSpec, UncertaintySpec } from './types';

const golden = JSON.parse(readFileSync(join(import.meta.dirname, '../../../shared/golden/golden-four-classes.json'), 'utf8')) as ScenarioSpec;
const entries: UncertaintySpec[] = [{ param: 'assumptions.creditElasticity.micro', dist: 'uniform', low: 0.2, high: 0.6 }];

describe('the runner', () => {
  it('reports progress chunk by chunk and ends with the same fan as a direct run', async () => {
    const messages: RunnerResponse[] = [];
    const runner = new Runner((m) => messages.push(m), async () => undefined);
    await runner.handle({ type: 'monte-carlo', jobId: 1, scenario: golden, entries, draws: 1000, seed: 4, chunk: 300, streamEvery: 500 });
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.map((m) => (m.type === 'progress' ? m.done : 0))).toEqual([300, 600, 900, 1000]);
    expect(progress.filter((m) => m.type === 'progress' && m.summary !== undefined)).toHaveLength(1);
    const last = messages[messages.length - 1];
    const prepared = prepareScenario(golden);
    if (last.type !== 'done' || !prepared.ok) throw new Error('expected done');
    expect(last.summary).toEqual(runMonteCarlo(prepared.model, entries, 1000, 4));
  });

  it('fills a time slice with several chunks when asked to, with one progress message per slice', async () => {
    const messages: RunnerResponse[] = [];
    let clock = 0;
    // Each reading of the clock advances it 10 ms: a 25 ms slice takes three chunks (0, 10, 20 < 25; 30 stops).
    const runner = new Runner((m) => messages.push(m), async () => undefined, () => (clock += 10));
    await runner.handle({ type: 'monte-carlo', jobId: 3, scenario: golden, entries, draws: 1000, seed: 4, chunk: 100, sliceMs: 25 });
    const progress = messages.filter((m) => m.type === 'progress').map((m) => (m.type === 'progress' ? m.done : 0));
    expect(progress[0]).toBeGreaterThan(100);
    expect(progress[progress.length - 1]).toBe(1000);
    const prepared = prepareScenario(golden);
    const last = messages[messages.length - 1];
    if (last.type !== 'done' || !prepared.ok) throw new Error('expected done');
    expect(last.summary).toEqual(runMonteCarlo(prepared.model, entries, 1000, 4));
  });

  it('stops a job when cancelled between chunks and says how far it got', async () => {
    const messages: RunnerResponse[] = [];
    let runner: Runner | null = null;
    const yieldNow = async () => {
      if (messages.length === 2 && runner) await runner.handle({ type: 'cancel', jobId: 7 });
    };
    runner = new Runner((m) => messages.push(m), yieldNow);
    await runner.handle({ type: 'monte-carlo', jobId: 7, scenario: golden, entries, draws: 5000, seed: 1, chunk: 100 });
    const last = messages[messages.length - 1];
    expect(last).toEqual({ type: 'cancelled', jobId: 7, done: 200 });
  });

  it('drops a stale job when a newer one arrives: the latest input wins', async () => {
    const messages: RunnerResponse[] = [];
    const runner = new Runner((m) => messages.push(m));
    const first = runner.handle({ type: 'monte-carlo', jobId: 1, scenario: golden, entries, draws: 3000, seed: 1, chunk: 100 });
    const second = runner.handle({ type: 'monte-carlo', jobId: 2, scenario: golden, entries, draws: 200, seed: 1, chunk: 100 });
    await Promise.all([first, second]);
    expect(messages.find((m) => m.jobId === 1 && m.type === 'cancelled')).toBeDefined();
    expect(messages.find((m) => m.jobId === 1 && m.type === 'done')).toBeUndefined();
    expect(messages.find((m) => m.jobId === 2 && m.type === 'done')).toBeDefined();
  });

  it('answers a goal seek with the same reallocation as a direct search', async () => {
    const messages: RunnerResponse[] = [];
    const runner = new Runner((m) => messages.push(m));
    const prepared = prepareScenario(golden);
    if (!prepared.ok) throw new Error('the golden scenario does not prepare');
    const target = { measure: 'employment', direction: 'atLeast', value: 5 } as const;
    await runner.handle({ type: 'goal-seek', jobId: 3, scenario: golden, target });
    expect(messages).toEqual([{ type: 'goal-seek', jobId: 3, result: goalSeek(prepared.model, target) }]);
    const answer = messages[0];
    if (answer.type !== 'goal-seek') throw new Error('expected a goal-seek answer');
    expect(answer.result.reachable).toBe(true);
  });

  it('answers an invalid scenario with its problems instead of throwing', async () => {
    const messages: RunnerResponse[] = [];
    const runner = new Runner((m) => messages.push(m));
    const broken = { ...golden, policy: { ...golden.policy, reallocation: 0.99 } };
    await runner.handle({ type: 'monte-carlo', jobId: 2, scenario: broken, entries, draws: 10, seed: 1 });
    await runner.handle({ type: 'goal-seek', jobId: 4, scenario: broken, target: { measure: 'employment', direction: 'atLeast', value: 5 } });
    expect(messages.map((m) => [m.type, m.jobId])).toEqual([
      ['error', 2],
      ['error', 4],
    ]);
  });
});
