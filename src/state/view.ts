/**
 * The view model: selectors that hand the charts, the scoreboard and workshop mode the results they
 * draw, the same objects while the scenarios behind them are the same (see memo.ts).
 */
import type { Scenario } from '../scenario';
import { memoPerOwner } from './memo';
import { isResult, resultOf, type ScenarioResult } from './results';
import type { WorkbenchState } from './store';

/** A visible scenario that runs: its id, its place in the workshop (which gives its colour) and its result. */
export interface VisibleResult {
  readonly id: string;
  readonly index: number;
  readonly result: ScenarioResult;
}

const visibleEntry = memoPerOwner((result: ScenarioResult, id: string, index: number): VisibleResult => ({ id, index, result }));

const visibleOf = memoPerOwner(
  (scenarios: readonly Scenario[], visibleIds: readonly string[]): readonly VisibleResult[] =>
    visibleIds.flatMap((id) => {
      const index = scenarios.findIndex((s) => s.id === id);
      if (index < 0) return [];
      const result = resultOf(scenarios[index]);
      return isResult(result) ? [visibleEntry(result, id, index)] : [];
    }),
  2,
);

/** The visible scenarios that run, in the order shown; an entry is the same object while its scenario is unchanged. */
export function selectVisibleResults(state: Pick<WorkbenchState, 'workshop' | 'visibleIds'>): readonly VisibleResult[] {
  return visibleOf(state.workshop.scenarios, state.visibleIds);
}

/** The result of the workshop's reference scenario (its first when none is named), or null. */
export function selectReferenceResult(state: Pick<WorkbenchState, 'workshop'>): ScenarioResult | null {
  const { scenarios, reference } = state.workshop;
  const scenario = scenarios.find((s) => s.id === (reference ?? scenarios[0]?.id));
  const result = scenario ? resultOf(scenario) : null;
  return result && isResult(result) ? result : null;
}
