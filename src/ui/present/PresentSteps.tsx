import type { CSSProperties } from 'react';
import { BindingGrid, EffectBars, LinePanel, scenarioColor, sharedDomain, symmetricDomain } from '../../charts';
import { niceTicks } from '../../charts/core/scales';
import { HEADLINE_MEASURES, totalAtHorizon, totalDifference, type HeadlineMeasure } from '../../engine';
import { isResult, resultOf, type ScenarioResult } from '../../state';
import { HEADLINE_LABEL, bindingRows, effectBars, counterfactualLines, formatFor, unitOf, yearLabel } from '../charts/chart-data';
import { useApp, useTranslator } from '../context';
import { EvidenceCheck } from '../EvidenceCheck';
import { useFitHeight } from './fit';

/** The reveal: the scenario's headline effects, a sentence on jobs, the room's guess and the evidence check. */
export function ResultStep({ result, color, guess, width, height: estimate, scale }: { result: ScenarioResult; color: string; guess: string | undefined; width: number; height: number; scale: number }) {
  const tr = useTranslator();
  const [height, slide] = useFitHeight<HTMLElement>(estimate, 110, scale, `${result.scenario.id} ${width} ${estimate} ${guess ?? ''}`);
  const { model, run, scenario } = result;
  const year = yearLabel(tr, model, model.horizon);
  const jobs = totalDifference(run.scenario, run.counterfactual, 'employment');
  const lines = counterfactualLines(tr, result, 'employment', color);
  const format = formatFor(tr, result);
  const base = totalAtHorizon(run.counterfactual, 'employment');
  return (
    <section className="present-result" ref={slide} style={{ '--scenario-color': color } as CSSProperties}>
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
export function ChartsStep({ result, width, scale, reset }: { result: ScenarioResult; width: number; scale: number; reset: string }) {
  const tr = useTranslator();
  const format = formatFor(tr, result);
  const { bars, t } = effectBars(tr, result, 'employment', 'counterfactual', null);
  const rows = bindingRows(tr, result);
  const half = Math.max(280, Math.floor((width - 24) / 2));
  // Rows of 36 px, or as few as 20 where the window is short: both panels the same height.
  const count = Math.max(bars.length, rows.length);
  const [height, slide] = useFitHeight<HTMLElement>(80 + 36 * count, 80 + 20 * count, scale, `${result.scenario.id} ${width} ${reset}`);
  return (
    <section className="present-charts" ref={slide}>
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
          height={height}
          format={format}
        />
        <BindingGrid
          kind="binding"
          scenarioId={result.scenario.id}
          title={tr.t('charts.binding.title')}
          caption={tr.t('charts.binding.caption', { from: format.year(0), to: format.year(result.model.horizon) })}
          rows={rows}
          width={half}
          height={height}
          format={format}
          legendFinance={tr.t('charts.binding.finance')}
          legendDemand={tr.t('charts.binding.demand')}
        />
      </div>
    </section>
  );
}

/** The last screen: every visible scenario's effect on one headline measure, side by side. */
export function CompareStep({ measure, onMeasure, width, height }: { measure: HeadlineMeasure; onMeasure: (m: HeadlineMeasure) => void; width: number; height: number }) {
  const tr = useTranslator();
  const scenarios = useApp((s) => s.workshop.scenarios);
  const visibleIds = useApp((s) => s.visibleIds);
  const results = visibleIds.flatMap((id) => {
    const index = scenarios.findIndex((x) => x.id === id);
    const r = index >= 0 ? resultOf(scenarios[index]) : null;
    return r && isResult(r) ? [{ result: r, index }] : [];
  });
  if (results.length === 0) return null;
  const bars = results.map(({ result, index }) => ({
    key: result.scenario.id,
    label: tr.text(result.scenario.title) || result.scenario.id,
    value: totalDifference(result.run.scenario, result.run.counterfactual, measure),
    unit: unitOf(tr, result, measure),
    color: scenarioColor(index),
  }));
  const units = new Set(bars.map((b) => b.unit));
  const [unit] = units;
  return (
    <section className="present-compare">
      <h1>{tr.t('present.compare')}</h1>
      <label className="present-compare-measure">
        {tr.t('present.compare.measure')}
        <select data-action="present-compare-measure" value={measure} onChange={(e) => onMeasure(e.currentTarget.value as HeadlineMeasure)}>
          {HEADLINE_MEASURES.map((m) => (
            <option key={m} value={m}>
              {tr.t(HEADLINE_LABEL[m])}
            </option>
          ))}
        </select>
      </label>
      <CompareBars
        title={tr.t(HEADLINE_LABEL[measure])}
        caption={tr.t(units.size === 1 ? 'present.compareCaption' : 'present.compareCaption.units', { measure: tr.t(HEADLINE_LABEL[measure]), unit })}
        bars={bars}
        width={width}
        height={height}
      />
    </section>
  );
}

interface CompareBar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  /** The unit of the scenario's own file: scenarios of different economies may count in different units. */
  readonly unit: string;
  readonly color: string;
}

/**
 * Horizontal bars, one per scenario in its own colour, from a zero line, on an axis rounded outward to
 * nice values that always holds zero (sharedDomain): all gains start the axis at zero rather than
 * halving the room around it. Laid out in CSS, inline start to end, so that it reads in either direction.
 */
function CompareBars({ title, caption, bars, width, height }: { title: string; caption: string; bars: readonly CompareBar[]; width: number; height: number }) {
  const tr = useTranslator();
  const [lo, hi] = sharedDomain([bars.map((b) => b.value)], { includeZero: true });
  const at = (v: number) => `${(((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * 100).toFixed(3)}%`;
  const ticks = niceTicks(lo, hi, 5);
  const zero = at(0);
  // Rows share the height left under the title (at least one line of text each, at most a thick bar).
  const row = Math.max(36, Math.min(110, (height - 90) / Math.max(1, bars.length)));
  return (
    <figure className="chart present-compare-chart" data-chart="compare" data-domain={`${lo},${hi}`} style={{ inlineSize: `${width}px` }}>
      <figcaption>
        <span className="chart-title">{title}</span>
        <span className="chart-caption">{caption}</span>
      </figcaption>
      <ol className="compare-rows" style={{ '--compare-row': `${row}px` } as CSSProperties}>
        {bars.map((b) => {
          const finite = Number.isFinite(b.value);
          const from = finite ? Math.min(0, b.value) : 0;
          const to = finite ? Math.max(0, b.value) : 0;
          return (
            <li key={b.key} className="compare-row" data-scenario={b.key} data-value={b.value} data-unit={b.unit}>
              <span className="compare-label" dir="auto">
                {b.label}
              </span>
              <span className="compare-track" aria-hidden="true">
                <span className="compare-zero" style={{ insetInlineStart: zero }} />
                <span className="compare-bar" data-color={b.color} style={{ insetInlineStart: at(from), inlineSize: `calc(${at(to)} - ${at(from)})`, background: b.color }} />
              </span>
              <span className="compare-value">
                <bdi>{finite ? tr.signed(b.value) : '–'}</bdi> {b.unit}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="compare-axis" aria-hidden="true">
        <span />
        <span className="compare-ticks">
          {ticks.map((t) => (
            <span key={t} className="compare-tick" style={{ insetInlineStart: at(t) }}>
              {tr.number(t)}
            </span>
          ))}
        </span>
        <span />
      </div>
    </figure>
  );
}
