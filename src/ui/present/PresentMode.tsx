import { useEffect, useMemo, useRef, useState } from 'react';
import { scenarioColor } from '../../charts';
import type { Translator } from '../../i18n';
import type { Scenario } from '../../scenario';
import { isResult, resultOf, type ScenarioResult } from '../../state';
import { yearLabel } from '../charts/chart-data';
import { useApp, useAppStore, useTranslator } from '../context';
import { LeverPanel } from './LeverPanel';
import { ChartsStep, CompareStep, ResultStep } from './PresentSteps';

const PRESENT_SCALE = 1.5;

type StepKind = 'question' | 'result' | 'charts' | 'compare';
interface Step {
  readonly kind: StepKind;
  readonly scenarioId?: string;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

/** The levers of a scenario in a sentence or three, for the question screen. */
function policySentences(tr: Translator, result: ScenarioResult): string[] {
  const { model, scenario } = result;
  const name = (id: string) => {
    const c = scenario.economy.classes.find((x) => x.id === id);
    return c ? tr.text(c.label) || id : id;
  };
  const list = (ids: readonly string[]) => new Intl.ListFormat(tr.locale === 'fa' ? 'fa' : 'en', { type: 'conjunction' }).format(ids.map(name));
  const out: string[] = [];
  if (model.reallocation > 0) {
    out.push(tr.t('present.policy.reallocation', { pp: tr.number(model.reallocation * 100), donors: list(model.donors), recipients: list(model.recipients), years: tr.number(model.phaseInYears) }));
  } else out.push(tr.t('present.policy.none'));
  const targets = model.classIds.flatMap((id, k) => (model.exportShareTarget[k] !== model.exportShare0[k] ? [`${name(id)} ${tr.percent(model.exportShare0[k])} → ${tr.percent(model.exportShareTarget[k])}`] : []));
  if (targets.length > 0) out.push(tr.t('present.policy.exports', { targets: targets.join('، ') }));
  const coverage = model.classIds.flatMap((id, k) => (model.guaranteeCoverage[k] > 0 ? [`${name(id)} ${tr.percent(model.guaranteeCoverage[k])}`] : []));
  if (coverage.length > 0) out.push(tr.t('present.policy.guarantee', { coverage: coverage.join(tr.locale === 'fa' ? '، ' : ', ') }));
  return out;
}

/**
 * Workshop mode: full screen, large type, one idea per screen. Steps through the visible scenarios
 * (question, reveal, charts) and ends with all of them compared. Leaving restores the workbench as it was.
 */
export default function PresentMode() {
  const tr = useTranslator();
  const store = useAppStore();
  const scenarios = useApp((s) => s.workshop.scenarios);
  const visibleIds = useApp((s) => s.visibleIds);
  const presentLevers = useApp((s) => s.presentLevers);
  const [index, setIndex] = useState(0);
  const [notes, setNotes] = useState(false);
  const [guesses, setGuesses] = useState<Record<string, string>>({});
  const [viewport, setViewport] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  const root = useRef<HTMLDivElement>(null);

  const steps: Step[] = useMemo(
    () => [
      ...visibleIds.flatMap((id) => [
        { kind: 'question' as const, scenarioId: id },
        { kind: 'result' as const, scenarioId: id },
        { kind: 'charts' as const, scenarioId: id },
      ]),
      { kind: 'compare' as const },
    ],
    [visibleIds],
  );
  const step = steps[Math.min(index, steps.length - 1)];
  const exit = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    store.getState().setPresenting(false);
  };

  useEffect(() => {
    root.current?.focus();
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onResize = () => setViewport({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const typing = isTyping(event.target);
      const key = event.key;
      if (key === 'Escape') {
        event.preventDefault();
        exit();
        return;
      }
      if (typing) return;
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(key)) {
        event.preventDefault();
        setIndex((i) => Math.min(steps.length - 1, i + 1));
      } else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(key)) {
        event.preventDefault();
        setIndex((i) => Math.max(0, i - 1));
      } else if (key === 'Home') setIndex(0);
      else if (key === 'End') setIndex(steps.length - 1);
      else if (key === 'n' || key === 'N') setNotes((n) => !n);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const scenarioIndex = step.scenarioId ? scenarios.findIndex((s) => s.id === step.scenarioId) : -1;
  const scenario = scenarioIndex >= 0 ? scenarios[scenarioIndex] : undefined;
  const result = scenario ? resultOf(scenario) : null;
  const current = result && isResult(result) ? result : null;
  const color = scenarioColor(Math.max(0, scenarioIndex));
  // Panels are drawn at a fraction of the space and scaled up by CSS, so their text reads at about 20 px.
  // The notes lie over the slide's corner and never take its room: the charts keep their size.
  const contentWidth = Math.max(300, (viewport.width - 80 - (current && step.kind !== 'question' ? 380 : 0)) / PRESENT_SCALE);
  const next = steps[index + 1];

  return (
    <div className="present" data-mode="present" data-step={index} data-step-kind={step.kind} ref={root} tabIndex={-1} aria-label={tr.t('present.title')}>
      <header className="present-bar">
        <span className="present-title">{tr.text(store.getState().workshop.title)}</span>
        <span className="present-counter" aria-live="polite">
          {tr.t('present.step', { n: index + 1, count: steps.length })}
        </span>
        <button type="button" data-action="present-previous" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
          {tr.t('present.previous')}
        </button>
        <button type="button" data-action="present-next" onClick={() => setIndex((i) => Math.min(steps.length - 1, i + 1))} disabled={index >= steps.length - 1}>
          {tr.t('present.next')}
        </button>
        <button type="button" data-action="present-notes" aria-pressed={notes} onClick={() => setNotes((n) => !n)}>
          {tr.t('present.notes')}
        </button>
        <button type="button" data-action="present-exit" onClick={exit}>
          {tr.t('present.exit')}
        </button>
      </header>
      <div className="present-body">
        <main className="present-main">
          {step.kind === 'compare' ? <CompareStep width={contentWidth} height={(viewport.height - 200) / PRESENT_SCALE} /> : null}
          {current && scenario && step.kind === 'question' ? (
            <section className="present-question" style={{ '--scenario-color': color } as React.CSSProperties}>
              <h1>{tr.text(scenario.title)}</h1>
              <ul className="present-policy">
                {policySentences(tr, current).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p className="present-ask">{tr.t('present.question', { year: yearLabel(tr, current.model, current.model.horizon) })}</p>
              <p className="present-hint">{tr.t('present.questionHint')}</p>
              <label className="present-guess">
                {tr.t('present.guess', { unit: tr.unit(scenario.economy.employmentUnit) })}
                <input type="text" inputMode="decimal" value={guesses[scenario.id] ?? ''} onChange={(e) => setGuesses({ ...guesses, [scenario.id]: e.currentTarget.value })} />
              </label>
              <button type="button" className="present-reveal" data-action="reveal" onClick={() => setIndex((i) => i + 1)}>
                {tr.t('present.reveal')}
              </button>
            </section>
          ) : null}
          {current && scenario && step.kind === 'result' ? (
            // 550: the title, figures and sentence above the chart, and the evidence check's three lines.
            <ResultStep result={current} color={color} guess={guesses[scenario.id]} width={contentWidth} height={Math.max(220, (viewport.height - 550) / PRESENT_SCALE)} />
          ) : null}
          {current && step.kind === 'charts' ? <ChartsStep result={current} width={contentWidth} /> : null}
        </main>
        {current && step.kind !== 'question' ? <LeverPanel result={current} levers={presentLevers} /> : null}
        {notes ? (
          <aside className="present-notes" aria-label={tr.t('present.notes')}>
            <h2>{tr.t('present.notes')}</h2>
            <p className="present-notes-meta">
              <PresentTimer /> · {next ? tr.t('present.nextStep', { step: stepName(tr, next, scenarios) }) : tr.t('present.lastStep')}
            </p>
            {scenario ? <p dir="auto">{tr.text(scenario.description) || tr.t('present.noNotes')}</p> : <p>{tr.text(store.getState().workshop.description) || tr.t('present.noNotes')}</p>}
          </aside>
        ) : null}
      </div>
      <p className="present-keys">{tr.t('present.keys')}</p>
    </div>
  );
}

/** What a step shows, in a few words, for the facilitator's notes ("Next: the answer, Scenario A"). */
function stepName(tr: Translator, step: Step, scenarios: readonly Scenario[]): string {
  if (step.kind === 'compare') return tr.t('present.compare');
  const scenario = scenarios.find((s) => s.id === step.scenarioId);
  const title = (scenario && tr.text(scenario.title)) || step.scenarioId || '';
  return tr.t(step.kind === 'question' ? 'present.step.question' : step.kind === 'result' ? 'present.step.result' : 'present.step.charts', { name: title });
}

/** Minutes and seconds since workshop mode opened: the facilitator keeps time without a watch. */
function PresentTimer() {
  const tr = useTranslator();
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.floor((now - started) / 1000);
  const mm = tr.integer(Math.floor(seconds / 60));
  const ss = tr.integer(seconds % 60).padStart(2, tr.locale === 'fa' ? '۰' : '0');
  return <span className="present-timer" role="timer" aria-label={tr.t('present.timer')}>{`${mm}:${ss}`}</span>;
}
