/**
 * One-at-a-time sensitivity (MODEL.md 5): each uncertain parameter at its low and its high with the
 * others central, giving the swing of a chosen horizon effect; the tornado lists them by swing.
 */
import { resolveParameter, type ParameterHandle } from './parameter-paths';
import { ASSUMPTION_INFO, ASSUMPTION_NAMES } from './parameters';
import { cloneModel, type PreparedModel } from './prepare';
import { ALL_LEVERS, NO_LEVERS, projectInto, projectionLength, seriesIndex, type SeriesName } from './project';
import type { UncertaintySpec } from './types';

/** One bar of the tornado. */
export interface SensitivityBar {
  readonly param: string;
  readonly low: number;
  readonly high: number;
  /** The horizon effect with the parameter at `low` and at `high`. */
  readonly effectAtLow: number;
  readonly effectAtHigh: number;
  /** |effectAtHigh - effectAtLow|. */
  readonly swing: number;
}

/** A tornado: the central effect and the bars, largest swing first. */
export interface SensitivityResult {
  readonly measure: SeriesName;
  readonly centralEffect: number;
  /** True when the bars come from the file's uncertainty entries, false for the default +/-25%. */
  readonly fromUncertainty: boolean;
  readonly bars: SensitivityBar[];
}

/** Measures one horizon effect (scenario minus counterfactual, total) of a model as it is now. */
export function createEffectProbe(model: PreparedModel, measure: SeriesName, year?: number): (m: PreparedModel) => number {
  const scenario = new Float64Array(projectionLength(model));
  const counterfactual = new Float64Array(projectionLength(model));
  const T1 = model.horizon + 1;
  const t = year ?? model.horizon;
  const at = seriesIndex(measure) * (model.classCount + 1) * T1 + model.classCount * T1 + t;
  return (m) => {
    projectInto(m, ALL_LEVERS, scenario, null);
    projectInto(m, NO_LEVERS, counterfactual, null);
    return scenario[at] - counterfactual[at];
  };
}

/** Lists the default ranges: every numeric assumption (per class where per-class) at -25% and +25%, clamped. */
export function defaultSensitivityRanges(model: PreparedModel): UncertaintySpec[] {
  const entries: UncertaintySpec[] = [];
  for (const name of ASSUMPTION_NAMES) {
    const info = ASSUMPTION_INFO[name];
    const paths = info.kind === 'scalar' || info.kind === 'path' ? [`assumptions.${name}`] : model.classIds.map((id) => `assumptions.${name}.${id}`);
    for (const path of paths) {
      const handle = resolveParameter(model, path);
      if (typeof handle === 'string') continue; // expressions cannot vary
      const v = handle.get(model);
      const a = Math.min(Math.max(v * 0.75, handle.min), handle.max);
      const b = Math.min(Math.max(v * 1.25, handle.min), handle.max);
      entries.push({ param: path, dist: 'uniform', low: Math.min(a, b), high: Math.max(a, b) });
    }
  }
  return entries;
}

/** Computes the tornado of one horizon effect over the file's uncertain parameters (or the default ranges). */
export function sensitivity(model: PreparedModel, entries: readonly UncertaintySpec[], measure: SeriesName, year?: number): SensitivityResult {
  const fromUncertainty = entries.length > 0;
  const ranges = fromUncertainty ? entries : defaultSensitivityRanges(model);
  const work = cloneModel(model);
  const probe = createEffectProbe(work, measure, year);
  const centralEffect = probe(work);
  const bars: SensitivityBar[] = [];
  for (const range of ranges) {
    const handle: ParameterHandle | string = resolveParameter(work, range.param);
    if (typeof handle === 'string') continue;
    const central = handle.get(work);
    handle.set(work, range.low);
    const effectAtLow = probe(work);
    handle.set(work, range.high);
    const effectAtHigh = probe(work);
    handle.set(work, central);
    bars.push({ param: range.param, low: range.low, high: range.high, effectAtLow, effectAtHigh, swing: Math.abs(effectAtHigh - effectAtLow) });
  }
  // Largest swing first; ties keep the file's order (Array.prototype.sort is stable).
  bars.sort((a, b) => b.swing - a.swing);
  return { measure, centralEffect, fromUncertainty, bars };
}
