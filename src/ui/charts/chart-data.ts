/**
 * Turns a scenario's results into what the chart panels draw. Every number comes from the engine's
 * projections; this file only picks and arranges them.
 */
import { classColors, type ChartFormat, type EffectBar, type LineSpec, type ShareLayer, type BindingRow } from '../../charts';
import { HEADLINE_MEASURES, SERIES_NAMES, financeBoundShareSeries, seriesOf, valueAt, type HeadlineMeasure, type SeriesName } from '../../engine';
import { unitInCalendar, type CalendarName, type MessageKey, type Translator } from '../../i18n';
import { memoPerOwner, type Comparison, type ScenarioResult } from '../../state';
import type { PreparedModel } from '../../engine';

const domains = new Map<string, readonly [number, number]>();

/** Returns one array per domain value, so that panels sharing an unchanged domain see the same prop. */
export function stableDomain(domain: readonly [number, number]): readonly [number, number] {
  const key = `${domain[0]}|${domain[1]}`;
  let kept = domains.get(key);
  if (!kept) {
    if (domains.size > 500) domains.clear();
    kept = [domain[0], domain[1]];
    domains.set(key, kept);
  }
  return kept;
}

/** The measures drawn over time: the headline measures, in the engine's one order. */
export const MEASURES: readonly HeadlineMeasure[] = HEADLINE_MEASURES;

/** The catalog keys the measure table implies: a name per series, a short name per headline measure. */
export type MeasureCatalogKey = `measure.${SeriesName}` | `measure.${HeadlineMeasure}.short`;
// Every key the measure table implies is a key of the English catalog: a compile error here names a missing one.
type MissingMeasureKeys = Exclude<MeasureCatalogKey, MessageKey>;
const everyMeasureKeyIsInTheCatalog: [MissingMeasureKeys] extends [never] ? true : MissingMeasureKeys = true;
void everyMeasureKeyIsInTheCatalog;

/** The catalog key naming each measure. */
export const MEASURE_LABEL = Object.fromEntries(SERIES_NAMES.map((m) => [m, `measure.${m}`])) as Record<SeriesName, `measure.${SeriesName}`>;

/** The short name of each headline measure (jobs, output, exports, bank loss): scoreboard, workshop mode, handout. */
export const HEADLINE_LABEL = Object.fromEntries(HEADLINE_MEASURES.map((m) => [m, `measure.${m}.short`])) as Record<HeadlineMeasure, `measure.${HeadlineMeasure}.short`>;

/** The unit of a measure in the scenario's file, its base year in the calendar the years are shown in. */
export function unitOf(tr: Translator, result: ScenarioResult, measure: HeadlineMeasure): string {
  const e = result.scenario.economy;
  return shownUnit(tr, measure === 'employment' ? e.employmentUnit : e.currencyUnit, result.model.calendar);
}

/**
 * Shows a unit from a file in the reader's language, the years it names (a price base, an index's base)
 * in the calendar the year labels are shown in: "at 1390 prices" beside Gregorian years reads "at 2011 prices".
 */
export function shownUnit(tr: Translator, unit: string | undefined, fileCalendar: CalendarName): string {
  if (!unit) return '';
  const shown = tr.yearDisplay === 'file' ? fileCalendar : tr.yearDisplay;
  return tr.unit(unitInCalendar(unit, fileCalendar, shown));
}

/** The label of simulated year t of a model, in the calendar the reader asked for (the translator's). */
export function yearLabel(tr: Translator, model: PreparedModel, t: number): string {
  return tr.year(model.baseYear + t, model.calendar);
}

/** Formatters for one language and year display (a translator), a base year and a calendar. */
const formatOf = memoPerOwner(
  (tr: Translator, baseYear: number, calendar: PreparedModel['calendar']): ChartFormat => ({
    number: (v) => tr.number(v),
    exact: (v) => tr.exact(v),
    signed: (v) => tr.signed(v),
    percent: (v) => tr.percent(v),
    year: (t) => tr.year(baseYear + t, calendar),
    direction: tr.dir,
  }),
  // Per translator: every base year and calendar of a workshop's scenarios (most share one).
  32,
);

/**
 * Formatters for one scenario's panels (its base year and calendar, the reader's digits and calendar).
 * The same object while those hold: the panels memoise on it, so a slider drag must not make a new one.
 */
export function formatFor(tr: Translator, result: ScenarioResult): ChartFormat {
  return formatOf(tr, result.model.baseYear, result.model.calendar);
}

/** The class's label in the reader's language. */
export function classLabel(tr: Translator, result: ScenarioResult, k: number): string {
  const c = result.scenario.economy.classes[k];
  return tr.text(c.label) || c.id;
}

/** The dashed comparison of a series: the scenario's counterfactual, or the reference scenario. */
export function comparisonValues(
  result: ScenarioResult,
  measure: HeadlineMeasure,
  comparison: Comparison,
  reference: ScenarioResult | null,
  classIndex?: number,
): number[] {
  const { run, model } = result;
  const k = classIndex ?? model.classCount;
  if (comparison === 'reference' && reference && reference !== result) {
    const refK = classIndex === undefined ? reference.model.classCount : reference.model.classIds.indexOf(model.classIds[classIndex]);
    if (refK < 0) return [];
    return seriesOf(reference.run.scenario, measure, refK).slice(0, model.horizon + 1);
  }
  return seriesOf(run.counterfactual, measure, k);
}

/** Lines of one scenario's panel: the total and its comparison, or every class and its comparison. */
export function projectionLines(tr: Translator, result: ScenarioResult, measure: HeadlineMeasure, options: LineOptions): LineSpec[] {
  return linesOf(result, tr, measure, options);
}

// Per result: a row per measure, in the workbench, workshop mode and the handout.
const linesOf = memoPerOwner((result: ScenarioResult, tr: Translator, measure: HeadlineMeasure, options: LineOptions) => buildProjectionLines(tr, result, measure, options), 16);

/** A scenario's total against its own no-policy line (workshop mode's reveal, the phone's lever chart). */
export function counterfactualLines(tr: Translator, result: ScenarioResult, measure: HeadlineMeasure, color: string, keyPrefix?: string): LineSpec[] {
  return projectionLines(tr, result, measure, {
    byClass: false,
    color,
    totalLabel: tr.t('charts.total'),
    comparisonLabel: tr.t('charts.counterfactual'),
    comparison: 'counterfactual',
    reference: null,
    ...(keyPrefix === undefined ? {} : { keyPrefix }),
  });
}

/** How a scenario's lines are drawn: by class or in total, their colour and names, and what they are compared with. */
export interface LineOptions {
  readonly byClass: boolean;
  readonly color: string;
  /** The total line's pattern where scenarios share a chart (see `scenarioDash`); solid without one. */
  readonly dash?: string;
  readonly totalLabel: string;
  readonly comparisonLabel: string;
  readonly comparison: Comparison;
  readonly reference: ScenarioResult | null;
  readonly keyPrefix?: string;
}

function buildProjectionLines(tr: Translator, result: ScenarioResult, measure: HeadlineMeasure, options: LineOptions): LineSpec[] {
  const { model, run } = result;
  const prefix = options.keyPrefix ?? '';
  if (options.byClass) {
    const colors = classColors(model.classCount);
    return model.classIds.flatMap((id, k) => {
      const label = classLabel(tr, result, k);
      return [
        { key: `${prefix}${id}`, label, color: colors[k], values: seriesOf(run.scenario, measure, k) },
        {
          key: `${prefix}${id}-cmp`,
          label: `${label} (${options.comparisonLabel})`,
          color: colors[k],
          values: comparisonValues(result, measure, options.comparison, options.reference, k),
          dashed: true,
          weight: 1.5,
        },
      ];
    });
  }
  return [
    { key: `${prefix}total`, label: options.totalLabel, color: options.color, values: seriesOf(run.scenario, measure, model.classCount), weight: 2.5, dash: options.dash },
    {
      key: `${prefix}cmp`,
      label: options.comparisonLabel,
      color: options.color,
      values: comparisonValues(result, measure, options.comparison, options.reference),
      dashed: true,
      weight: 1.5,
    },
  ];
}

/** The horizon effect per class and in total, versus the counterfactual or the reference; and the year read. */
export function effectBars(tr: Translator, result: ScenarioResult, measure: HeadlineMeasure, comparison: Comparison, reference: ScenarioResult | null): { bars: EffectBar[]; t: number } {
  return effectsOf(result, tr, measure, comparison, reference);
}

const effectsOf = memoPerOwner((result: ScenarioResult, tr: Translator, measure: HeadlineMeasure, comparison: Comparison, reference: ScenarioResult | null) =>
  buildEffectBars(tr, result, measure, comparison, reference),
);

function buildEffectBars(
  tr: Translator,
  result: ScenarioResult,
  measure: HeadlineMeasure,
  comparison: Comparison,
  reference: ScenarioResult | null,
): { bars: EffectBar[]; t: number } {
  const { model, run } = result;
  const versusReference = comparison === 'reference' && reference !== null && reference !== result;
  // Against the reference, both are read at the scenario's horizon, or the reference's if it ends first.
  const t = versusReference && reference ? Math.min(model.horizon, reference.model.horizon) : model.horizon;
  const baseline = (k: number) => {
    if (!versusReference || !reference) return valueAt(run.counterfactual, measure, k, t);
    const refK = k === model.classCount ? reference.model.classCount : reference.model.classIds.indexOf(model.classIds[k]);
    return refK < 0 ? NaN : valueAt(reference.run.scenario, measure, refK, t);
  };
  const bars: EffectBar[] = [
    ...model.classIds.map((id, k) => ({ key: id, label: classLabel(tr, result, k), value: valueAt(run.scenario, measure, k, t) - baseline(k) })),
    { key: 'total', label: tr.t('charts.total'), value: valueAt(run.scenario, measure, model.classCount, t) - baseline(model.classCount), emphasis: true },
  ].filter((b) => Number.isFinite(b.value));
  return { bars, t };
}

/** Credit shares by class over time. */
export function creditShareLayers(tr: Translator, result: ScenarioResult): ShareLayer[] {
  return sharesOf(result, tr);
}

const sharesOf = memoPerOwner((result: ScenarioResult, tr: Translator): ShareLayer[] => {
  const { model, run } = result;
  const total = seriesOf(run.scenario, 'credit', model.classCount);
  const colors = classColors(model.classCount);
  return model.classIds.map((id, k) => ({
    key: id,
    label: classLabel(tr, result, k),
    color: colors[k],
    values: seriesOf(run.scenario, 'credit', k).map((v, t) => (total[t] > 0 ? v / total[t] : 0)),
  }));
}, 2);

/** Which constraint binds, class by year (the finance-bound share of MODEL.md 4). */
export function bindingRows(tr: Translator, result: ScenarioResult): BindingRow[] {
  return bindingOf(result, tr);
}

const bindingOf = memoPerOwner((result: ScenarioResult, tr: Translator): BindingRow[] => {
  const { model, run } = result;
  return model.classIds.map((id, k) => ({
    key: id,
    label: classLabel(tr, result, k),
    cells: financeBoundShareSeries(run.scenario, k, model.smoothness).map((financeShare) => ({ financeShare })),
  }));
}, 2);
