import { useEffect, useMemo, useRef, useState } from 'react';
import { BindingGrid, EffectBars, LinePanel, scenarioColor, sharedDomain, symmetricDomain } from '../../charts';
import { HEADLINE_MEASURES, reallocationMax, totalAtHorizon, totalDifference } from '../../engine';
import type { Translator } from '../../i18n';
import { isResult, resultOf, type ScenarioResult } from '../../state';
import { HEADLINE_LABEL, bindingRows, effectBars, formatFor, projectionLines, unitOf, yearLabel } from '../charts/chart-data';
import { useApp, useAppStore, useTranslator } from '../context';
import { EvidenceCheck } from '../EvidenceCheck';
import { NumberSlider } from '../controls/NumberSlider';
import { perClassUpdate, shownValue } from '../controls/values';
import { PRESENT_LEVER_CONTROLS } from '../parameter-groups';

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
  const contentWidth = Math.max(300, (viewport.width - (notes ? 460 : 80) - (current && step.kind !== 'question' ? 380 : 0)) / PRESENT_SCALE);

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
            {scenario ? <p dir="auto">{tr.text(scenario.description) || tr.t('present.noNotes')}</p> : <p>{tr.text(store.getState().workshop.description) || tr.t('present.noNotes')}</p>}
          </aside>
        ) : null}
      </div>
      <p className="present-keys">{tr.t('present.keys')}</p>
    </div>
  );
}

function ResultStep({ result, color, guess, width, height }: { result: ScenarioResult; color: string; guess: string | undefined; width: number; height: number }) {
  const tr = useTranslator();
  const { model, run, scenario } = result;
  const year = yearLabel(tr, model, model.horizon);
  const jobs = totalDifference(run.scenario, run.counterfactual, 'employment');
  const lines = projectionLines(tr, result, 'employment', {
    byClass: false,
    color,
    totalLabel: tr.t('charts.total'),
    comparisonLabel: tr.t('charts.counterfactual'),
    comparison: 'counterfactual',
    reference: null,
  });
  const format = formatFor(tr, result);
  const base = totalAtHorizon(run.counterfactual, 'employment');
  return (
    <section className="present-result" style={{ '--scenario-color': color } as React.CSSProperties}>
      <h1>{tr.text(scenario.title)}</h1>
      <dl className="present-figures">
        {HEADLINE_MEASURES.map((m) => {
          const effect = totalDifference(run.scenario, run.counterfactual, m);
          return (
            <div key={m} data-measure={m}>
              <dt>{tr.t(HEADLINE_LABEL[m])}</dt>
              <dd>
                <span className="present-value">{tr.signed(effect)}</span> <span className="present-unit">{unitOf(tr, result, m)}</span>
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="present-sentence">
        {base !== 0 && Math.abs(jobs / base) >= 5e-4
          ? tr.t(jobs > 0 ? 'score.sentence.up' : 'score.sentence.down', { pct: tr.percent(Math.abs(jobs / base), 2), year })
          : tr.t('score.sentence.none', { year })}
      </p>
      {guess && guess.trim() !== '' ? <p className="present-guess-result">{tr.t('present.yourGuess', { guess: guess.trim(), answer: tr.signed(jobs) })}</p> : null}
      <EvidenceCheck result={result} variant="present" />
      <LinePanel
        kind="projection"
        scenarioId={scenario.id}
        title={tr.t('measure.employment')}
        caption={tr.t('charts.caption.projection', { measure: tr.t('measure.employment'), unit: unitOf(tr, result, 'employment'), comparison: tr.t('charts.counterfactual'), from: format.year(0), to: format.year(model.horizon) })}
        unit={unitOf(tr, result, 'employment')}
        yDomain={sharedDomain(lines.map((l) => l.values))}
        lines={lines}
        width={width}
        height={height}
        format={format}
      />
    </section>
  );
}

function ChartsStep({ result, width }: { result: ScenarioResult; width: number }) {
  const tr = useTranslator();
  const format = formatFor(tr, result);
  const { bars, t } = effectBars(tr, result, 'employment', 'counterfactual', null);
  const rows = bindingRows(tr, result);
  const half = Math.max(280, Math.floor((width - 24) / 2));
  return (
    <section className="present-charts">
      <h1>{tr.text(result.scenario.title)}</h1>
      <div className="present-chart-grid">
        <EffectBars
          kind="effect"
          scenarioId={result.scenario.id}
          title={tr.t('charts.effect.title')}
          caption={tr.t('charts.effect.caption', { measure: tr.t('measure.employment'), year: format.year(t), unit: unitOf(tr, result, 'employment') })}
          unit={unitOf(tr, result, 'employment')}
          xDomain={symmetricDomain(bars.map((b) => b.value))}
          bars={bars}
          width={half}
          height={80 + 36 * bars.length}
          format={format}
        />
        <BindingGrid
          kind="binding"
          scenarioId={result.scenario.id}
          title={tr.t('charts.binding.title')}
          caption={tr.t('charts.binding.caption', { from: format.year(0), to: format.year(result.model.horizon) })}
          rows={rows}
          width={half}
          height={80 + 36 * rows.length}
          format={format}
          legendFinance={tr.t('charts.binding.finance')}
          legendDemand={tr.t('charts.binding.demand')}
        />
      </div>
    </section>
  );
}

function CompareStep({ width, height }: { width: number; height: number }) {
  const tr = useTranslator();
  const scenarios = useApp((s) => s.workshop.scenarios);
  const visibleIds = useApp((s) => s.visibleIds);
  const results = visibleIds.flatMap((id) => {
    const s = scenarios.find((x) => x.id === id);
    const r = s ? resultOf(s) : null;
    return r && isResult(r) ? [r] : [];
  });
  if (results.length === 0) return null;
  const bars = results.map((r) => ({ key: r.scenario.id, label: tr.text(r.scenario.title) || r.scenario.id, value: totalDifference(r.run.scenario, r.run.counterfactual, 'employment') }));
  const format = formatFor(tr, results[0]);
  return (
    <section className="present-compare">
      <h1>{tr.t('present.compare')}</h1>
      <EffectBars
        kind="effect"
        title={tr.t('measure.employment')}
        caption={tr.t('present.compareCaption', { unit: unitOf(tr, results[0], 'employment') })}
        unit={unitOf(tr, results[0], 'employment')}
        xDomain={symmetricDomain(bars.map((b) => b.value))}
        bars={bars}
        width={width}
        height={Math.min(height, 120 + 70 * bars.length)}
        format={format}
      />
    </section>
  );
}

/** The few levers the facilitator chose, for the scenario on screen. */
function LeverPanel({ result, levers }: { result: ScenarioResult; levers: readonly string[] }) {
  const tr = useTranslator();
  const store = useAppStore();
  const { scenario, model } = result;
  const chosen = PRESENT_LEVER_CONTROLS.filter((c) => levers.includes(c.base));
  const set = (path: string, value: unknown, gesture: string | undefined) => {
    const outcome = store.getState().setValue(path, value, { gesture, trusted: true, scenarioId: scenario.id });
    if (!outcome.ok) store.getState().setFieldError(path, outcome.issues);
  };
  return (
    <aside className="present-levers" aria-label={tr.t('present.levers')}>
      <h2>{tr.t('present.levers')}</h2>
      {chosen.map((c) => {
        const { name, info } = c;
        const max = name === 'reallocation' ? reallocationMax(model.donorShare) : info.max;
        if (info.kind === 'perClass') {
          return (
            <div key={c.base} className="present-lever">
              <span className="control-name">{tr.t(c.label)}</span>
              {scenario.economy.classes.map((cls, k) =>
                model.isRecipient[k] || name === 'exportShareTarget' ? (
                  <div key={cls.id} className="control-row">
                    <span className="class-label">{tr.text(cls.label) || cls.id}</span>
                    <NumberSlider
                      path={`${c.base}.${cls.id}`}
                      label={`${tr.t(c.label)}: ${tr.text(cls.label) || cls.id}`}
                      value={Number(shownValue(scenario, c.base, info, k))}
                      min={info.min}
                      max={info.max}
                      step={c.step}
                      unit={tr.t(c.unit)}
                      unitKind={info.unit}
                      onChange={(_p, v, g) => set(c.base, perClassUpdate(scenario, c.base, info, k, v), g)}
                    />
                  </div>
                ) : null,
              )}
            </div>
          );
        }
        return (
          <div key={c.base} className="present-lever">
            <span className="control-name">{tr.t(c.label)}</span>
            <NumberSlider
              path={c.base}
              label={tr.t(c.label)}
              value={Number(shownValue(scenario, c.base, info))}
              min={info.min}
              max={max}
              step={c.step}
              unit={tr.t(c.unit)}
              unitKind={info.unit}
              onChange={(_p, v, g) => set(c.base, v, g)}
            />
          </div>
        );
      })}
      <details className="present-choose">
        <summary>{tr.t('present.chooseLevers')}</summary>
        {PRESENT_LEVER_CONTROLS.map((c) => (
          <label key={c.base} className="checkbox">
            <input
              type="checkbox"
              checked={levers.includes(c.base)}
              onChange={(e) => store.getState().setPresentLevers(e.currentTarget.checked ? [...levers, c.base] : levers.filter((p) => p !== c.base))}
            />
            {tr.t(c.label)}
          </label>
        ))}
      </details>
    </aside>
  );
}
