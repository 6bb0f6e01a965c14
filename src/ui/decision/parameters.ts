/**
 * The parameters a room may give a range: those the parameter table marks as possibly uncertain (per
 * class where per-class), as MODEL.md 7 allows, with their labels in the reader's language and ranges.
 */
import { PARAMETERS, PARAMETER_NAMES, defaultRange as engineDefaultRange, isPerClassKind, parameterPath, resolveParameter, type ParameterHandle, type PreparedModel } from '../../engine';
import type { Translator } from '../../i18n';
import type { Scenario } from '../../scenario';

/** One parameter that can be uncertain. */
export interface UncertainChoice {
  readonly path: string;
  readonly label: string;
  readonly handle: ParameterHandle;
}

/** Lists the parameters of a scenario that can be uncertain, in the table's order. */
export function uncertainChoices(tr: Translator, scenario: Scenario, model: PreparedModel): UncertainChoice[] {
  const classLabel = (id: string) => {
    const c = scenario.economy.classes.find((x) => x.id === id);
    return c ? tr.text(c.label) || id : id;
  };
  const paths: Array<{ path: string; label: string }> = [];
  for (const name of PARAMETER_NAMES) {
    const info = PARAMETERS[name];
    if (!info.uncertain) continue;
    const label = tr.t(`param.${name}`);
    const base = parameterPath(name);
    if (isPerClassKind(info.kind)) for (const id of model.classIds) paths.push({ path: `${base}.${id}`, label: `${label}: ${classLabel(id)}` });
    else paths.push({ path: base, label });
  }
  return paths.flatMap(({ path, label }) => {
    const handle = resolveParameter(model, path);
    return typeof handle === 'string' ? [] : [{ path, label, handle }];
  });
}

/** A first range for a parameter: the engine's default range around its value (MODEL.md 5). */
export function defaultRange(choice: UncertainChoice, model: PreparedModel): { low: number; high: number } {
  const { handle } = choice;
  return engineDefaultRange(handle.get(model), handle.min, handle.max, handle.maxExclusive);
}

/** The name of a parameter path as the reader reads it: "Credit elasticity: Micro". */
export function paramLabel(tr: Translator, scenario: Scenario, path: string): string {
  const [, name, classId] = path.split('.');
  const key = `param.${name}`;
  const base = tr.has(key) ? tr.t(key) : name;
  if (!classId) return base;
  const c = scenario.economy.classes.find((x) => x.id === classId);
  return `${base}: ${c ? tr.text(c.label) || classId : classId}`;
}
