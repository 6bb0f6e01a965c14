/**
 * The steps of workshop mode and the facilitator's choice of them: which are shown, in which order.
 * The choice lives for the page's session (it outlasts leaving and re-entering workshop mode, not a
 * reload); the workshop file does not hold it.
 */
import type { Translator } from '../../i18n';
import type { Scenario } from '../../scenario';
import { setsALever } from '../sets-lever';

export type StepKind = 'question' | 'result' | 'charts' | 'compare';

export interface Step {
  /** Names the step across choices: `question:ID`, `result:ID`, `charts:ID` or `compare`. */
  readonly key: string;
  readonly kind: StepKind;
  readonly scenarioId?: string;
}

/** Every step of the visible scenarios in the default order: each scenario's three, then the comparison. */
export function allSteps(visibleIds: readonly string[]): Step[] {
  return [
    ...visibleIds.flatMap((id) => (['question', 'result', 'charts'] as const).map((kind) => ({ key: `${kind}:${id}`, kind, scenarioId: id }))),
    { key: 'compare', kind: 'compare' as const },
  ];
}

/** What the facilitator changed: the order of the steps and the ones ticked or unticked by hand. */
export interface StepChoice {
  readonly order: readonly string[];
  readonly shown: Readonly<Record<string, boolean>>;
}

export const NO_CHOICE: StepChoice = { order: [], shown: {} };

let sessionChoice: StepChoice = NO_CHOICE;

/** The choice made earlier in this page's session (none at first). */
export function rememberedChoice(): StepChoice {
  return sessionChoice;
}

export function rememberChoice(choice: StepChoice): void {
  sessionChoice = choice;
}

/** A step of the list, with whether it is shown. */
export interface ListedStep extends Step {
  readonly shown: boolean;
  /** The step belongs to a scenario that sets no lever (shown only if ticked by hand). */
  readonly baseline: boolean;
}

/**
 * The steps in the facilitator's order (steps new since the choice keep their default place after the
 * ordered ones), each shown unless unticked; a no-policy baseline's steps are unticked until ticked.
 */
export function listSteps(visibleIds: readonly string[], scenarios: readonly Scenario[], choice: StepChoice): ListedStep[] {
  const all = allSteps(visibleIds);
  const byKey = new Map(all.map((s) => [s.key, s]));
  const ordered = [...choice.order.flatMap((k) => byKey.get(k) ?? []), ...all.filter((s) => !choice.order.includes(s.key))];
  const leverless = new Map<string, boolean>();
  const isBaseline = (id: string | undefined) => {
    if (id === undefined) return false;
    let known = leverless.get(id);
    if (known === undefined) {
      const scenario = scenarios.find((s) => s.id === id);
      known = scenario ? !setsALever(scenario) : false;
      leverless.set(id, known);
    }
    return known;
  };
  return ordered.map((step) => {
    const baseline = isBaseline(step.scenarioId);
    return { ...step, baseline, shown: choice.shown[step.key] ?? !baseline };
  });
}

/** The steps workshop mode walks through: the shown ones of the list, or the comparison alone if none is. */
export function shownSteps(list: readonly ListedStep[]): Step[] {
  const shown = list.filter((s) => s.shown);
  return shown.length > 0 ? shown : list.filter((s) => s.kind === 'compare');
}

/** Moves a step one place up (-1) or down (+1) in the list; the whole list's order becomes the choice's. */
export function moveStep(list: readonly ListedStep[], choice: StepChoice, key: string, by: -1 | 1): StepChoice {
  const keys = list.map((s) => s.key);
  const at = keys.indexOf(key);
  const to = at + by;
  if (at < 0 || to < 0 || to >= keys.length) return choice;
  [keys[at], keys[to]] = [keys[to], keys[at]];
  return { ...choice, order: keys };
}

/** Ticks or unticks a step. */
export function showStep(choice: StepChoice, key: string, shown: boolean): StepChoice {
  return { ...choice, shown: { ...choice.shown, [key]: shown } };
}

/** What a step shows, in a few words ("the answer for Scenario A"), for the notes and the step list. */
export function stepName(tr: Translator, step: Step, scenarios: readonly Scenario[]): string {
  if (step.kind === 'compare') return tr.t('present.compare');
  const scenario = scenarios.find((s) => s.id === step.scenarioId);
  const title = (scenario && tr.text(scenario.title)) || step.scenarioId || '';
  return tr.t(step.kind === 'question' ? 'present.step.question' : step.kind === 'result' ? 'present.step.result' : 'present.step.charts', { name: title });
}

/** Minutes and seconds, "12:07", in the language's digits. */
export function clockText(tr: Translator, seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${tr.integer(Math.floor(whole / 60))}:${tr.integer(whole % 60, 2)}`;
}
