/**
 * The machine-readable result of MODEL.md 9: series per class and total, for the scenario and its
 * counterfactual, in the file's own units, unrounded.
 */
import { prepareScenario, type PreparedModel } from './prepare';
import { MEASURES, REPORTED_SERIES, type SeriesName } from './measures';
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

/** Prepares and runs a scenario, or returns the issues that prevent it. */
export function runScenario(spec: ScenarioSpec): { ok: true; run: ScenarioRun } | { ok: false; issues: readonly EngineIssue[] } {
  const prepared = prepareScenario(spec);
  if (!prepared.ok) return prepared;
  return { ok: true, run: runPrepared(prepared.model) };
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

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes the `--csv` rows (MODEL.md 9). */
export function toCsv(reports: readonly ScenarioReport[]): string {
  const rows = ['scenario,series,class,year,value,counterfactual'];
  for (const report of reports) {
    for (const [series, table] of Object.entries(report.series)) {
      for (const [cls, values] of Object.entries(table)) {
        const cf = report.counterfactual[series][cls];
        values.forEach((v, t) => rows.push([csvField(report.id), series, csvField(cls), String(t), String(v), String(cf[t])].join(',')));
      }
    }
  }
  return `${rows.join('\n')}\n`;
}
