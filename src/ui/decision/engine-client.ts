/**
 * Talks to the engine's Worker: Monte Carlo with progress and cancel, tornado and goal-seek requests.
 * Where a Worker cannot start, the same runner works on the main thread between animation frames.
 */
import { Runner, type GoalSeekRequest, type MonteCarloRequest, type RunnerRequest, type RunnerResponse, type SensitivityRequest } from '../../engine';
import EngineWorker from '../../engine/worker?worker&inline';

type Listener = (response: RunnerResponse) => void;
/** A job as the caller describes it; the client gives it its id. */
export type JobRequest = Omit<MonteCarloRequest, 'jobId'> | Omit<SensitivityRequest, 'jobId'> | Omit<GoalSeekRequest, 'jobId'>;

/** A connection to the engine's Worker (one per page). */
export class EngineClient {
  private nextId = 1;
  private readonly listeners = new Map<number, Listener>();
  private readonly send: (request: RunnerRequest) => void;
  private readonly worker: Worker | null;

  constructor() {
    const deliver = (response: RunnerResponse) => {
      this.listeners.get(response.jobId)?.(response);
      if (response.type !== 'progress') this.listeners.delete(response.jobId);
    };
    const worker = startWorker();
    if (worker) worker.onmessage = (event: MessageEvent<RunnerResponse>) => deliver(event.data);
    this.worker = worker;
    if (worker) {
      const w = worker;
      this.send = (request) => w.postMessage(request);
    } else {
      const runner = new Runner(deliver, () => new Promise((resolve) => requestAnimationFrame(() => resolve())));
      this.send = (request) => void runner.handle(request);
    }
  }

  /** Starts a job; `listen` receives its progress and its end. Returns the job's id. */
  start(request: JobRequest, listen: Listener): number {
    const jobId = this.nextId++;
    this.listeners.set(jobId, listen);
    this.send({ ...request, jobId } as RunnerRequest);
    return jobId;
  }

  /** Stops a job at its next chunk. */
  cancel(jobId: number): void {
    this.send({ type: 'cancel', jobId });
  }

  /** Forgets a job's listener (its late messages are ignored). */
  forget(jobId: number): void {
    this.listeners.delete(jobId);
  }

  dispose(): void {
    this.worker?.terminate();
    this.listeners.clear();
  }
}

/** Starts the Worker, or returns null where the page cannot start one. */
function startWorker(): Worker | null {
  try {
    return new EngineWorker();
  } catch {
    return null;
  }
}

let shared: EngineClient | null = null;

/** The page's engine client, started on first use. */
export function engineClient(): EngineClient {
  shared ??= new EngineClient();
  return shared;
}
