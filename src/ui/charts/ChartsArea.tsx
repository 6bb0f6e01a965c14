import { useCallback, useContext, useId, useMemo, useState } from 'react';
import { scenarioColor, scenarioDash } from '../../charts';
import type { HeadlineMeasure } from '../../engine';
import type { Translator } from '../../i18n';
import { memoPerOwner, selectReferenceResult, selectVisibleResults, type VisibleResult } from '../../state';
import { MEASURES, formatFor } from './chart-data';
import { BindingRow, EffectRow, ProjectionRow, SharesRow, type Shown } from './ChartRows';
import { useApp, useAppStore, useTranslator } from '../context';
import { ChartsWidthContext, useFirstScreenOnly } from '../first-screen';
import { useElementWidth } from './use-element-width';
import { MeasureSelect } from './MeasureSelect';

const MIN_PANEL_WIDTH = 240;
const PANEL_GAP = 16;

/** As many columns of panels as fit at a readable panel width; on a phone, one panel per row. */
function chartColumns(width: number, panels: number): number {
  return Math.max(1, Math.min(panels, Math.floor((width + PANEL_GAP) / (MIN_PANEL_WIDTH + PANEL_GAP))));
}

/** A visible scenario with its name, colour and formatters: the same object while its result and the language hold. */
const shownOf = memoPerOwner(
  ({ id, index, result }: VisibleResult, tr: Translator): Shown => ({ id, name: tr.text(result.scenario.title) || id, color: scenarioColor(index), dash: scenarioDash(index), result, format: formatFor(tr, result) }),
  2,
);

/** The charts of the visible scenarios: small multiples with shared scales, or one overlay. */
export function ChartsArea() {
  const tr = useTranslator();
  const store = useAppStore();
  const chartMode = useApp((s) => s.chartMode);
  const comparison = useApp((s) => s.comparison);
  const byClass = useApp((s) => s.byClass);
  const yearCalendar = useApp((s) => s.yearCalendar);
  const [effectMeasure, setEffectMeasure] = useState<HeadlineMeasure>('employment');
  const [ref, measured] = useElementWidth<HTMLDivElement>(useContext(ChartsWidthContext));
  const width = measured ?? 0;
  // At start-up the first row of charts is what a window shows of them (at 1280 to 1920 pixels wide and
  // 800 to 1080 high, its top); the rows below follow just after its paint (see first-screen.ts).
  const firstScreenOnly = useFirstScreenOnly();
  const byClassNoteId = useId();

  const visible = useApp(selectVisibleResults);
  const reference = useApp(selectReferenceResult);
  const shown = useMemo(() => visible.map((entry) => shownOf(entry, tr)), [visible, tr]);

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
        {/* The overlay draws one line per scenario: by class it would draw every class of every scenario on
            one chart, so the choice is off there, saying why, and the reader's setting is kept for the side
            by side layout. */}
        <label className="checkbox" title={chartMode === 'overlay' ? tr.t('charts.byClass.overlayOff') : undefined}>
          <input
            type="checkbox"
            checked={byClass && chartMode !== 'overlay'}
            disabled={chartMode === 'overlay'}
            aria-describedby={chartMode === 'overlay' ? byClassNoteId : undefined}
            data-setting="by-class"
            onChange={(e) => store.getState().setByClass(e.currentTarget.checked)}
          />{' '}
          {tr.t('charts.byClass')}
        </label>
        {chartMode === 'overlay' ? (
          <p className="charts-note" id={byClassNoteId} data-note="by-class-overlay">
            {tr.t('charts.byClass.overlayOff')}
          </p>
        ) : null}
      </div>
    ),
    [tr, store, chartMode, comparison, yearCalendar, byClass, byClassNoteId],
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
