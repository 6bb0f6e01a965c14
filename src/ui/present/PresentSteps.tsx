import type { CSSProperties } from 'react';
import { BindingGrid, EffectBars, LinePanel, sharedDomain, symmetricDomain } from '../../charts';
import { HEADLINE_MEASURES, totalAtHorizon, totalDifference } from '../../engine';
import { isResult, resultOf, type ScenarioResult } from '../../state';
import { HEADLINE_LABEL, bindingRows, effectBars, formatFor, projectionLines, unitOf, yearLabel } from '../charts/chart-data';
import { useApp, useTranslator } from '../context';
import { EvidenceCheck } from '../EvidenceCheck';

/** The reveal: the scenario's headline effects, a sentence on jobs, the room's guess and the evidence check. */
export function ResultStep({ result, color, guess, width, height }: { result: ScenarioResult; color: string; guess: string | undefined; width: number; height: number }) {
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
    <section className="present-result" style={{ '--scenario-color': color } as CSSProperties}>
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

/** The scenario's effect by class and which constraint binds. */
export function ChartsStep({ result, width }: { result: ScenarioResult; width: number }) {
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

/** The last screen: every visible scenario's effect on jobs side by side. */
export function CompareStep({ width, height }: { width: number; height: number }) {
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
