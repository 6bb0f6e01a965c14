import type { Scenario } from '../../scenario';
import type { ScenarioResult } from '../../state';

/** What each decision aid of the selected scenario takes. */
export interface SelectedProps {
  readonly scenario: Scenario;
  readonly result: ScenarioResult;
  /** The scenario's place in the workshop, for its colour. */
  readonly index: number;
}
