/**
 * The engine in a Web Worker: Monte Carlo off the main thread, with progress, streamed fans and cancel.
 */
import { Runner, type RunnerRequest } from './runner';

const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: MessageEvent<RunnerRequest>) => void) | null };
const runner = new Runner((response) => scope.postMessage(response));
scope.onmessage = (event) => {
  void runner.handle(event.data);
};
