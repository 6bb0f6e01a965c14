/**
 * Long work (Monte Carlo) as a sequence of chunks that report progress and can be cancelled between
 * chunks, and the decision aids that take one answer (a tornado, a goal seek). The same code runs on the
 * main thread (tests, command line) and inside a Worker (the app), where `worker.ts` wires it to messages.
 */
import { goalSeek, type GoalSeekResult, type GoalSeekTarget } from './goal-seek';
import { MonteCarloRun, type MonteCarloSummary } from './monte-carlo';
import { prepareScenario } from './prepare';
import type { SeriesName } from './measures';
import { sensitivity, type SensitivityResult } from './sensitivity';
import type { EngineIssue, ScenarioSpec, UncertaintySpec } from './types';

/** Asks for a Monte Carlo run of one scenario. */
export interface MonteCarloRequest {
  readonly type: 'monte-carlo';
  readonly jobId: number;
  readonly scenario: ScenarioSpec;
  readonly entries: readonly UncertaintySpec[];
  readonly draws: number;
  readonly seed: number;
  /** Draws per chunk (progress and cancellation happen between chunks). */
  readonly chunk?: number;
  /**
   * With this, a chunk goes on in steps of `chunk` draws until it has run this many milliseconds: fewer,
   * fuller chunks (each progress message costs the page a render), cancellation still within the slice.
   */
  readonly sliceMs?: number;
  /** Send a partial summary every this many draws (0: only at the end). */
  readonly streamEvery?: number;
  /** Summarise only these series (default: every reported series). */
  readonly series?: readonly SeriesName[];
}

/** Asks for the tornado of one horizon effect. */
export interface SensitivityRequest {
  readonly type: 'sensitivity';
  readonly jobId: number;
  readonly scenario: ScenarioSpec;
  readonly entries: readonly UncertaintySpec[];
  readonly measure: SeriesName;
}

/** Asks for the smallest reallocation whose horizon effect reaches a target (MODEL.md 5). */
export interface GoalSeekRequest {
  readonly type: 'goal-seek';
  readonly jobId: number;
  readonly scenario: ScenarioSpec;
  readonly target: GoalSeekTarget;
}

/** Stops a job. */
export interface CancelRequest {
  readonly type: 'cancel';
  readonly jobId: number;
}

/** A message to the runner. */
export type RunnerRequest = MonteCarloRequest | SensitivityRequest | GoalSeekRequest | CancelRequest;

/** A message from the runner. */
export type RunnerResponse =
  | { readonly type: 'progress'; readonly jobId: number; readonly done: number; readonly total: number; readonly summary?: MonteCarloSummary }
  | { readonly type: 'done'; readonly jobId: number; readonly summary: MonteCarloSummary; readonly milliseconds: number }
  | { readonly type: 'cancelled'; readonly jobId: number; readonly done: number }
  | { readonly type: 'sensitivity'; readonly jobId: number; readonly result: SensitivityResult }
  | { readonly type: 'goal-seek'; readonly jobId: number; readonly result: GoalSeekResult }
  | { readonly type: 'error'; readonly jobId: number; readonly issues: readonly EngineIssue[] };

/** Yields to the event loop so that a cancel message can arrive between chunks. */
export type Yield = () => Promise<void>;

/** Runs requests one chunk at a time, posting responses; the latest request for a job wins. */
export class Runner {
  private readonly cancelled = new Set<number>();
  /** The newest job: an older one still running stops at its next chunk (the latest input wins). */
  private latest = -1;

  constructor(
    private readonly post: (response: RunnerResponse) => void,
    private readonly yieldNow: Yield = () => new Promise((resolve) => setTimeout(resolve, 0)),
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Handles one request; a Monte Carlo request resolves when the job ends. */
  async handle(request: RunnerRequest): Promise<void> {
    if (request.type === 'cancel') {
      this.cancelled.add(request.jobId);
      return;
    }
    if (request.type === 'monte-carlo') {
      await this.monteCarlo(request);
      return;
    }
    // One answer each, in one go: the page keeps its frames while the Worker computes it.
    const prepared = prepareScenario(request.scenario);
    if (!prepared.ok) this.post({ type: 'error', jobId: request.jobId, issues: prepared.issues });
    else if (request.type === 'sensitivity') this.post({ type: 'sensitivity', jobId: request.jobId, result: sensitivity(prepared.model, request.entries, request.measure) });
    else this.post({ type: 'goal-seek', jobId: request.jobId, result: goalSeek(prepared.model, request.target) });
  }

  private async monteCarlo(request: MonteCarloRequest): Promise<void> {
    this.latest = Math.max(this.latest, request.jobId);
    const started = this.now();
    const prepared = prepareScenario(request.scenario);
    if (!prepared.ok) {
      this.post({ type: 'error', jobId: request.jobId, issues: prepared.issues });
      return;
    }
    let run: MonteCarloRun;
    try {
      run = new MonteCarloRun(prepared.model, request.entries, request.draws, request.seed, request.series);
    } catch (error) {
      this.post({ type: 'error', jobId: request.jobId, issues: [{ path: 'uncertainty', code: 'invalid', params: { detail: String(error) } }] });
      return;
    }
    try {
      await this.stepThrough(request, run, started);
    } finally {
      run.dispose();
    }
  }

  /** Runs the job's draws in chunks, reporting progress; ends with its summary, or stops when stale. */
  private async stepThrough(request: MonteCarloRequest, run: MonteCarloRun, started: number): Promise<void> {
    const chunk = Math.max(1, request.chunk ?? 250);
    const streamEvery = request.streamEvery ?? 0;
    let nextStream = streamEvery;
    while (!run.finished) {
      if (this.cancelled.has(request.jobId) || request.jobId < this.latest) {
        this.cancelled.delete(request.jobId);
        this.post({ type: 'cancelled', jobId: request.jobId, done: run.completed });
        return;
      }
      const sliceStart = this.now();
      let done = run.step(chunk);
      while (!run.finished && request.sliceMs !== undefined && this.now() - sliceStart < request.sliceMs) done = run.step(chunk);
      const stream = streamEvery > 0 && done >= nextStream && !run.finished;
      if (stream) nextStream = done + streamEvery;
      this.post({ type: 'progress', jobId: request.jobId, done, total: run.requestedDraws, summary: stream ? run.summary(request.series) : undefined });
      await this.yieldNow();
    }
    if (this.cancelled.delete(request.jobId) || request.jobId < this.latest) {
      this.post({ type: 'cancelled', jobId: request.jobId, done: run.completed });
      return;
    }
    this.post({ type: 'done', jobId: request.jobId, summary: run.summary(request.series), milliseconds: this.now() - started });
  }
}
