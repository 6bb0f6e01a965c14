/**
 * The parameters a room may give a range: every numeric assumption (per class where per-class) and the
 * levers, as MODEL.md 7 allows, with their labels in the reader's language and their ranges.
 */
import { ASSUMPTION_INFO, ASSUMPTION_NAMES, resolveParameter, type ParameterHandle, type PreparedModel } from '../../engine';
import type { MessageKey, Translator } from '../../i18n';
import type { Scenario } from '../../scenario';

/** One parameter that can be uncertain. */
export interface UncertainChoice {
  readonly path: string;
  readonly label: string;
  readonly handle: ParameterHandle;
}

/** Lists the parameters of a scenario that can be uncertain, in the controls' order. */
export function uncertainChoices(tr: Translator, scenario: Scenario, model: PreparedModel): UncertainChoice[] {
  const classLabel = (id: string) => {
    const c = scenario.economy.classes.find((x) => x.id === id);
    return c ? tr.text(c.label) || id : id;
  };
  const paths: Array<{ path: string; label: string }> = [{ path: 'policy.reallocation', label: tr.t('param.reallocation') }];
  for (const lever of ['exportShareTarget', 'guaranteeCoverage'] as const) {
    for (const id of model.classIds) paths.push({ path: `policy.${lever}.${id}`, label: `${tr.t(`param.${lever}` as MessageKey)}: ${classLabel(id)}` });
  }
  for (const name of ASSUMPTION_NAMES) {
    const kind = ASSUMPTION_INFO[name].kind;
    const label = tr.t(`param.${name}` as MessageKey);
    if (kind === 'scalar' || kind === 'path') paths.push({ path: `assumptions.${name}`, label });
    else for (const id of model.classIds) paths.push({ path: `assumptions.${name}.${id}`, label: `${label}: ${classLabel(id)}` });
  }
  return paths.flatMap(({ path, label }) => {
    const handle = resolveParameter(model, path);
    return typeof handle === 'string' ? [] : [{ path, label, handle }];
  });
}

/** A first range for a parameter: its value -25% to +25%, inside its range. */
export function defaultRange(choice: UncertainChoice, model: PreparedModel): { low: number; high: number } {
  const v = choice.handle.get(model);
  const top = choice.handle.maxExclusive ? choice.handle.max * 0.999 : choice.handle.max;
  const clamp = (x: number) => Math.min(top, Math.max(choice.handle.min, x));
  const a = clamp(v * 0.75);
  const b = clamp(v * 1.25);
  if (a === b) return { low: clamp(v - 0.01), high: clamp(v + 0.01) };
  return { low: Math.min(a, b), high: Math.max(a, b) };
}
