import { HEADLINE_MEASURES, totalDifference } from '../engine';
import type { Scenario } from '../scenario';
import { isResult, resultOf } from '../state';

/**
 * Whether a scenario moves any headline figure away from its counterfactual (it sets a lever). A
 * scenario that sets none is a no-policy baseline: the decision aids skip it, and so does workshop mode
 * unless the facilitator ticks its steps.
 */
export function setsALever(scenario: Scenario): boolean {
  const result = resultOf(scenario);
  return isResult(result) && HEADLINE_MEASURES.some((m) => totalDifference(result.run.scenario, result.run.counterfactual, m) !== 0);
}
