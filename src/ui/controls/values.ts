/**
 * Reads what a control shows: the file's value, or the model's default where the file gives none.
 */
import { defaultFor, type ParameterSpec } from '../../engine';
import type { Scenario } from '../../scenario';
import { getAtPath } from '../../state';

/** The value a control shows for one class (or the scalar), number or formula. */
export function shownValue(scenario: Scenario, base: string, info: ParameterSpec, classIndex?: number): number | string {
  const raw = getAtPath(scenario, base);
  const classes = scenario.economy.classes;
  if (classIndex === undefined) {
    if (typeof raw === 'number' || typeof raw === 'string') return raw;
    return typeof info.defaultValue === 'number' ? info.defaultValue : NaN;
  }
  const id = classes[classIndex].id;
  if (typeof raw === 'number' || typeof raw === 'string') return raw;
  if (typeof raw === 'object' && raw !== null && Object.hasOwn(raw, id)) {
    const v = (raw as Record<string, unknown>)[id];
    if (typeof v === 'number' || typeof v === 'string') return v;
  }
  if (base === 'policy.exportShareTarget') return classes[classIndex].exportShare;
  return defaultFor(info, classIndex, classes.length) ?? NaN;
}

/**
 * Returns the value to store when one class's value changes: a per-class object naming every class
 * (a single value is spread to all classes first, as MODEL.md requires naming every class).
 */
export function perClassUpdate(scenario: Scenario, base: string, info: ParameterSpec, classIndex: number, value: number | string): Record<string, number | string> {
  const next: Record<string, number | string> = {};
  scenario.economy.classes.forEach((c, k) => {
    next[c.id] = k === classIndex ? value : shownValue(scenario, base, info, k);
  });
  return next;
}
