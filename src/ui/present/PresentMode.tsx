import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { scenarioColor } from '../../charts';
import type { HeadlineMeasure } from '../../engine';
import type { Translator } from '../../i18n';
import { isResult, resultOf, type ScenarioResult } from '../../state';
import { yearLabel } from '../charts/chart-data';
import { useApp, useAppStore, useTranslator } from '../context';
import { LeverPanel } from './LeverPanel';
import { ChartsStep, CompareStep, ResultStep } from './PresentSteps';
import { fromPresenter, newSessionId, openPresenterChannel, presenterUrl, readMessage, type FromSlides } from './presenter-channel';
import { StepList } from './StepList';
import { clockText, listSteps, rememberChoice, rememberedChoice, shownSteps, stepName, type StepChoice } from './steps';

const PRESENT_SCALE = 1.5;

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
 * Workshop mode: full screen, large type, one idea per screen. Steps through the steps the facilitator
 * chose (by default each scenario that sets a lever: question, reveal, charts; then all compared). The
 * notes show over the slide's corner or, in the presenter view, in a second window kept in step.
 * Leaving restores the workbench as it was.
 */
export default function PresentMode() {
  const tr = useTranslator();
  const store = useAppStore();
  const scenarios = useApp((s) => s.workshop.scenarios);
  const visibleIds = useApp((s) => s.visibleIds);
  const presentLevers = useApp((s) => s.presentLevers);
  const [choice, setChoiceState] = useState<StepChoice>(rememberedChoice);
  const [index, setIndex] = useState(0);
  const [notes, setNotes] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const [measure, setMeasure] = useState<HeadlineMeasure>('employment');
  const [guesses, setGuesses] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  // The presenter window's session, once one is opened, and the channel to it.
  const [presenter, setPresenter] = useState<string | null>(null);
  const channelRef = useRef<BroadcastChannel | null>(null);
  const [startedAt] = useState(() => Date.now());
  const [viewport, setViewport] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  const root = useRef<HTMLDivElement>(null);

  const list = useMemo(() => listSteps(visibleIds, scenarios, choice), [visibleIds, scenarios, choice]);
  const steps = useMemo(() => shownSteps(list), [list]);
  const at = Math.min(index, steps.length - 1);
  const step = steps[at];
  const next = steps[at + 1];

  /** A new choice of steps: the step on screen stays on screen if it is still shown. */
  const setChoice = (changed: StepChoice) => {
    const nowShown = shownSteps(listSteps(visibleIds, scenarios, changed));
    const kept = nowShown.findIndex((s) => s.key === step.key);
    setIndex(kept >= 0 ? kept : Math.min(at, nowShown.length - 1));
    setChoiceState(changed);
    rememberChoice(changed);
  };
  const move = (by: 1 | -1 | 'first' | 'last') =>
    setIndex((i) => {
      const from = Math.min(i, steps.length - 1);
      return by === 'first' ? 0 : by === 'last' ? steps.length - 1 : Math.max(0, Math.min(steps.length - 1, from + by));
    });
  // The channel's listener outlives renders; it moves through the latest steps.
  const moveRef = useRef(move);
  useLayoutEffect(() => {
    moveRef.current = move;
  });

  const exit = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    store.getState().setPresenting(false);
  };

  useEffect(() => {
    root.current?.focus();
    const onResize = () => setViewport({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const scenarioIndex = step.scenarioId ? scenarios.findIndex((s) => s.id === step.scenarioId) : -1;
  const scenario = scenarioIndex >= 0 ? scenarios[scenarioIndex] : undefined;
  const notesText = (scenario ? tr.text(scenario.description) : tr.text(store.getState().workshop.description)) || tr.t('present.noNotes');

  // The presenter window hears where workshop mode is at every move, and when it closes.
  const state: FromSlides | null = presenter
    ? {
        kind: 'state',
        session: presenter,
        locale: tr.locale,
        title: tr.text(store.getState().workshop.title),
        step: at,
        count: steps.length,
        current: stepName(tr, step, scenarios),
        next: next ? stepName(tr, next, scenarios) : null,
        notes: notesText,
        startedAt,
      }
    : null;
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  });
  const stateKey = JSON.stringify(state);
  useEffect(() => {
    if (stateRef.current) channelRef.current?.postMessage(stateRef.current);
  }, [stateKey]);
  useEffect(() => {
    if (!presenter) return;
    const session = presenter;
    const channel = openPresenterChannel();
    if (!channel) return;
    channelRef.current = channel;
    if (stateRef.current) channel.postMessage(stateRef.current);
    channel.onmessage = (event: MessageEvent) => {
      const message = readMessage(fromPresenter, event.data, session);
      if (!message) return;
      if (message.kind === 'hello') {
        if (stateRef.current) channel.postMessage(stateRef.current);
      } else moveRef.current(message.to === 'next' ? 1 : -1);
    };
    const closed = () => channel.postMessage({ kind: 'closed', session } satisfies FromSlides);
    window.addEventListener('pagehide', closed);
    return () => {
      window.removeEventListener('pagehide', closed);
      closed();
      channel.close();
      channelRef.current = null;
    };
  }, [presenter]);

  const openPresenter = () => {
    const session = presenter ?? newSessionId();
    const canTalk = typeof BroadcastChannel === 'function';
    // Opened inside the click: later, the browser's popup blocker would refuse it.
    const opened = canTalk ? openWindow(presenterUrl(session, tr.locale), `presenter-${session}`) : null;
    if (!opened) {
      // The notes stay on this screen, over the slide's corner.
      setStatus(tr.t(canTalk ? 'present.presenter.blocked' : 'present.presenter.unsupported'));
      setNotes(true);
      return;
    }
    setStatus(tr.t('present.presenter.opened'));
    setPresenter(session);
  };

  // The status says its piece and goes: it lies over the slide.
  useEffect(() => {
    if (status === null) return;
    const timer = setTimeout(() => setStatus(null), 12_000);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const typing = isTyping(event.target);
      const key = event.key;
      if (key === 'Escape') {
        event.preventDefault();
        if (listOpen) setListOpen(false);
        else exit();
        return;
      }
      // A button takes its own Enter and Space; the step list its own keys.
      if (typing || (event.target instanceof HTMLButtonElement && (key === 'Enter' || key === ' '))) return;
      if (event.target instanceof Element && event.target.closest('.present-step-list')) return;
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(key)) {
        event.preventDefault();
        move(1);
      } else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(key)) {
        event.preventDefault();
        move(-1);
      } else if (key === 'Home') move('first');
      else if (key === 'End') move('last');
      else if (key === 'n' || key === 'N') setNotes((n) => !n);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const result = scenario ? resultOf(scenario) : null;
  const current = result && isResult(result) ? result : null;
  const color = scenarioColor(Math.max(0, scenarioIndex));
  // Panels are drawn at a fraction of the space and scaled up by CSS, so their text reads at about 20 px.
  // The notes lie over the slide's corner and never take its room: the charts keep their size.
  const levers = current !== null && step.kind !== 'question' && viewport.width > 900;
  const contentWidth = Math.max(240, (viewport.width - 64 - (levers ? 380 : 0)) / PRESENT_SCALE);

  return (
    <div className="present" data-mode="present" data-step={at} data-step-key={step.key} data-step-kind={step.kind} ref={root} tabIndex={-1} aria-label={tr.t('present.title')}>
      <header className="present-bar">
        <span className="present-title">{tr.text(store.getState().workshop.title)}</span>
        <span className="present-counter" aria-live="polite">
          {tr.t('present.step', { n: at + 1, count: steps.length })}
        </span>
        <button type="button" data-action="present-previous" onClick={() => move(-1)} disabled={at === 0}>
          {tr.t('present.previous')}
        </button>
        <button type="button" data-action="present-next" onClick={() => move(1)} disabled={at >= steps.length - 1}>
          {tr.t('present.next')}
        </button>
        <button type="button" data-action="present-steps" aria-expanded={listOpen} onClick={() => setListOpen((o) => !o)}>
          {tr.t('present.steps')}
        </button>
        <button type="button" data-action="present-notes" aria-pressed={notes} onClick={() => setNotes((n) => !n)}>
          {tr.t('present.notes')}
        </button>
        <button type="button" data-action="presenter-window" onClick={openPresenter}>
          {tr.t('present.presenter.open')}
        </button>
        <button type="button" data-action="present-exit" onClick={exit}>
          {tr.t('present.exit')}
        </button>
        <p className="present-status" role="status">
          {status}
        </p>
      </header>
      <div className="present-body">
        <main className="present-main">
          {step.kind === 'compare' ? <CompareStep measure={measure} onMeasure={setMeasure} width={contentWidth} height={(viewport.height - 260) / PRESENT_SCALE} /> : null}
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
              <button type="button" className="present-reveal" data-action="reveal" onClick={() => move(1)}>
                {tr.t('present.reveal')}
              </button>
            </section>
          ) : null}
          {current && scenario && step.kind === 'result' ? (
            // 550: the title, figures and sentence above the chart, and the evidence check's three lines.
            <ResultStep result={current} color={color} guess={guesses[scenario.id]} width={contentWidth} height={Math.max(160, (viewport.height - 560) / PRESENT_SCALE)} scale={PRESENT_SCALE} />
          ) : null}
          {current && step.kind === 'charts' ? <ChartsStep result={current} width={contentWidth} scale={PRESENT_SCALE} reset={`${viewport.width}x${viewport.height}`} /> : null}
        </main>
        {levers && current ? <LeverPanel result={current} levers={presentLevers} /> : null}
        {notes ? (
          <aside className="present-notes" aria-label={tr.t('present.notes')}>
            <h2>{tr.t('present.notes')}</h2>
            <p className="present-notes-meta">
              <PresentTimer startedAt={startedAt} /> · {next ? tr.t('present.nextStep', { step: stepName(tr, next, scenarios) }) : tr.t('present.lastStep')}
            </p>
            <p dir="auto">{notesText}</p>
          </aside>
        ) : null}
        {listOpen ? <StepList list={list} choice={choice} scenarios={scenarios} onChoice={setChoice} onClose={() => setListOpen(false)} /> : null}
      </div>
      <p className="present-keys">{tr.t('present.keys')}</p>
    </div>
  );
}

/** Opens a window, or null where the browser refuses (a popup blocker, no window.open). */
function openWindow(url: string, name: string): Window | null {
  try {
    return typeof window.open === 'function' ? window.open(url, name, 'popup,width=960,height=720') : null;
  } catch {
    return null;
  }
}

/** Minutes and seconds since workshop mode opened: the facilitator keeps time without a watch. */
function PresentTimer({ startedAt }: { startedAt: number }) {
  const tr = useTranslator();
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <span className="present-timer" role="timer" aria-label={tr.t('present.timer')}>{clockText(tr, (now - startedAt) / 1000)}</span>;
}
