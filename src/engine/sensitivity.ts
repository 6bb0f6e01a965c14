/**
 * One-at-a-time sensitivity (MODEL.md 5): each uncertain parameter at its low and its high with the
 * others central, giving the swing of a chosen horizon effect; the tornado lists them by swing.
 */
import { resolveParameter, type ParameterHandle } from './parameter-paths';
import { ASSUMPTION_NAMES, PARAMETERS, defaultRange, isPerClassKind } from './parameters';
import { cloneModel, type PreparedModel } from './prepare';
import type { SeriesName } from './measures';
import { ALL_LEVERS, NO_LEVERS, projectInto, projectionLength, seriesIndex } from './project';
import type { UncertaintySpec } from './types';

/** One bar of the tornado. */
export interface SensitivityBar {
  /** The parameter's path: one value (`assumptions.pd.micro`) or, for a default range, every class at once (`assumptions.pd`). */
  readonly param: string;
  /** The value at the low and at the high end (for every class at once: the first class's). */
  readonly low: number;
  readonly high: number;
  /** True where the bar moves every class whose value is a number at once (MODEL.md 5, default ranges). */
  readonly allClasses: boolean;
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
  /** True when the bars come from the file's uncertainty entries, false for the default ranges. */
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

/** One move of the tornado: one or more values set together to their low or high ends. */
interface SensitivityMove {
  readonly param: string;
  readonly allClasses: boolean;
  readonly handles: readonly ParameterHandle[];
  readonly lows: readonly number[];
  readonly highs: readonly number[];
}

/**
 * Lists the default moves (MODEL.md 5): every assumption of the table (not the levers) at -25% and +25%
 * of its value (a value of 0 by 10% of its range's width), clamped to its range; a per-class one moves
 * every class whose value is a number at once (one bar, skipped where none is); a path only where it is
 * a number.
 */
export function defaultSensitivityMoves(model: PreparedModel): SensitivityMove[] {
  const moves: SensitivityMove[] = [];
  for (const name of ASSUMPTION_NAMES) {
    const info = PARAMETERS[name];
    const base = `${info.section}.${name}`;
    const perClass = isPerClassKind(info.kind);
    const paths = perClass ? model.classIds.map((id) => `${base}.${id}`) : [base];
    const handles = paths.flatMap((path) => {
      const handle = resolveParameter(model, path);
      return typeof handle === 'string' ? [] : [handle];
    });
    if (handles.length === 0) continue;
    const ranges = handles.map((h) => defaultRange(h.get(model), h.min, h.max, h.maxExclusive));
    moves.push({ param: base, allClasses: perClass, handles, lows: ranges.map((r) => r.low), highs: ranges.map((r) => r.high) });
  }
  return moves;
}

function movesOf(model: PreparedModel, entries: readonly UncertaintySpec[]): SensitivityMove[] {
  return entries.flatMap((range) => {
    const handle = resolveParameter(model, range.param);
    if (typeof handle === 'string') return [];
    return [{ param: range.param, allClasses: false, handles: [handle], lows: [range.low], highs: [range.high] }];
  });
}

/** Computes the tornado of one horizon effect over the file's uncertain parameters (or the default ranges). */
export function sensitivity(model: PreparedModel, entries: readonly UncertaintySpec[], measure: SeriesName, year?: number): SensitivityResult {
  const fromUncertainty = entries.length > 0;
  const work = cloneModel(model);
  const moves = fromUncertainty ? movesOf(work, entries) : defaultSensitivityMoves(work);
  const probe = createEffectProbe(work, measure, year);
  const centralEffect = probe(work);
  const bars: SensitivityBar[] = [];
  const setAll = (move: SensitivityMove, values: readonly number[]) => move.handles.forEach((h, i) => h.set(work, values[i]));
  for (const move of moves) {
    const central = move.handles.map((h) => h.get(work));
    setAll(move, move.lows);
    const effectAtLow = probe(work);
    setAll(move, move.highs);
    const effectAtHigh = probe(work);
    setAll(move, central);
    bars.push({ param: move.param, low: move.lows[0], high: move.highs[0], allClasses: move.allClasses, effectAtLow, effectAtHigh, swing: Math.abs(effectAtHigh - effectAtLow) });
  }
  // Largest swing first; ties keep the table's (or the file's) order (Array.prototype.sort is stable).
  bars.sort((a, b) => b.swing - a.swing);
  return { measure, centralEffect, fromUncertainty, bars };
}
