/**
 * Slices of the selected scenario for the controls. A control subscribes to what it shows (its value,
 * the economy, the provenance, a figure of the prepared model), each a primitive or an object the
 * store keeps while unchanged, so it redraws only when one of them changes: during a drag only the
 * dragged control redraws, with no comparison of props written by hand.
 */
import { useMemo } from 'react';
import type { PreparedModel } from '../../engine';
import type { Scenario } from '../../scenario';
import { isResult, resultOf, type WorkbenchState } from '../../state';
import { useApp } from '../context';

/** The selected scenario, or undefined. */
export function selectedScenario(state: Pick<WorkbenchState, 'workshop' | 'selectedId'>): Scenario | undefined {
  return state.workshop.scenarios.find((x) => x.id === state.selectedId);
}

/** Reads one slice of the selected scenario and its prepared model (undefined while none runs). */
export function useSelected<T>(pick: (scenario: Scenario, model: PreparedModel) => T): T | undefined {
  return useApp((state) => {
    const scenario = selectedScenario(state);
    if (!scenario) return undefined;
    const result = resultOf(scenario);
    return isResult(result) ? pick(scenario, result.model) : undefined;
  });
}

/** What a provenance badge reads, the same object while the scenario's provenance and sources are unchanged. */
export function useSelectedProvenance(): Pick<Scenario, 'provenance' | 'sources'> {
  const provenance = useSelected((s) => s.provenance);
  const sources = useSelected((s) => s.sources);
  return useMemo(() => ({ provenance, sources }), [provenance, sources]);
}
