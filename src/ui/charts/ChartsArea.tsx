import { useMemo, useState } from 'react';
import {
  BindingGrid,
  EffectBars,
  LinePanel,
  StackedShares,
  classColors,
  scenarioColor,
  sharedDomain,
  symmetricDomain,
  type ChartFormat,
  type LineSpec,
} from '../../charts';
import { financeBoundShareSeries, seriesOf, valueAt, type HeadlineMeasure } from '../../engine';
import type { MessageKey, Translator } from '../../i18n';
import { isResult, resultOf, type Comparison, type ScenarioResult } from '../../state';
import { useApp, useAppStore, useTranslator } from '../context';
import { useElementWidth } from './use-element-width';

const MIN_PANEL_WIDTH = 300;
const MEASURES: readonly HeadlineMeasure[] = ['output', 'employment', 'exports', 'expectedLoss'];
const MEASURE_LABEL: Record<HeadlineMeasure, MessageKey> = {
  output: 'measure.output',
  employment: 'measure.employment',
  exports: 'measure.exports',
  expectedLoss: 'measure.expectedLoss',
};

/** One visible scenario with everything its panels need. */
interface Shown {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly result: ScenarioResult;
  readonly format: ChartFormat;
}

function unitOf(result: ScenarioResult, measure: HeadlineMeasure): string {
  const e = result.scenario.economy;
  return (measure === 'employment' ? e.employmentUnit : e.currencyUnit) ?? '';
}

function formatFor(tr: Translator, result: ScenarioResult): ChartFormat {
  const { baseYear, calendar } = result.model;
  return {
    number: (v) => tr.number(v),
    exact: (v) => tr.exact(v),
    signed: (v) => tr.signed(v),
    percent: (v) => tr.percent(v),
    year: (t) => tr.year(baseYear + t, calendar),
    direction: tr.dir,
  };
}

/** The dashed comparison of a scenario's total: its counterfactual, or the reference scenario. */
function comparisonValues(shown: Shown, measure: HeadlineMeasure, comparison: Comparison, reference: ScenarioResult | null, classIndex?: number): number[] {
  const { run, model } = shown.result;
  const k = classIndex ?? model.classCount;
  if (comparison === 'reference' && reference && reference !== shown.result) {
    const refK = classIndex === undefined ? reference.model.classCount : reference.model.classIds.indexOf(model.classIds[classIndex]);
    if (refK < 0) return [];
    return seriesOf(reference.run.scenario, measure, refK).slice(0, model.horizon + 1);
  }
  return seriesOf(run.counterfactual, measure, k);
}

/** The charts of the visible scenarios: small multiples with shared scales, or one overlay. */
export function ChartsArea() {
  const tr = useTranslator();
  const store = useAppStore();
  const scenarios = useApp((s) => s.workshop.scenarios);
  const visibleIds = useApp((s) => s.visibleIds);
  const referenceId = useApp((s) => s.workshop.reference ?? s.workshop.scenarios[0]?.id);
  const chartMode = useApp((s) => s.chartMode);
  const comparison = useApp((s) => s.comparison);
  const byClass = useApp((s) => s.byClass);
  const [effectMeasure, setEffectMeasure] = useState<HeadlineMeasure>('employment');
  const [ref, width] = useElementWidth<HTMLDivElement>();

  const shown: Shown[] = useMemo(
    () =>
      visibleIds.flatMap((id) => {
        const index = scenarios.findIndex((s) => s.id === id);
        if (index < 0) return [];
        const result = resultOf(scenarios[index]);
        if (!isResult(result)) return [];
        return [{ id, name: tr.text(result.scenario.title) || id, color: scenarioColor(index), result, format: formatFor(tr, result) }];
      }),
    [visibleIds, scenarios, tr],
  );
  const reference = useMemo(() => {
    const s = scenarios.find((x) => x.id === referenceId);
    const r = s ? resultOf(s) : null;
    return r && isResult(r) ? r : null;
  }, [scenarios, referenceId]);

  // As many columns as fit at a readable panel width; on a phone, one panel per row.
  const gap = 16;
  const fit = (n: number) => Math.max(1, Math.min(n, Math.floor((width + gap) / (MIN_PANEL_WIDTH + gap))));
  const columns = chartMode === 'overlay' ? 1 : fit(shown.length);
  const panelWidth = Math.floor((Math.max(width, 240) - gap * (columns - 1)) / columns);
  const gridColumns = { gridTemplateColumns: `repeat(${fit(shown.length)}, minmax(0, 1fr))` };
  const singleWidth = Math.floor((Math.max(width, 240) - gap * (fit(shown.length) - 1)) / fit(shown.length));
  const narrow = panelWidth < 360;
  const lineHeight = narrow ? 240 : 280;
  const comparisonName = (s: Shown) =>
    comparison === 'reference' && reference && reference !== s.result ? tr.t('charts.reference', { name: tr.text(reference.scenario.title) }) : tr.t('charts.counterfactual');
  const yearsCaption = (s: Shown) => ({ from: s.format.year(0), to: s.format.year(s.result.model.horizon) });

  return (
    <section className="charts" aria-labelledby="charts-heading" ref={ref}>
      <div className="charts-toolbar">
        <h2 id="charts-heading">{tr.t('charts.heading')}</h2>
        <label>
          {tr.t('charts.mode')}{' '}
          <select value={chartMode} data-setting="chart-mode" onChange={(e) => store.getState().setChartMode(e.currentTarget.value === 'overlay' ? 'overlay' : 'small-multiples')}>
            <option value="small-multiples">{tr.t('charts.mode.smallMultiples')}</option>
            <option value="overlay">{tr.t('charts.mode.overlay')}</option>
          </select>
        </label>
        <label>
          {tr.t('charts.compare')}{' '}
          <select value={comparison} data-setting="comparison" onChange={(e) => store.getState().setComparison(e.currentTarget.value === 'reference' ? 'reference' : 'counterfactual')}>
            <option value="counterfactual">{tr.t('charts.compare.counterfactual')}</option>
            <option value="reference">{tr.t('charts.compare.reference')}</option>
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={byClass} data-setting="by-class" onChange={(e) => store.getState().setByClass(e.currentTarget.checked)} /> {tr.t('charts.byClass')}
        </label>
      </div>

      {MEASURES.map((measure) => (
        <ProjectionRow
          key={measure}
          measure={measure}
          shown={shown}
          overlay={chartMode === 'overlay'}
          byClass={byClass}
          comparison={comparison}
          reference={reference}
          panelWidth={panelWidth}
          height={lineHeight}
          comparisonName={comparisonName}
          yearsCaption={yearsCaption}
          gridColumns={gridColumns}
        />
      ))}

      <div className="chart-row-head">
        <h3>{comparison === 'reference' ? tr.t('charts.effect.titleReference') : tr.t('charts.effect.title')}</h3>
        <label>
          {tr.t('charts.effect.measure')}{' '}
          <select value={effectMeasure} data-setting="effect-measure" onChange={(e) => setEffectMeasure(e.currentTarget.value as HeadlineMeasure)}>
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {tr.t(MEASURE_LABEL[m])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <EffectRow measure={effectMeasure} shown={shown} comparison={comparison} reference={reference} panelWidth={singleWidth} gridColumns={gridColumns} />

      <h3 className="chart-row-title">{tr.t('charts.shares.title')}</h3>
      <div className="chart-row" style={gridColumns}>
        {shown.map((s) => {
          const { model, run } = s.result;
          const credit = model.classIds.map((_, k) => seriesOf(run.scenario, 'credit', k));
          const total = seriesOf(run.scenario, 'credit', model.classCount);
          const colors = classColors(model.classCount);
          const layers = model.classIds.map((id, k) => ({
            key: id,
            label: tr.text(s.result.scenario.economy.classes[k].label) || id,
            color: colors[k],
            values: credit[k].map((v, t) => (total[t] > 0 ? v / total[t] : 0)),
          }));
          return (
            <StackedShares
              key={s.id}
              scenarioId={s.id}
              title={s.name}
              caption={tr.t('charts.shares.caption', yearsCaption(s))}
              width={singleWidth}
              height={narrow ? 220 : 250}
              format={s.format}
              layers={layers}
              tableLabel={tr.t('charts.table')}
            />
          );
        })}
      </div>

      <h3 className="chart-row-title">{tr.t('charts.binding.title')}</h3>
      <div className="chart-row" style={gridColumns}>
        {shown.map((s) => {
          const { model, run } = s.result;
          const rows = model.classIds.map((id, k) => ({
            key: id,
            label: tr.text(s.result.scenario.economy.classes[k].label) || id,
            cells: financeBoundShareSeries(run.scenario, k, model.smoothness).map((financeShare) => ({ financeShare })),
          }));
          return (
            <BindingGrid
              key={s.id}
              scenarioId={s.id}
              title={s.name}
              caption={tr.t('charts.binding.caption', yearsCaption(s))}
              width={singleWidth}
              height={60 + 34 * model.classCount}
              format={s.format}
              rows={rows}
              legendFinance={tr.t('charts.binding.finance')}
              legendDemand={tr.t('charts.binding.demand')}
              tableLabel={tr.t('charts.table')}
            />
          );
        })}
      </div>
    </section>
  );
}

interface RowProps {
  readonly measure: HeadlineMeasure;
  readonly shown: readonly Shown[];
  readonly overlay: boolean;
  readonly byClass: boolean;
  readonly comparison: Comparison;
  readonly reference: ScenarioResult | null;
  readonly panelWidth: number;
  readonly height: number;
  comparisonName(s: Shown): string;
  yearsCaption(s: Shown): { from: string; to: string };
  readonly gridColumns: { gridTemplateColumns: string };
}

/** One measure over time: a panel per scenario with a shared y scale, or one overlay panel. */
function ProjectionRow(props: RowProps) {
  const { measure, shown, overlay, byClass, comparison, reference, panelWidth, height, comparisonName, yearsCaption, gridColumns } = props;
  const tr = useTranslator();
  const panels = useMemo(
    () =>
      shown.map((s) => {
        const { model, run, scenario } = s.result;
        const lines: LineSpec[] = [];
        if (byClass && !overlay) {
          const colors = classColors(model.classCount);
          model.classIds.forEach((id, k) => {
            const label = tr.text(scenario.economy.classes[k].label) || id;
            lines.push({ key: `${id}`, label, color: colors[k], values: seriesOf(run.scenario, measure, k) });
            lines.push({ key: `${id}-cmp`, label: `${label} (${comparisonName(s)})`, color: colors[k], values: comparisonValues(s, measure, comparison, reference, k), dashed: true, weight: 1.5 });
          });
        } else {
          lines.push({ key: `${s.id}-total`, label: overlay ? s.name : tr.t('charts.total'), color: s.color, values: seriesOf(run.scenario, measure, model.classCount), weight: 2.5 });
          lines.push({ key: `${s.id}-cmp`, label: overlay ? `${s.name} (${comparisonName(s)})` : comparisonName(s), color: s.color, values: comparisonValues(s, measure, comparison, reference), dashed: true, weight: 1.5 });
        }
        return { s, lines };
      }),
    [shown, byClass, overlay, measure, comparison, reference, tr, comparisonName],
  );
  const yDomain = useMemo(() => sharedDomain(panels.flatMap((p) => p.lines.map((l) => l.values)), { includeZero: true }), [panels]);
  if (shown.length === 0) return null;
  const first = shown[0];
  const unit = unitOf(first.result, measure);
  const measureName = tr.t(MEASURE_LABEL[measure]);

  if (overlay) {
    const lines = panels.flatMap((p) => p.lines);
    const horizon = Math.max(...shown.map((s) => s.result.model.horizon));
    const longest = shown.find((s) => s.result.model.horizon === horizon) ?? first;
    return (
      <div className="chart-row">
        <LinePanel
          kind="projection"
          title={measureName}
          caption={tr.t('charts.caption.projection', { measure: measureName, unit, comparison: tr.t(comparison === 'reference' ? 'charts.compare.reference' : 'charts.compare.counterfactual').toLowerCase(), ...yearsCaption(longest) })}
          unit={unit}
          yDomain={yDomain}
          lines={lines}
          legend="list"
          width={panelWidth}
          height={height + 40}
          format={longest.format}
          tableLabel={tr.t('charts.table')}
        />
      </div>
    );
  }
  return (
    <>
    <h3 className="chart-row-title">{measureName}</h3>
    <div className="chart-row" style={gridColumns}>
      {panels.map(({ s, lines }) => (
        <LinePanel
          key={s.id}
          kind="projection"
          scenarioId={s.id}
          title={s.name}
          caption={tr.t('charts.caption.projection', { measure: measureName, unit: unitOf(s.result, measure), comparison: comparisonName(s), ...yearsCaption(s) })}
          unit={unitOf(s.result, measure)}
          yDomain={yDomain}
          lines={lines}
          legend={byClass ? 'list' : 'end-labels'}
          width={panelWidth}
          height={height}
          format={s.format}
          tableLabel={tr.t('charts.table')}
        />
      ))}
    </div>
    </>
  );
}

/** The horizon effect per class and in total, versus the counterfactual or the reference. */
function EffectRow(props: {
  measure: HeadlineMeasure;
  shown: readonly Shown[];
  comparison: Comparison;
  reference: ScenarioResult | null;
  panelWidth: number;
  gridColumns: { gridTemplateColumns: string };
}) {
  const { measure, shown, comparison, reference, panelWidth, gridColumns } = props;
  const tr = useTranslator();
  const data = useMemo(
    () =>
      shown.map((s) => {
        const { model, run, scenario } = s.result;
        const H = model.horizon;
        const versusReference = comparison === 'reference' && reference !== null && reference !== s.result;
        // Against the reference, both are read at the scenario's horizon, or the reference's if it ends first.
        const t = versusReference && reference ? Math.min(H, reference.model.horizon) : H;
        const baseline = (k: number) => {
          if (!versusReference || !reference) return valueAt(run.counterfactual, measure, k, t);
          const refK = k === model.classCount ? reference.model.classCount : reference.model.classIds.indexOf(model.classIds[k]);
          return refK < 0 ? NaN : valueAt(reference.run.scenario, measure, refK, t);
        };
        const bars = [
          ...model.classIds.map((id, k) => ({ key: id, label: tr.text(scenario.economy.classes[k].label) || id, value: valueAt(run.scenario, measure, k, t) - baseline(k) })),
          { key: 'total', label: tr.t('charts.total'), value: valueAt(run.scenario, measure, model.classCount, t) - baseline(model.classCount), emphasis: true },
        ].filter((b) => Number.isFinite(b.value));
        return { s, bars, t };
      }),
    [shown, measure, comparison, reference, tr],
  );
  const xDomain = useMemo(() => symmetricDomain(data.flatMap((d) => d.bars.map((b) => b.value))), [data]);
  return (
    <div className="chart-row" style={gridColumns}>
      {data.map(({ s, bars, t }) => (
        <EffectBars
          key={s.id}
          kind="effect"
          scenarioId={s.id}
          title={s.name}
          caption={tr.t('charts.effect.caption', { measure: tr.t(MEASURE_LABEL[measure]).toLowerCase(), year: s.format.year(t), unit: unitOf(s.result, measure) })}
          unit={unitOf(s.result, measure)}
          xDomain={xDomain}
          bars={bars}
          polarity={measure === 'expectedLoss' ? 'higher-is-worse' : 'higher-is-better'}
          width={panelWidth}
          height={70 + 34 * bars.length}
          format={s.format}
          tableLabel={tr.t('charts.table')}
        />
      ))}
    </div>
  );
}
