/**
 * The command line's logic, separate from the process so that tests call it directly.
 */
import {
  HEADLINE_MEASURES,
  decomposeLevers,
  jobsPerCreditMoved,
  prepareScenario,
  runPrepared,
  toCsv,
  toReport,
  totalAtHorizon,
  totalDifference,
  type ScenarioReport,
} from '../engine';
import { formatIssue, loadBytes, tooLargeIssue, type Scenario } from '../scenario';
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
    if (mode === 'summary') summaries.push(summarize(scenario, prepared.model.classIds.length, run, prepared.model));
    else reports.push(toReport(run));
  }
  if (mode === 'json') {
    const body = loaded.file.kind === 'scenario' ? reports[0] : reports;
    return { stdout: `${JSON.stringify(body)}\n`, stderr: '', exitCode: 0 };
  }
  if (mode === 'csv') return { stdout: toCsv(reports), stderr: '', exitCode: 0 };
  return { stdout: summaries.join('\n'), stderr: '', exitCode: 0 };
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
  const jobsPerCredit = jobsPerCreditMoved(model);
  if (Number.isFinite(jobsPerCredit)) lines.push(`  Jobs per unit of credit moved: ${signed(jobsPerCredit)} ${people} per ${currency}`);
  for (const w of run.scenario.warnings) lines.push('class' in w ? `  Warning: ${terminalSafe(w.code)} for class ${terminalSafe(w.class)} from year t = ${w.year}` : `  Warning: ${terminalSafe(w.code)} (guarantee fund) from year t = ${w.year}`);
  return `${lines.join('\n')}\n`;
}
