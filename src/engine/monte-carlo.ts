/**
 * Seeded Monte Carlo (MODEL.md 5): each draw sets every uncertain parameter, runs the scenario and its
 * own counterfactual with that draw, and keeps every total and every total effect per year. Runs in
 * steps so that a Worker can report progress, stream partial fans and stop when cancelled.
 */
import { resolveParameter, type ParameterHandle } from './parameter-paths';
import { LIMITS } from './parameters';
import { cloneModel, type PreparedModel } from './prepare';
import { REPORTED_SERIES, type SeriesName } from './measures';
import { ALL_LEVERS, NO_LEVERS, projectInto, projectionLength, seriesIndex } from './project';
import { createDistribution, createRandom, type Distribution } from './random';
import type { UncertaintySpec } from './types';

/** The percentiles every fan shows (MODEL.md 5). */
export const FAN_PERCENTILES = [5, 25, 50, 75, 95] as const;

/** Percentiles per year of one series: `[percentileIndex][t]`. */
export type Fan = number[][];

/** What a (possibly partial) Monte Carlo run has found so far. */
export interface MonteCarloSummary {
  readonly draws: number;
  readonly requestedDraws: number;
  readonly seed: number;
  readonly years: number[];
  /** Fans of each reported series' total. */
  readonly totals: Record<string, Fan>;
  /** Fans of each total effect (scenario minus its own counterfactual, draw by draw). */
  readonly effects: Record<string, Fan>;
}

/** Draws gathered before they are written to the column stores (see MonteCarloRun.flush). */
const BLOCK_DRAWS = 64;

/**
 * One spare store kept from a finished run for the next. A fresh store of 10,000 draws is 20 MB, and
 * the first write to each page of it is a page fault: on the virtual machines this runs on, those faults
 * cost more than the draws themselves. Stores above the limit are not kept.
 */
let spareStore: Float64Array | null = null;
const SPARE_LIMIT = 4 * 1024 * 1024; // values, 32 MB

function acquireStore(length: number): Float64Array {
  if (spareStore && spareStore.length >= length) {
    const store = spareStore;
    spareStore = null;
    return store.length === length ? store : store.subarray(0, length);
  }
  return new Float64Array(length);
}

function releaseStore(store: Float64Array): void {
  const whole = store.length === store.buffer.byteLength / 8 ? store : new Float64Array(store.buffer);
  if (whole.length <= SPARE_LIMIT && (!spareStore || spareStore.length < whole.length)) spareStore = whole;
}

interface Uncertain {
  readonly handle: ParameterHandle;
  readonly distribution: Distribution;
}

/** A Monte Carlo run that advances in steps. */
export class MonteCarloRun {
  readonly requestedDraws: number;
  readonly seed: number;
  private readonly model: PreparedModel;
  private readonly uncertain: Uncertain[];
  private readonly random: () => number;
  private readonly scenarioBuffer: Float64Array;
  private readonly counterfactualBuffer: Float64Array;
  /** The draws kept: totals then effects, each series-year's draws side by side. */
  private store: Float64Array | null;
  private readonly totals: Float64Array;
  private readonly effects: Float64Array;
  /** Up to BLOCK_DRAWS draws, each a row of (total, effect) pairs per kept series-year. */
  private readonly block: Float64Array;
  /** The series kept draw by draw (memory grows with series x years x draws). */
  private readonly kept: readonly SeriesName[];
  private done = 0;

  constructor(
    model: PreparedModel,
    entries: readonly UncertaintySpec[],
    draws: number = LIMITS.defaultDraws,
    seed: number = LIMITS.defaultSeed,
    series: readonly SeriesName[] = REPORTED_SERIES,
  ) {
    this.model = cloneModel(model);
    this.requestedDraws = Math.max(1, Math.min(LIMITS.maxDraws, Math.floor(draws)));
    this.seed = seed;
    this.random = createRandom(seed);
    this.uncertain = entries.map((e) => {
      const handle = resolveParameter(this.model, e.param);
      if (typeof handle === 'string') throw new Error(`uncertainty parameter ${e.param}: ${handle}`);
      return { handle, distribution: createDistribution(e.dist, e.low, e.high, e.mode, e.sd) };
    });
    const length = projectionLength(model);
    this.scenarioBuffer = new Float64Array(length);
    this.counterfactualBuffer = new Float64Array(length);
    this.kept = REPORTED_SERIES.filter((name) => series.includes(name));
    const cells = this.kept.length * (model.horizon + 1) * this.requestedDraws;
    this.store = acquireStore(2 * cells);
    this.totals = this.store.subarray(0, cells);
    this.effects = this.store.subarray(cells, 2 * cells);
    this.block = new Float64Array(BLOCK_DRAWS * 2 * this.kept.length * (model.horizon + 1));
  }

  /** How many draws are done. */
  get completed(): number {
    return this.done;
  }

  /** True when every requested draw is done. */
  get finished(): boolean {
    return this.done >= this.requestedDraws;
  }

  /** Hands the draws' memory to the next run; this run can do nothing more. */
  dispose(): void {
    if (this.store) releaseStore(this.store);
    this.store = null;
  }

  /** Runs up to `count` more draws; returns how many are done in all. */
  step(count: number): number {
    if (!this.store) throw new Error('this Monte Carlo run was disposed');
    const m = this.model;
    const K = m.classCount;
    const T1 = m.horizon + 1;
    const stride = (K + 1) * T1;
    const cells = this.kept.length * T1;
    const block = this.block;
    const end = Math.min(this.requestedDraws, this.done + count);
    let blockStart = this.done;
    for (let draw = this.done; draw < end; draw++) {
      for (const u of this.uncertain) u.handle.set(m, u.distribution.fromUniform(this.random()));
      projectInto(m, ALL_LEVERS, this.scenarioBuffer, null);
      projectInto(m, NO_LEVERS, this.counterfactualBuffer, null);
      // Draw by draw into a small block, row per draw; the block is then written column by column.
      let at = (draw - blockStart) * cells * 2;
      for (let s = 0; s < this.kept.length; s++) {
        const from = seriesIndex(this.kept[s]) * stride + K * T1;
        for (let t = 0; t < T1; t++) {
          const v = this.scenarioBuffer[from + t];
          block[at++] = v;
          block[at++] = v - this.counterfactualBuffer[from + t];
        }
      }
      if (draw + 1 - blockStart === BLOCK_DRAWS || draw + 1 === end) {
        this.flush(blockStart, draw + 1);
        blockStart = draw + 1;
      }
    }
    this.done = end;
    return end;
  }

  /**
   * Moves the block's draws into the stores, which hold each series-year's draws side by side (what the
   * percentiles read). Writing each draw straight there would touch a cache line per value; a block
   * writes runs of BLOCK_DRAWS values instead, several times faster.
   */
  private flush(firstDraw: number, endDraw: number): void {
    const n = this.requestedDraws;
    const cells = this.kept.length * (this.model.horizon + 1);
    const block = this.block;
    for (let c = 0; c < cells; c++) {
      const to = c * n;
      for (let d = firstDraw, at = 2 * c; d < endDraw; d++, at += 2 * cells) {
        this.totals[to + d] = block[at];
        this.effects[to + d] = block[at + 1];
      }
    }
  }

  /** Percentiles of the draws done so far, of every reported series or only of those named. */
  summary(only?: readonly SeriesName[]): MonteCarloSummary {
    if (!this.store) throw new Error('this Monte Carlo run was disposed');
    const T1 = this.model.horizon + 1;
    const n = this.requestedDraws;
    const used = this.done;
    const scratch = new Float64Array(used);
    const fan = (store: Float64Array, s: number): Fan => {
      const out: Fan = FAN_PERCENTILES.map(() => new Array<number>(T1).fill(NaN));
      for (let t = 0; t < T1; t++) {
        const start = s * T1 * n + t * n;
        scratch.set(store.subarray(start, start + used));
        const q = percentiles(scratch, FAN_PERCENTILES);
        q.forEach((v, i) => (out[i][t] = v));
      }
      return out;
    };
    const totals: Record<string, Fan> = {};
    const effects: Record<string, Fan> = {};
    this.kept.forEach((name: SeriesName, s) => {
      if (only && !only.includes(name)) return;
      totals[name] = fan(this.totals, s);
      effects[name] = fan(this.effects, s);
    });
    return {
      draws: used,
      requestedDraws: n,
      seed: this.seed,
      years: Array.from({ length: T1 }, (_, t) => t),
      totals,
      effects,
    };
  }
}

/** Runs a whole Monte Carlo at once (command line, tests, benchmarks). */
export function runMonteCarlo(model: PreparedModel, entries: readonly UncertaintySpec[], draws?: number, seed?: number): MonteCarloSummary {
  const run = new MonteCarloRun(model, entries, draws, seed);
  run.step(run.requestedDraws);
  const summary = run.summary();
  run.dispose();
  return summary;
}

/**
 * Percentiles by linear interpolation between order statistics (the common "type 7" definition):
 * position p/100 * (n - 1). Reorders `values` in place; selects instead of sorting, the middle order
 * statistic first so that each later one is sought only in its own part of the array.
 */
export function percentiles(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => NaN);
  const needed = new Set<number>();
  for (const p of ps) {
    const position = (p / 100) * (n - 1);
    const lower = Math.floor(position);
    needed.add(lower);
    if (position > lower && lower + 1 < n) needed.add(lower + 1);
  }
  const ranks = [...needed].sort((a, b) => a - b);
  selectAll(values, ranks, 0, ranks.length - 1, 0, n - 1);
  return ps.map((p) => {
    const position = (p / 100) * (n - 1);
    const lower = Math.floor(position);
    const fraction = position - lower;
    const a = values[lower];
    if (fraction === 0 || lower + 1 >= n) return a;
    return a + fraction * (values[lower + 1] - a);
  });
}

/** Puts each of ranks[from..to] (sorted) in its place, all of them within values[left..right]. */
function selectAll(values: Float64Array, ranks: readonly number[], from: number, to: number, left: number, right: number): void {
  if (from > to) return;
  const mid = (from + to) >> 1;
  const k = ranks[mid];
  if (k === left) moveExtremeTo(values, left, left, right, -1);
  else if (k === right) moveExtremeTo(values, right, left, right, 1);
  else select(values, k, left, right);
  selectAll(values, ranks, from, mid - 1, left, k - 1);
  selectAll(values, ranks, mid + 1, to, k + 1, right);
}

/** Swaps the smallest (direction -1) or largest (1) of values[left..right] into index `at`. */
function moveExtremeTo(values: Float64Array, at: number, left: number, right: number, direction: number): void {
  let best = left;
  for (let i = left + 1; i <= right; i++) {
    if (direction < 0 ? values[i] < values[best] : values[i] > values[best]) best = i;
  }
  swap(values, at, best);
}

/** Puts the k-th smallest of values[left..right] at index k (Floyd-Rivest selection). */
function select(values: Float64Array, k: number, left: number, right: number): void {
  let l = left;
  let r = right;
  while (r > l) {
    if (r - l > 600) {
      // Narrow to a sample's likely neighbourhood of k first: about n + min(k, n - k) comparisons in all.
      const n = r - l + 1;
      const m = k - l + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      select(values, k, Math.max(l, Math.floor(k - (m * s) / n + sd)), Math.min(r, Math.floor(k + ((n - m) * s) / n + sd)));
    }
    const pivot = values[k];
    let i = l;
    let j = r;
    swap(values, l, k);
    if (values[r] > pivot) swap(values, r, l);
    while (i < j) {
      swap(values, i, j);
      i++;
      j--;
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
    }
    if (values[l] === pivot) swap(values, l, j);
    else {
      j++;
      swap(values, j, r);
    }
    if (j <= k) l = j + 1;
    if (k <= j) r = j - 1;
  }
}

function swap(values: Float64Array, i: number, j: number): void {
  const tmp = values[i];
  values[i] = values[j];
  values[j] = tmp;
}
