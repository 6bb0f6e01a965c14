/**
 * The engine's results for the scenarios on screen, computed once per scenario object: the store
 * replaces a scenario object whenever it changes, so identity is the cache key.
 */
import { jobsPerCreditFigures, prepareScenario, runPrepared, type EngineIssue, type JobsPerCredit, type PreparedModel, type ScenarioRun } from '../engine';
import type { Scenario } from '../scenario';

/** A scenario's projection with what the scoreboard needs. */
export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly model: PreparedModel;
  readonly run: ScenarioRun;
  /** Jobs per unit of credit moved at the horizon (MODEL.md 5), NaN where no credit moves. */
  readonly jobsPerCredit: number;
  /** Jobs per credit moved at year 2 and at the horizon, per currency unit and per US$ 1m: the evidence check's figures. */
  readonly jobsFigures: JobsPerCredit;
}

/** A scenario that cannot run (should not happen: the store only keeps valid scenarios). */
export interface ScenarioFailure {
  readonly scenario: Scenario;
  readonly issues: readonly EngineIssue[];
}

const cache = new WeakMap<Scenario, ScenarioResult | ScenarioFailure>();

/** Runs a scenario (cached by object identity). */
export function resultOf(scenario: Scenario): ScenarioResult | ScenarioFailure {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const prepared = prepareScenario(scenario);
  const result: ScenarioResult | ScenarioFailure = prepared.ok ? resultFor(scenario, prepared.model) : { scenario, issues: prepared.issues };
  cache.set(scenario, result);
  return result;
}

/** Stores the run of a scenario whose model the caller has just prepared (saves preparing it twice). */
export function primeResult(scenario: Scenario, model: PreparedModel): void {
  if (!cache.has(scenario)) cache.set(scenario, resultFor(scenario, model));
}

function resultFor(scenario: Scenario, model: PreparedModel): ScenarioResult {
  // The credit lever alone beside the run's counterfactual gives the figures at year 2 and the horizon.
  const run = runPrepared(model);
  const jobsFigures = jobsPerCreditFigures(model, run.counterfactual);
  return { scenario, model, run, jobsPerCredit: jobsFigures.horizon, jobsFigures };
}

/**
 * Runs the engine on these scenarios `rounds` times and drops the results. Without it the first steps of
 * a room's first slider drag run the projection cold (interpreted, then compiled while the drag goes on:
 * milliseconds a step instead of microseconds). The caller spreads the rounds over idle time.
 */
export function warmUpEngine(scenarios: readonly Scenario[], rounds: number): void {
  for (let round = 0; round < rounds; round++) {
    for (const scenario of scenarios) {
      const prepared = prepareScenario(scenario);
      if (!prepared.ok) continue;
      jobsPerCreditFigures(prepared.model, runPrepared(prepared.model).counterfactual);
    }
  }
}

/**
 * Gives an edited scenario the result of the scenario it replaces, when the edit touched only fields
 * the central run does not read (the Monte Carlo settings and the ranges of `uncertainty`): typing the
 * number of draws then redraws no chart. Returns false when the replaced scenario has no result.
 */
export function shareResult(replaced: Scenario, edited: Scenario): boolean {
  const result = cache.get(replaced);
  if (!result || !isResult(result) || cache.has(edited)) return false;
  cache.set(edited, result);
  return true;
}

/** The scenario fields that the central projection does not read (MODEL.md 7: the Monte Carlo's own). */
export function leavesProjectionUnchanged(path: string): boolean {
  return /^(monteCarlo|uncertainty)(\.|\[|$)/.test(path);
}

/** Tells a result from a failure. */
export function isResult(value: ScenarioResult | ScenarioFailure): value is ScenarioResult {
  return 'run' in value;
}
