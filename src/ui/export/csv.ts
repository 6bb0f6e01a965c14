/**
 * The CSV for analysts (Export CSV): every scenario of the workshop, one row per scenario, series,
 * class (and `total`) and year, with the calendar year and its Gregorian year, the scenario's title in
 * the reader's language beside its id, the unit of each series, and values rounded to at most 10
 * significant digits. Its first lines, each starting with `#`, say what it holds: the workshop, the
 * language, the scenarios, the price base, how years and values are written.
 *
 * The column names stay English whatever the language, so that scripts read either file.
 */
import { MEASURES, REPORTED_SERIES, csvField, csvNumber, seriesOf, type MeasureUnit } from '../../engine';
import { convertYear, type Translator } from '../../i18n';
import type { Scenario, Workshop } from '../../scenario';
import { isResult, resultOf, type ScenarioFailure, type ScenarioResult } from '../../state';

/** The header row. */
export const CSV_COLUMNS = ['scenario', 'title', 'series', 'class', 'unit', 'calendar', 'year', 'gregorian_year', 't', 'value', 'counterfactual'] as const;

/**
 * A comment line: `# ` and the text on one line. A spreadsheet that knows no comments still splits it at
 * its commas, so no piece may start as a formula would, and no double quote may open a quoted cell
 * that would run on into the rows below.
 */
export function commentLine(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/"/g, "'");
  return `# ${flat
    .split(',')
    .map((piece, i) => (i > 0 && /^[=+\-@\t]/.test(piece) ? `'${piece}` : piece))
    .join(',')}`;
}

function unitText(tr: Translator, scenario: Scenario, unit: MeasureUnit): string {
  const e = scenario.economy;
  if (unit === 'currency') return tr.unit(e.currencyUnit) || tr.t('unit.currency');
  if (unit === 'employment') return tr.unit(e.employmentUnit) || tr.t('csv.unit.persons');
  if (unit === 'firms') return tr.t('csv.unit.firms');
  return '';
}

/** Writes the CSV of a workshop's scenarios, in the reader's language. */
export function workshopCsv(tr: Translator, workshop: Workshop, results: (s: Scenario) => ScenarioResult | ScenarioFailure = resultOf): string {
  const projected: ScenarioResult[] = [];
  const refused: string[] = [];
  for (const scenario of workshop.scenarios) {
    const result = results(scenario);
    if (isResult(result)) projected.push(result);
    else refused.push(scenario.id);
  }
  const calendars = [...new Set(projected.map((r) => r.model.calendar))];
  const money = [...new Set(projected.map((r) => unitText(tr, r.scenario, 'currency')))];
  const lines = [
    commentLine(tr.t('csv.workshop', { title: tr.text(workshop.title) })),
    commentLine(tr.t('csv.language', { language: tr.t(`lang.${tr.locale}`), code: tr.locale })),
    commentLine(tr.t('csv.scenarios', { count: workshop.scenarios.length, ids: workshop.scenarios.map((s) => s.id).join('; ') })),
    ...(refused.length > 0 ? [commentLine(tr.t('csv.notProjected', { ids: refused.join('; ') }))] : []),
    commentLine(tr.t('csv.money', { units: money.join('; ') })),
    commentLine(
      tr.t('csv.years', {
        calendar: calendars.map((c) => tr.t(c === 'persian' ? 'charts.calendar.persian' : 'charts.calendar.gregorian')).join('; '),
        year: 'year',
        gregorian: 'gregorian_year',
        t: 't',
      }),
    ),
    commentLine(tr.t('csv.values', { counterfactual: 'counterfactual' })),
    commentLine(tr.t('export.source', { workshop: tr.text(workshop.title), app: tr.t('app.title') })),
    CSV_COLUMNS.join(','),
  ];
  for (const result of projected) {
    const { model, run, scenario } = result;
    const id = csvField(scenario.id);
    const title = csvField(tr.text(scenario.title) || scenario.id);
    for (const series of REPORTED_SERIES) {
      const spec = MEASURES[series];
      const unit = csvField(unitText(tr, scenario, spec.unit));
      const classes = spec.scope === 'perClass' ? [...model.classIds.map((c, k) => [c, k] as const), ['total', model.classCount] as const] : [['total', model.classCount] as const];
      for (const [cls, k] of classes) {
        const values = seriesOf(run.scenario, series, k);
        const without = seriesOf(run.counterfactual, series, k);
        const name = csvField(cls);
        for (let t = 0; t <= model.horizon; t++) {
          const year = model.baseYear + t;
          lines.push(
            [id, title, series, name, unit, model.calendar, year, convertYear(year, model.calendar, 'gregorian'), t, csvNumber(values[t]), csvNumber(without[t])].join(','),
          );
        }
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
