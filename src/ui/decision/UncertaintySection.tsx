import { memo, useMemo } from 'react';
import { FanPanel, fanDomain, scenarioColor } from '../../charts';
import { LIMITS, seriesOf, type UncertaintySpec } from '../../engine';
import { MEASURES, MEASURE_LABEL, formatFor, unitOf } from '../charts/chart-data';
import { useApp, useAppStore, useTranslator } from '../context';
import { formatIssueText } from '../issue-text';
import { defaultRange, uncertainChoices } from './parameters';
import { RangesTable } from './RangesTable';
import type { SelectedProps } from './selected';
import { useMonteCarlo } from './useMonteCarlo';

function percentileRows(fan: number[][]) {
  return { p5: fan[0], p25: fan[1], p50: fan[2], p75: fan[3], p95: fan[4] };
}

/**
 * Monte Carlo of the selected scenario: its uncertain parameters' ranges, the draws and the seed, a run
 * with progress and cancel, and a fan per headline measure around the central run and the counterfactual.
 */
export const UncertaintySection = memo(function UncertaintySection({ scenario, result, index }: SelectedProps) {
  const tr = useTranslator();
  const store = useAppStore();
  const fieldErrors = useApp((s) => s.fieldErrors);
  const choices = useMemo(() => uncertainChoices(tr, scenario, result.model), [tr, scenario, result.model]);
  const entries: readonly UncertaintySpec[] = scenario.uncertainty ?? [];
  const draws = scenario.monteCarlo?.draws ?? LIMITS.defaultDraws;
  const seed = scenario.monteCarlo?.seed ?? LIMITS.defaultSeed;
  const { summary, progress, status, run, cancel } = useMonteCarlo(scenario);

  const setEntries = (next: UncertaintySpec[]) => {
    const value = next.length > 0 ? next : undefined;
    if (value === undefined) store.getState().resetValue('uncertainty');
    else store.getState().setValue('uncertainty', value);
  };
  const setMonteCarlo = (patch: { draws?: number; seed?: number }) => store.getState().setValue('monteCarlo', { draws, seed, ...patch });

  const color = scenarioColor(index);
  const format = formatFor(tr, result);
  const fans = summary
    ? MEASURES.map((m) => ({
        measure: m,
        percentiles: percentileRows(summary.totals[m]),
        central: seriesOf(result.run.scenario, m, result.model.classCount),
        comparison: seriesOf(result.run.counterfactual, m, result.model.classCount),
      }))
    : [];
  const errors = fieldErrors['uncertainty'] ?? fieldErrors['monteCarlo'];

  return (
    <div className="decision-block" data-block="uncertainty">
      <h3>{tr.t('decision.mc.title')}</h3>
      <p className="decision-help">{tr.t('decision.mc.help')}</p>
      <RangesTable choices={choices} entries={entries} model={result.model} setEntries={setEntries} />
      <div className="decision-actions">
        <button
          type="button"
          data-action="add-range"
          disabled={choices.every((c) => entries.some((e) => e.param === c.path))}
          onClick={() => {
            const preferred = choices.find((c) => c.path.startsWith('assumptions.creditElasticity.') && !entries.some((e) => e.param === c.path)) ?? choices.find((c) => !entries.some((e) => e.param === c.path));
            if (preferred) setEntries([...entries, { param: preferred.path, dist: 'uniform', ...defaultRange(preferred, result.model) }]);
          }}
        >
          {tr.t('decision.mc.add')}
        </button>
        <label>
          {tr.t('decision.mc.draws')}{' '}
          <input
            type="number"
            min={1}
            max={LIMITS.maxDraws}
            step={100}
            data-param="monteCarlo.draws"
            value={draws}
            onChange={(e) => {
              const v = Math.round(Number(e.currentTarget.value));
              if (v >= 1 && v <= LIMITS.maxDraws) setMonteCarlo({ draws: v });
            }}
          />
        </label>
        <label>
          {tr.t('decision.mc.seed')}{' '}
          <input
            type="number"
            min={0}
            step={1}
            data-param="monteCarlo.seed"
            value={seed}
            onChange={(e) => {
              const v = Math.round(Number(e.currentTarget.value));
              if (v >= 0 && v <= LIMITS.maxSeed) setMonteCarlo({ seed: v });
            }}
          />
        </label>
        <button type="button" className="primary" data-action="run-monte-carlo" disabled={entries.length === 0 || progress !== null} onClick={run}>
          {tr.t('decision.mc.run')}
        </button>
        <button type="button" data-action="cancel-monte-carlo" disabled={progress === null} onClick={cancel}>
          {tr.t('decision.mc.cancel')}
        </button>
      </div>
      {entries.length === 0 ? <p className="decision-note">{tr.t('decision.mc.none')}</p> : null}
      {errors ? (
        <p className="field-error" role="alert">
          {errors.map((i) => formatIssueText(tr, i)).join('; ')}
        </p>
      ) : null}
      {progress ? (
        <div className="progress-row">
          <div
            role="progressbar"
            aria-label={tr.t('decision.mc.progress')}
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
            className="progress"
          >
            <div className="progress-fill" style={{ inlineSize: `${(100 * progress.done) / Math.max(1, progress.total)}%` }} />
          </div>
          <span>{tr.t('decision.mc.progressText', { done: progress.done, total: progress.total })}</span>
        </div>
      ) : null}
      <p className="status" role="status">
        {status}
      </p>
      {fans.length > 0 ? (
        <div className="decision-grid">
          {fans.map((f) => (
            <FanPanel
              key={f.measure}
              kind="fan"
              scenarioId={scenario.id}
              title={tr.t(MEASURE_LABEL[f.measure])}
              caption={tr.t('decision.mc.caption', { draws: summary?.draws ?? 0, seed: tr.integer(seed), from: format.year(0), to: format.year(result.model.horizon) })}
              unit={unitOf(tr, result, f.measure)}
              yDomain={fanDomain([f])}
              percentiles={f.percentiles}
              central={f.central}
              comparison={f.comparison}
              color={color}
              labels={{ band90: tr.t('decision.fan.band90'), band50: tr.t('decision.fan.band50'), median: tr.t('decision.fan.median'), central: tr.t('decision.fan.central'), comparison: tr.t('charts.counterfactual') }}
              width={420}
              height={260}
              format={format}
              tableLabel={tr.t('charts.table')}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
});
