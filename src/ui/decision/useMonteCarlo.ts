import { useEffect, useRef, useState } from 'react';
import { LIMITS, type MonteCarloSummary } from '../../engine';
import type { Scenario } from '../../scenario';
import { MEASURES } from '../charts/chart-data';
import { useAppStore, useTranslator } from '../context';
import { formatIssueText } from '../issue-text';
import { engineClient } from './engine-client';

/** A Monte Carlo job of the selected scenario, as the uncertainty section shows it. */
export interface MonteCarloJob {
  /** The latest fans of this scenario (streamed while the job runs), or null before its first run. */
  readonly summary: MonteCarloSummary | null;
  /** How far the running job is, or null while none runs. */
  readonly progress: { readonly done: number; readonly total: number } | null;
  /** The last job's outcome as a sentence (done, cancelled, or its problems), or null. */
  readonly status: string | null;
  /** Starts a run of the scenario as the store has it now (a running one is cancelled). */
  readonly run: () => void;
  readonly cancel: () => void;
}

/**
 * Runs Monte Carlo for a scenario in the engine's Worker, with progress, streamed fans and cancel. Once
 * run, the fans follow the scenario: when it changes, the run starts again (the latest input wins). The
 * job is cancelled when the section goes.
 */
export function useMonteCarlo(scenario: Scenario): MonteCarloJob {
  const tr = useTranslator();
  const store = useAppStore();
  const [summary, setSummary] = useState<MonteCarloSummary | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const job = useRef<number | null>(null);
  const [ranFor, setRanFor] = useState<string | null>(null);

  const run = () => {
    // The scenario as the store has it now: this panel draws a deferred copy, and a value typed just
    // before the click (the draws, say) may not have reached it yet.
    const latest = store.getState().workshop.scenarios.find((s) => s.id === scenario.id) ?? scenario;
    const runEntries = latest.uncertainty ?? [];
    const runDraws = latest.monteCarlo?.draws ?? LIMITS.defaultDraws;
    const runSeed = latest.monteCarlo?.seed ?? LIMITS.defaultSeed;
    const client = engineClient();
    if (job.current !== null) client.cancel(job.current);
    setStatus(null);
    setProgress({ done: 0, total: runDraws });
    setRanFor(scenario.id);
    const started = performance.now();
    let shownAt = started;
    job.current = client.start({ type: 'monte-carlo', scenario: latest, entries: runEntries, draws: runDraws, seed: runSeed, chunk: 100, sliceMs: 40, streamEvery: Math.max(1000, Math.floor(runDraws / 3)), series: MEASURES }, (message) => {
      if (message.type === 'progress') {
        // The bar moves ten times a second at most: each move is a render the Worker's run competes with.
        const at = performance.now();
        if (message.summary || at - shownAt >= 100) {
          shownAt = at;
          setProgress({ done: message.done, total: message.total });
        }
        if (message.summary) setSummary(message.summary);
      } else if (message.type === 'done') {
        setSummary(message.summary);
        setProgress(null);
        job.current = null;
        setStatus(tr.t('decision.mc.done', { draws: message.summary.draws, ms: Math.round(performance.now() - started) }));
      } else if (message.type === 'cancelled') {
        setProgress(null);
        job.current = null;
        setStatus(tr.t('decision.mc.cancelled', { done: message.done }));
      } else if (message.type === 'error') {
        setProgress(null);
        job.current = null;
        setStatus(message.issues.map((i) => formatIssueText(tr, i)).join('; '));
      }
    });
  };
  const cancel = () => {
    if (job.current !== null) engineClient().cancel(job.current);
  };

  // Fans on screen follow the scenario: when it changes, the run starts again (the latest input wins).
  const summaryShown = summary !== null && ranFor === scenario.id;
  useEffect(() => {
    if (!summaryShown) return;
    const timer = setTimeout(run, 150);
    return () => clearTimeout(timer);
    // Re-run only when the scenario object changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenario]);
  useEffect(() => () => {
    if (job.current !== null) engineClient().cancel(job.current);
  }, []);

  return { summary: summaryShown ? summary : null, progress, status, run, cancel };
}
