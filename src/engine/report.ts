/**
 * The machine-readable result of MODEL.md 9: series per class and total, for the scenario and its
 * counterfactual, in the file's own units, unrounded.
 */
import { prepareScenario, type PreparedModel } from './prepare';
import { MEASURES, REPORTED_SERIES, SERIES_NAMES, type SeriesName } from './measures';
import { NO_LEVERS, project, seriesOf, type Projection } from './project';
import type { EngineIssue, ProjectionWarning, ScenarioSpec } from './types';

/** Values of one series: one array per class id, and `total`. */
export type SeriesTable = Record<string, number[]>;

/** The `--json` document of one scenario. */
export interface ScenarioReport {
  readonly id: string;
  readonly years: number[];
  readonly classes: string[];
  readonly series: Record<string, SeriesTable>;
  readonly counterfactual: Record<string, SeriesTable>;
  readonly warnings: ProjectionWarning[];
}

/** A scenario run together with its counterfactual. */
export interface ScenarioRun {
  readonly model: PreparedModel;
  readonly scenario: Projection;
  readonly counterfactual: Projection;
}

/** Projects a prepared model and its counterfactual (levers off, same code path). */
export function runPrepared(model: PreparedModel): ScenarioRun {
  return { model, scenario: project(model), counterfactual: project(model, NO_LEVERS) };
}

/**
 * The first value of a run that is not a finite number, as a problem naming the scenario, the series,
 * the class and the year; null when every value is finite. Inputs in range can still overflow (huge
 * numbers, extreme paths compounded over decades): such a run is refused, never drawn or printed.
 */
export function runNotFinite(run: ScenarioRun): EngineIssue | null {
  for (const p of [run.scenario, run.counterfactual]) {
    const at = p.values.findIndex((v) => !Number.isFinite(v));
    if (at < 0) continue;
    const years = p.horizon + 1;
    const row = Math.floor(at / years);
    const classIndex = row % (p.classCount + 1);
    const series = SERIES_NAMES[Math.floor(row / (p.classCount + 1))];
    return {
      path: '(run)',
      code: 'run-not-finite',
      params: { scenario: run.model.id, series, class: classIndex === p.classCount ? 'total' : p.classIds[classIndex], year: at % years },
    };
  }
  return null;
}

/** Prepares and runs a scenario, or returns the issues that prevent it (a run that overflows among them). */
export function runScenario(spec: ScenarioSpec): { ok: true; run: ScenarioRun } | { ok: false; issues: readonly EngineIssue[] } {
  const prepared = prepareScenario(spec);
  if (!prepared.ok) return prepared;
  const run = runPrepared(prepared.model);
  const notFinite = runNotFinite(run);
  return notFinite ? { ok: false, issues: [notFinite] } : { ok: true, run };
}

function tableOf(p: Projection, name: SeriesName): SeriesTable {
  const table: SeriesTable = {};
  if (MEASURES[name].scope === 'perClass') p.classIds.forEach((id, k) => (table[id] = seriesOf(p, name, k)));
  table.total = seriesOf(p, name, p.classCount);
  return table;
}

function tablesOf(p: Projection): Record<string, SeriesTable> {
  return Object.fromEntries(REPORTED_SERIES.map((name) => [name, tableOf(p, name)]));
}

/** Builds the `--json` document (MODEL.md 9) of a run. */
export function toReport(run: ScenarioRun): ScenarioReport {
  const { model, scenario, counterfactual } = run;
  return {
    id: model.id,
    years: Array.from({ length: model.horizon + 1 }, (_, t) => t),
    classes: [...model.classIds],
    series: tablesOf(scenario),
    counterfactual: tablesOf(counterfactual),
    warnings: [...scenario.warnings],
  };
}

/**
 * One CSV cell (MODEL.md 9): a text that a spreadsheet would run as a formula (it begins with =, +, -,
 * @, a tab or a carriage return and is not a number) gets a leading ', then the usual quoting.
 */
export function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) && !isNumberText(value) ? `'${value}` : value;
  return /[",\n\r]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/**
 * A number as the app's CSV writes it: at most 10 significant digits, so that the last bits of binary
 * floating point (24.990000000000002) do not show; -0 is 0, a value that is not finite an empty cell.
 * (The command line's `--csv` prints the numbers unrounded, as MODEL.md 9 says.)
 */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toPrecision(10));
  return rounded === 0 ? '0' : String(rounded);
}

function isNumberText(value: string): boolean {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value) || /^[+-]?Infinity$/.test(value);
}

/** Writes the `--csv` rows (MODEL.md 9). */
export function toCsv(reports: readonly ScenarioReport[]): string {
  const rows = ['scenario,series,class,year,value,counterfactual'];
  for (const report of reports) {
    for (const [series, table] of Object.entries(report.series)) {
      for (const [cls, values] of Object.entries(table)) {
        const cf = report.counterfactual[series][cls];
        values.forEach((v, t) => rows.push([csvField(report.id), series, csvField(cls), String(t), csvField(String(v)), csvField(String(cf[t]))].join(',')));
      }
    }
  }
  return `${rows.join('\n')}\n`;
}
