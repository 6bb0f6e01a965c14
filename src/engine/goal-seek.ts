/**
 * Goal seek (MODEL.md 5): the smallest reallocation in [0, S_D) whose horizon effect reaches a target.
 * Scans 50 equal steps, then bisects inside the first step that crosses; effects need not be monotone.
 */
import { cloneModel, type PreparedModel } from './prepare';
import type { SeriesName } from './measures';
import { createEffectProbe } from './sensitivity';

/** What to reach: an effect at least (jobs, output, exports) or at most (an expected-loss ceiling) a value. */
export interface GoalSeekTarget {
  readonly measure: SeriesName;
  readonly direction: 'atLeast' | 'atMost';
  readonly value: number;
  /** The year t whose effect counts; default the horizon. */
  readonly year?: number;
}

/** The answer: the reallocation that reaches the target, or the best that could be done. */
export type GoalSeekResult =
  | { readonly reachable: true; readonly reallocation: number; readonly effect: number }
  | { readonly reachable: false; readonly bestReallocation: number; readonly bestEffect: number };

const SCAN_STEPS = 50;
// A donor must keep some credit (reallocation < S_D): the scan's last point stops just short of S_D.
const TOP_FRACTION = 1 - 1e-6;

/** Finds the smallest reallocation whose horizon effect reaches the target. */
export function goalSeek(model: PreparedModel, target: GoalSeekTarget): GoalSeekResult {
  const work = cloneModel(model);
  const probe = createEffectProbe(work, target.measure, target.year);
  const effectAt = (rho: number) => {
    work.reallocation = rho;
    return probe(work);
  };
  const meets = (effect: number) => (target.direction === 'atLeast' ? effect >= target.value : effect <= target.value);
  const better = (a: number, b: number) => (target.direction === 'atLeast' ? a > b : a < b);
  const top = model.donorShare * TOP_FRACTION;

  let previous = 0;
  let best = { rho: 0, effect: effectAt(0) };
  if (meets(best.effect)) return { reachable: true, reallocation: 0, effect: best.effect };
  for (let i = 1; i <= SCAN_STEPS; i++) {
    const rho = i === SCAN_STEPS ? top : (model.donorShare * i) / SCAN_STEPS;
    const effect = effectAt(rho);
    if (meets(effect)) {
      let lo = previous;
      let hi = rho;
      let hiEffect = effect;
      for (let iter = 0; iter < 100 && hi - lo > 1e-13 * model.donorShare; iter++) {
        const mid = (lo + hi) / 2;
        const e = effectAt(mid);
        if (meets(e)) {
          hi = mid;
          hiEffect = e;
        } else lo = mid;
      }
      return { reachable: true, reallocation: hi, effect: hiEffect };
    }
    if (better(effect, best.effect)) best = { rho, effect };
    previous = rho;
  }
  return { reachable: false, bestReallocation: best.rho, bestEffect: best.effect };
}
