/**
 * Reads what a control shows: the file's value, or the model's default where the file gives none.
 */
import { defaultFor, type ParameterSpec } from '../../engine';
import type { Scenario } from '../../scenario';
import { getAtPath } from '../../state';

/** A value a control holds: a number, a formula in t, or (a path) a row of yearly values. */
export type ControlValue = number | string | readonly number[];

const isYearlyRow = (v: unknown): v is readonly number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');
const isControlValue = (v: unknown): v is ControlValue => typeof v === 'number' || typeof v === 'string' || isYearlyRow(v);

/** The value a control shows for one class (or the scalar): number, formula or row of yearly values. */
export function shownValue(scenario: Scenario, base: string, info: ParameterSpec, classIndex?: number): ControlValue {
  return shownValueOf(getAtPath(scenario, base), scenario.economy.classes, base, info, classIndex);
}

/** The same from the value the file holds at `base` (`raw`) and the economy's classes. */
export function shownValueOf(raw: unknown, classes: Scenario['economy']['classes'], base: string, info: ParameterSpec, classIndex?: number): ControlValue {
  if (classIndex === undefined) {
    if (isControlValue(raw)) return raw;
    return typeof info.defaultValue === 'number' ? info.defaultValue : NaN;
  }
  const id = classes[classIndex].id;
  // One value (a row of yearly values included) for every class.
  if (isControlValue(raw)) return raw;
  if (typeof raw === 'object' && raw !== null && Object.hasOwn(raw, id)) {
    const v = (raw as Record<string, unknown>)[id];
    if (isControlValue(v)) return v;
  }
  if (base === 'policy.exportShareTarget') return classes[classIndex].exportShare;
  return defaultFor(info, classIndex, classes.length) ?? NaN;
}

/**
 * Returns the value to store when one class's value changes: a per-class object naming every class
 * (a single value is spread to all classes first, as MODEL.md requires naming every class).
 */
export function perClassUpdate(scenario: Scenario, base: string, info: ParameterSpec, classIndex: number, value: ControlValue): Record<string, ControlValue> {
  const next: Record<string, ControlValue> = {};
  scenario.economy.classes.forEach((c, k) => {
    next[c.id] = k === classIndex ? value : shownValue(scenario, base, info, k);
  });
  return next;
}
