import { memo, useCallback, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { BindingGrid, EffectBars, LinePanel, StackedShares, scenarioColor, sharedDomain, symmetricDomain, type ChartFormat } from '../../charts';
import type { HeadlineMeasure } from '../../engine';
import { isResult, resultOf, type Comparison, type ScenarioResult } from '../../state';
import { MEASURES, MEASURE_LABEL, bindingRows, creditShareLayers, effectBars, formatFor, projectionLines, stableDomain, unitOf } from './chart-data';
import { useApp, useAppStore, useTranslator } from '../context';
import { useFirstScreenOnly } from '../first-screen';
import { useElementWidth } from './use-element-width';
import { MeasureSelect } from './MeasureSelect';
import { ExportableChart } from '../export/ExportButtons';
import { useDomainHeldDuringDrag, useOnScreen, useValueWhenSeen } from '../when-seen';

const MIN_PANEL_WIDTH = 240;
const PANEL_GAP = 16;

/** As many columns of panels as fit at a readable panel width; on a phone, one panel per row. */
function chartColumns(width: number, panels: number): number {
  return Math.max(1, Math.min(panels, Math.floor((width + PANEL_GAP) / (MIN_PANEL_WIDTH + PANEL_GAP))));
}

/** One visible scenario with everything its panels need. */
interface Shown {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly result: ScenarioResult;
  readonly format: ChartFormat;
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
  const yearCalendar = useApp((s) => s.yearCalendar);
  const [effectMeasure, setEffectMeasure] = useState<HeadlineMeasure>('employment');
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  const width = measured ?? 0;
  // At start-up the first row of charts is what a window shows of them (at 1280 to 1920 pixels wide and
  // 800 to 1080 high, its top); the rows below follow just after its paint (see first-screen.ts).
  const firstScreenOnly = useFirstScreenOnly();

  const shown: Shown[] = useMemo(
    () =>
      visibleIds.flatMap((id) => {
        const index = scenarios.findIndex((s) => s.id === id);
        if (index < 0) return [];
        const result = resultOf(scenarios[index]);
        if (!isResult(result)) return [];
        return [{ id, name: tr.text(result.scenario.title) || id, color: scenarioColor(index), result, format: formatFor(tr, result, yearCalendar) }];
      }),
    [visibleIds, scenarios, tr, yearCalendar],
  );
  const reference = useMemo(() => {
    const s = scenarios.find((x) => x.id === referenceId);
    const r = s ? resultOf(s) : null;
    return r && isResult(r) ? r : null;
  }, [scenarios, referenceId]);

  const columnCount = chartColumns(width, shown.length);
  const columns = chartMode === 'overlay' ? 1 : columnCount;
  const panelWidth = Math.floor((Math.max(width, 240) - PANEL_GAP * (columns - 1)) / columns);
  const gridColumns = useMemo(() => ({ gridTemplateColumns: `repeat(${columnCount}, minmax(0, 1fr))` }), [columnCount]);
  const singleWidth = Math.floor((Math.max(width, 240) - PANEL_GAP * (columnCount - 1)) / columnCount);
  const narrow = panelWidth < 360;
  const lineHeight = narrow ? 240 : 280;
  // Stable between renders, so that rows kept off screen see the same inputs and skip their panels.
  const comparisonName = useCallback(
    (s: Shown) =>
      comparison === 'reference' && reference && reference !== s.result ? tr.t('charts.reference', { name: tr.text(reference.scenario.title) }) : tr.t('charts.counterfactual'),
    [comparison, reference, tr],
  );

  // The same element while these settings hold: a slider step re-renders this area, not its selects.
  const toolbar = useMemo(
    () => (
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
        <label>
          {tr.t('charts.calendar')}{' '}
          <select value={yearCalendar} data-setting="calendar" onChange={(e) => store.getState().setYearCalendar(e.currentTarget.value === 'persian' ? 'persian' : e.currentTarget.value === 'gregorian' ? 'gregorian' : 'file')}>
            <option value="file">{tr.t('charts.calendar.file')}</option>
            <option value="persian">{tr.t('charts.calendar.persian')}</option>
            <option value="gregorian">{tr.t('charts.calendar.gregorian')}</option>
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={byClass} data-setting="by-class" onChange={(e) => store.getState().setByClass(e.currentTarget.checked)} /> {tr.t('charts.byClass')}
        </label>
      </div>
    ),
    [tr, store, chartMode, comparison, yearCalendar, byClass],
  );

  const effectHead = useMemo(
    () => (
      <div className="chart-row-head">
        <h3>{comparison === 'reference' ? tr.t('charts.effect.titleReference') : tr.t('charts.effect.title')}</h3>
        <MeasureSelect value={effectMeasure} onChange={setEffectMeasure} setting="effect-measure" />
      </div>
    ),
    [tr, comparison, effectMeasure],
  );

  return (
    <section className="charts" aria-labelledby="charts-heading" ref={ref}>
      {toolbar}

      {measured === null ? null : (
        <>
      {(firstScreenOnly ? MEASURES.slice(0, 1) : MEASURES).map((measure) => (
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
          gridColumns={gridColumns}
        />
      ))}

      {firstScreenOnly ? null : (
        <>
      {effectHead}
      <EffectRow measure={effectMeasure} shown={shown} comparison={comparison} reference={reference} panelWidth={singleWidth} gridColumns={gridColumns} />

      <h3 className="chart-row-title">{tr.t('charts.shares.title')}</h3>
      <SharesRow shown={shown} reference={null} panelWidth={singleWidth} narrow={narrow} gridColumns={gridColumns} />

      <h3 className="chart-row-title">{tr.t('charts.binding.title')}</h3>
      <BindingRow shown={shown} reference={null} panelWidth={singleWidth} gridColumns={gridColumns} />
        </>
      )}
        </>
      )}
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
  readonly gridColumns: { gridTemplateColumns: string };
}

/** Nice domains for lines and for diverging bars, the same arrays for the same bounds (see stableDomain). */
const fitLines = (lo: number, hi: number) => stableDomain(sharedDomain([[lo, hi]], { includeZero: false }));
const fitBars = (lo: number, hi: number) => stableDomain(symmetricDomain([lo, hi]));

const yearsCaption = (s: Shown) => ({ from: s.format.year(0), to: s.format.year(s.result.model.horizon) });

/** What every row receives: the scenarios and reference it draws, and the ref that tells whether it is seen. */
interface SeenProps {
  readonly shown: readonly Shown[];
  readonly reference: ScenarioResult | null;
  readonly rowRef: (element: HTMLDivElement | null) => void;
}

/**
 * Makes a row that draws the live scenarios, except off screen during a slider drag: then the ones it
 * last drew, until the drag ends (see useValueWhenSeen). The row's body is memoised, so that a held row
 * is not even called.
 */
function seenRow<P extends SeenProps>(Body: (props: P) => ReactNode): (props: Omit<P, 'rowRef'>) => ReactNode {
  const MemoBody = memo(Body) as unknown as ComponentType<P>;
  return function SeenRow(props: Omit<P, 'rowRef'>) {
    const [rowRef, onScreen] = useOnScreen<HTMLDivElement>();
    const live = useMemo(() => ({ shown: props.shown, reference: props.reference }), [props.shown, props.reference]);
    const seen = useValueWhenSeen(live, onScreen);
    const bodyProps = { ...props, shown: seen.shown, reference: seen.reference, rowRef } as P;
    return <MemoBody {...bodyProps} />;
  };
}

/** One measure over time: a panel per scenario with a shared y scale, or one overlay panel. */
const ProjectionRow = seenRow(function ProjectionRowBody(props: RowProps & SeenProps) {
  const { measure, shown, reference, rowRef, overlay, byClass, comparison, panelWidth, height, comparisonName, gridColumns } = props;
  const tr = useTranslator();
  const panels = useMemo(
    () =>
      shown.map((s) => {
        const lines = projectionLines(tr, s.result, measure, {
          byClass: byClass && !overlay,
          color: s.color,
          totalLabel: overlay ? s.name : tr.t('charts.total'),
          comparisonLabel: overlay ? `${s.name} (${comparisonName(s)})` : comparisonName(s),
          comparison,
          reference,
          keyPrefix: `${s.id}-`,
        });
        return { s, lines };
      }),
    [shown, byClass, overlay, measure, comparison, reference, tr, comparisonName],
  );
  const fitted = useMemo(() => stableDomain(sharedDomain(panels.flatMap((p) => p.lines.map((l) => l.values)), { includeZero: false })), [panels]);
  const yDomain = useDomainHeldDuringDrag(fitted, fitLines);
  if (shown.length === 0) return null;
  const first = shown[0];
  const unit = unitOf(tr, first.result, measure);
  const measureName = tr.t(MEASURE_LABEL[measure]);

  if (overlay) {
    const lines = panels.flatMap((p) => p.lines);
    const horizon = Math.max(...shown.map((s) => s.result.model.horizon));
    const longest = shown.find((s) => s.result.model.horizon === horizon) ?? first;
    return (
      <div className="chart-row" data-measure={measure} ref={rowRef}>
        <ExportableChart name={measureName}>
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
        </ExportableChart>
      </div>
    );
  }
  return (
    <>
    <h3 className="chart-row-title">{measureName}</h3>
    <div className="chart-row" data-measure={measure} style={gridColumns} ref={rowRef}>
      {panels.map(({ s, lines }) => (
        <ExportableChart key={s.id} name={`${measureName} ${s.name}`}>
        <LinePanel
          kind="projection"
          scenarioId={s.id}
          title={s.name}
          caption={tr.t('charts.caption.projection', { measure: measureName, unit: unitOf(tr, s.result, measure), comparison: comparisonName(s), ...yearsCaption(s) })}
          unit={unitOf(tr, s.result, measure)}
          yDomain={yDomain}
          lines={lines}
          legend={byClass ? 'list' : 'end-labels'}
          width={panelWidth}
          height={height}
          format={s.format}
          tableLabel={tr.t('charts.table')}
        />
        </ExportableChart>
      ))}
    </div>
    </>
  );
});

/** The horizon effect per class and in total, versus the counterfactual or the reference. */
const EffectRow = seenRow(function EffectRowBody(
  props: SeenProps & {
    measure: HeadlineMeasure;
    comparison: Comparison;
    panelWidth: number;
    gridColumns: { gridTemplateColumns: string };
  },
) {
  const { measure, shown, reference, rowRef, comparison, panelWidth, gridColumns } = props;
  const tr = useTranslator();
  const data = useMemo(
    () =>
      shown.map((s) => {
        const { bars, t } = effectBars(tr, s.result, measure, comparison, reference);
        return { s, bars, t };
      }),
    [shown, measure, comparison, reference, tr],
  );
  const fitted = useMemo(() => stableDomain(symmetricDomain(data.flatMap((d) => d.bars.map((b) => b.value)))), [data]);
  const xDomain = useDomainHeldDuringDrag(fitted, fitBars);
  return (
    <div className="chart-row" style={gridColumns} ref={rowRef}>
      {data.map(({ s, bars, t }) => (
        <ExportableChart key={s.id} name={`${tr.t('charts.effect.title')} ${s.name}`}>
        <EffectBars
          kind="effect"
          scenarioId={s.id}
          title={s.name}
          caption={tr.t('charts.effect.caption', { measure: tr.t(MEASURE_LABEL[measure]).toLowerCase(), year: s.format.year(t), unit: unitOf(tr, s.result, measure) })}
          unit={unitOf(tr, s.result, measure)}
          xDomain={xDomain}
          bars={bars}
          polarity={measure === 'expectedLoss' ? 'higher-is-worse' : 'higher-is-better'}
          width={panelWidth}
          height={70 + 34 * bars.length}
          format={s.format}
          tableLabel={tr.t('charts.table')}
        />
        </ExportableChart>
      ))}
    </div>
  );
});

/** Where the credit goes: each scenario's credit shares by class over time. */
const SharesRow = seenRow(function SharesRowBody(props: SeenProps & { panelWidth: number; narrow: boolean; gridColumns: { gridTemplateColumns: string } }) {
  const { shown, rowRef, panelWidth, narrow, gridColumns } = props;
  const tr = useTranslator();
  return (
    <div className="chart-row" style={gridColumns} ref={rowRef}>
      {shown.map((s) => (
        <ExportableChart key={s.id} name={`${tr.t('charts.shares.title')} ${s.name}`}>
          <StackedShares
            scenarioId={s.id}
            title={s.name}
            caption={tr.t('charts.shares.caption', yearsCaption(s))}
            width={panelWidth}
            height={narrow ? 220 : 250}
            format={s.format}
            layers={creditShareLayers(tr, s.result)}
            tableLabel={tr.t('charts.table')}
          />
        </ExportableChart>
      ))}
    </div>
  );
});

/** Which constraint binds, class by year, per scenario. */
const BindingRow = seenRow(function BindingRowBody(props: SeenProps & { panelWidth: number; gridColumns: { gridTemplateColumns: string } }) {
  const { shown, rowRef, panelWidth, gridColumns } = props;
  const tr = useTranslator();
  return (
    <div className="chart-row" style={gridColumns} ref={rowRef}>
      {shown.map((s) => {
        const rows = bindingRows(tr, s.result);
        return (
          <ExportableChart key={s.id} name={`${tr.t('charts.binding.title')} ${s.name}`}>
            <BindingGrid
              scenarioId={s.id}
              title={s.name}
              caption={tr.t('charts.binding.caption', yearsCaption(s))}
              width={panelWidth}
              height={60 + 34 * rows.length}
              format={s.format}
              rows={rows}
              legendFinance={tr.t('charts.binding.finance')}
              legendDemand={tr.t('charts.binding.demand')}
              tableLabel={tr.t('charts.table')}
            />
          </ExportableChart>
        );
      })}
    </div>
  );
});
