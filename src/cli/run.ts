/**
 * The command line's logic, separate from the process so that tests call it directly.
 */
import {
  HEADLINE_MEASURES,
  JOBS_EVIDENCE,
  JOBS_EVIDENCE_BAND,
  decomposeLevers,
  evidenceVerdict,
  jobsPerCreditFigures,
  prepareScenario,
  runNotFinite,
  runPrepared,
  toCsv,
  toReport,
  totalAtHorizon,
  totalDifference,
  type ScenarioReport,
} from '../engine';
import { CURRENT_VERSION, formatIssue, loadBytes, tooLargeIssue, type MigrationNote, type Scenario } from '../scenario';
import type { FileRead } from './read-file';
import { terminalSafe, terminalSafeLines } from './terminal';

/** What the command line prints and returns. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
}

/** Reads a file for the command line (readRegularFile, with the loader's size limit). */
export interface CliIo {
  readFile(path: string): FileRead;
}

export const USAGE = `Usage: npm run --silent simulate -- FILE [--json | --csv]

Projects every scenario in FILE (a scenario or a workshop file, MODEL.md section 7).
  (no flag)  a readable summary: the policy's effects at the horizon
  --json     every series per class and total, scenario and counterfactual (an array for a workshop)
  --csv      the same as rows: scenario,series,class,year,value,counterfactual
  --help     this text

Exit codes: 0 success, 1 unreadable or invalid file (one line per problem on standard error), 2 wrong usage.
`;

/** Runs the command line on its arguments. */
export function runCli(args: readonly string[], io: CliIo): CliResult {
  if (args.includes('--help') || args.includes('-h')) return { stdout: USAGE, stderr: '', exitCode: 0 };
  const flags = args.filter((a) => a.startsWith('--'));
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--json' && f !== '--csv');
  if (unknown.length > 0) return usage(`unknown option ${unknown[0]}`);
  if (flags.length > 1) return usage('give at most one of --json and --csv');
  if (files.length !== 1) return usage(files.length === 0 ? 'name one scenario or workshop file' : 'name only one file');
  const mode = flags[0] === '--json' ? 'json' : flags[0] === '--csv' ? 'csv' : 'summary';

  const file = files[0];
  const read = io.readFile(file);
  if (!read.ok) return invalid(['reason' in read ? `${file}: cannot read the file (${read.reason})` : formatIssue(tooLargeIssue(read.tooLarge))]);
  const loaded = loadBytes(read.bytes);
  if (!loaded.ok) return invalid(loaded.issues.map(formatIssue));
  const scenarios: Scenario[] = loaded.file.kind === 'scenario' ? [loaded.file.scenario] : loaded.file.workshop.scenarios;
  const reports: ScenarioReport[] = [];
  const summaries: string[] = [];
  for (const scenario of scenarios) {
    const prepared = prepareScenario(scenario);
    if (!prepared.ok) return invalid(prepared.issues.map(formatIssue));
    const run = runPrepared(prepared.model);
    const notFinite = runNotFinite(run);
    if (notFinite) return invalid([formatIssue(notFinite)]);
    if (mode === 'summary') summaries.push(summarize(scenario, prepared.model.classIds.length, run, prepared.model));
    else reports.push(toReport(run));
  }
  // The migration is said on standard error only, so that --json and --csv stay machine-readable.
  const stderr = loaded.migrated.length > 0 ? `${terminalSafe(migrationLine(file, loaded.file.kind, loaded.migrated))}\n` : '';
  if (mode === 'json') {
    const body = loaded.file.kind === 'scenario' ? reports[0] : reports;
    return { stdout: `${JSON.stringify(body)}\n`, stderr, exitCode: 0 };
  }
  if (mode === 'csv') return { stdout: toCsv(reports), stderr, exitCode: 0 };
  return { stdout: summaries.join('\n'), stderr, exitCode: 0 };
}

/** One line per file that was made for an older version (MODEL.md 9 and 10), naming a workshop's migrated scenarios. */
export function migrationLine(file: string, kind: 'scenario' | 'workshop', migrated: readonly MigrationNote[]): string {
  const from = [...new Set(migrated.map((m) => m.migration.from))].sort().join(' and ');
  const behaviour = `opened with version ${from}'s behaviour (migrated to version ${CURRENT_VERSION}; saving writes version ${CURRENT_VERSION})`;
  if (kind === 'scenario') return `${file}: made for version ${from}; ${behaviour}`;
  const names = migrated.map((m) => m.scenarioId).join(', ');
  return `${file}: ${migrated.length === 1 ? 'scenario' : 'scenarios'} ${names} made for version ${from}; ${behaviour}`;
}

function usage(message: string): CliResult {
  return { stdout: '', stderr: `simulate: ${terminalSafe(message)}\n\n${USAGE}`, exitCode: 2 };
}

// A problem's line quotes the file's keys and values, and the file's name: none may steer the terminal.
function invalid(lines: string[]): CliResult {
  return { stdout: '', stderr: `${terminalSafeLines(lines.join('\n'))}\n`, exitCode: 1 };
}

const signed = (v: number, digits = 3): string => {
  if (!Number.isFinite(v)) return 'n/a';
  const rounded = Number(v.toPrecision(digits));
  return `${rounded > 0 ? '+' : ''}${rounded.toLocaleString('en-US', { maximumFractionDigits: 6 })}`;
};

function summarize(scenario: Scenario, classCount: number, run: ReturnType<typeof runPrepared>, model: Parameters<typeof decomposeLevers>[0]): string {
  const H = model.horizon;
  const year = model.baseYear + H;
  const calendar = model.calendar === 'persian' ? ' (Solar Hijri)' : '';
  // Every text from the file is escaped: a title, a unit or an id must not steer the terminal.
  const title = terminalSafe(scenario.title.en ?? scenario.title.fa ?? scenario.id);
  const id = terminalSafe(scenario.id);
  const currency = terminalSafe(scenario.economy.currencyUnit ?? 'currency units');
  const people = terminalSafe(scenario.economy.employmentUnit ?? 'persons');
  const units: Record<string, string> = { employment: people, output: currency, exports: currency, expectedLoss: currency };
  const labels: Record<string, string> = { employment: 'Jobs', output: 'Output', exports: 'Exports', expectedLoss: 'Bank expected loss' };
  const parts = decomposeLevers(model);
  const lines = [`${title} [${id}]: ${classCount} classes, years ${model.baseYear}-${year}${calendar}`];
  lines.push(`  Effect of the policy in ${year} (scenario minus the same economy with the levers off):`);
  for (const measure of HEADLINE_MEASURES) {
    const effect = totalDifference(run.scenario, run.counterfactual, measure);
    const base = totalAtHorizon(run.counterfactual, measure);
    const pct = base !== 0 ? ` (${signed((100 * effect) / base, 2)}%)` : '';
    const d = parts[measure].parts;
    lines.push(
      `    ${labels[measure].padEnd(19)} ${signed(effect).padStart(12)} ${units[measure]}${pct}; credit ${signed(d.credit)}, exports ${signed(d.exports)}, guarantee ${signed(d.guarantee)}`,
    );
  }
  const jobs = jobsPerCreditFigures(model);
  if (Number.isFinite(jobs.horizon)) {
    const at = (t: number) => `${model.baseYear + t}`;
    const perUnit = [Number.isFinite(jobs.year2) ? `${signed(jobs.year2)} by ${at(2)} (t = 2)` : '', `${signed(jobs.horizon)} by ${year} (t = ${H})`].filter(Boolean);
    lines.push(`  Jobs per unit of credit moved (credit lever alone): ${perUnit.join(', ')} ${people} per ${currency}`);
    if (Number.isFinite(jobs.horizonPerUsdMillion)) {
      const verdict = (v: number) => (evidenceVerdict(v) === 'inside' ? 'inside' : evidenceVerdict(v) === 'below' ? 'BELOW' : evidenceVerdict(v) === 'above' ? 'ABOVE' : 'n/a');
      const y2 = Number.isFinite(jobs.year2PerUsdMillion) ? `${signed(jobs.year2PerUsdMillion)} at t = 2 (${verdict(jobs.year2PerUsdMillion)} the evidence band ${JOBS_EVIDENCE_BAND.low}-${JOBS_EVIDENCE_BAND.high}), ` : '';
      lines.push(`  Jobs per US$ 1 million moved: ${y2}${signed(jobs.horizonPerUsdMillion)} at t = ${H}`);
      const evidence = JOBS_EVIDENCE.map((e) => `${e.source.en} ${e.low === e.high ? e.low : `${e.low}-${e.high}`}`).join('; ');
      lines.push(`    Evidence, jobs per US$ 1m: ${evidence}`);
    }
  }
  for (const w of run.scenario.warnings) lines.push('class' in w ? `  Warning: ${terminalSafe(w.code)} for class ${terminalSafe(w.class)} from year t = ${w.year}` : `  Warning: ${terminalSafe(w.code)} (guarantee fund) from year t = ${w.year}`);
  return `${lines.join('\n')}\n`;
}
