/**
 * The engine in a Web Worker: Monte Carlo off the main thread, with progress, streamed fans and cancel.
 */
import { provideFormulaParser } from './expressions';
import { parseFormula } from './formula-parser';
import { Runner, type RunnerRequest } from './runner';

// The Worker is loaded only with the decision aids, and runs any scenario the page holds, formulas included.
provideFormulaParser(parseFormula);

const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: MessageEvent<RunnerRequest>) => void) | null };

// Between chunks the runner yields so that a cancel or a newer job gets in. A message to itself does that
// at once; setTimeout(0) would wait 4 ms a time once nested (40 chunks: 160 ms of a 10,000-draw run).
// Two jobs can be waiting at once (a newer one starts while an older one yields): one message each.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldNow = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

const runner = new Runner((response) => scope.postMessage(response), yieldNow);
scope.onmessage = (event) => {
  void runner.handle(event.data);
};
