/**
 * One parse path for every file the app or the command line opens (STYLE.md, after tldraw's file.ts):
 * size -> JSON -> hostile keys -> envelope (format, version) -> migrate -> schema -> whole-file checks.
 * The result is a typed scenario or workshop, or every problem found, each with its JSON path.
 */
import type { z } from 'zod';
import { LIMITS, loadFormulaParserFor, resolveParameter, prepareScenario, type PreparedModel } from '../engine';
import { FILE_PATH, joinPath, withPrefix, type LoadIssue } from './issues';
import {
  CURRENT_VERSION,
  SCENARIO_FORMAT,
  WORKSHOP_FORMAT,
  fileSchemas,
  versionFieldProblems,
  type FileVersion,
  type Scenario,
  type Workshop,
} from './schema';
import { migrateScenario, type ScenarioMigration } from './migrations';
import { ISSUE_CODES, oneLine, type IssueCode } from './messages';

const KNOWN_CODES: ReadonlySet<string> = new Set(ISSUE_CODES);
const isIssueCode = (code: string): code is IssueCode => KNOWN_CODES.has(code);

/** Files larger than this are refused before they are parsed (MODEL.md 7). */
export const MAX_FILE_BYTES = 1024 * 1024;
const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What a file held, once it passed every check. */
export type LoadedFile =
  | { readonly kind: 'scenario'; readonly scenario: Scenario }
  | { readonly kind: 'workshop'; readonly workshop: Workshop };

/** One scenario of a file that was made for an older version and migrated (MODEL.md 10). */
export interface MigrationNote {
  /** Where the scenario sits in the file: `(file)` for a scenario file, `scenarios[i]` in a workshop. */
  readonly path: string;
  readonly scenarioId: string;
  readonly migration: ScenarioMigration;
}

/** The outcome of loading a file: the file and the scenarios migrated from older versions, or every problem. */
export type LoadResult =
  | { readonly ok: true; readonly file: LoadedFile; readonly migrated: readonly MigrationNote[] }
  | { readonly ok: false; readonly issues: readonly LoadIssue[] };

// Keys may hold line breaks; a path is always printed on one line.
const fail = (issues: readonly LoadIssue[]): LoadResult => ({ ok: false, issues: issues.map((i) => ({ ...i, path: oneLine(i.path) })) });

/** A file's text read as JSON (size first), or why it cannot be. */
function readJson(text: string): { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly refused: LoadResult } {
  const size = new TextEncoder().encode(text).length;
  if (size > MAX_FILE_BYTES) return { ok: false, refused: fail([{ path: FILE_PATH, code: 'too-large', params: { size, max: MAX_FILE_BYTES } }]) };
  try {
    return { ok: true, data: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    return { ok: false, refused: fail([{ path: FILE_PATH, code: 'invalid-json', params: { detail: jsonErrorDetail(error, text) } }]) };
  }
}

/**
 * Loads a file's text (scenario or workshop). Never throws on bad input. A formula in it needs the
 * formula parser loaded (the command line and the tests load it first; the app uses loadTextAsync).
 */
export function loadText(text: string): LoadResult {
  const read = readJson(text);
  return read.ok ? loadValue(read.data) : read.refused;
}

/** loadText for the app: loads the formula parser first when the file holds a formula (MODEL.md 6). */
export async function loadTextAsync(text: string): Promise<LoadResult> {
  const read = readJson(text);
  if (!read.ok) return read.refused;
  await loadFormulaParserFor(read.data);
  return loadValue(read.data);
}

type Json = Record<string, unknown>;

/** A scenario checked against its own version's fields and migrated, or its problems (paths inside it). */
type CheckedScenario = { readonly ok: true; readonly raw: Json; readonly migration: ScenarioMigration | null } | { readonly ok: false; readonly issues: LoadIssue[] };

/**
 * Checks one scenario object against its own version's fields, then migrates it to the current version
 * (the current schema then checks the migrated object: the migration only adds values in range).
 */
function checkScenarioOfVersion(raw: Json, version: FileVersion): CheckedScenario {
  const problems = versionFieldProblems(raw, version);
  if (problems.length > 0) return { ok: false, issues: problems };
  const { scenario, migration } = migrateScenario(raw, version);
  return { ok: true, raw: scenario, migration };
}

/** Loads an already parsed JSON value (scenario or workshop). */
export function loadValue(data: unknown): LoadResult {
  const hostile = findHostileKeys(data);
  if (hostile.length > 0) return fail(hostile);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail([{ path: FILE_PATH, code: 'not-an-object' }]);
  const record = data as Json;
  const format = record.format;
  if (format === undefined) return fail([{ path: 'format', code: 'missing-format' }]);
  if (format !== SCENARIO_FORMAT && format !== WORKSHOP_FORMAT) {
    return fail([{ path: 'format', code: 'unknown-format', params: { value: JSON.stringify(format) } }]);
  }
  const versionIssue = checkVersion(record.version, 'version', CURRENT_VERSION);
  if (versionIssue) return fail([versionIssue]);
  const version = record.version as FileVersion;

  if (format === SCENARIO_FORMAT) {
    const checked = checkScenarioOfVersion(record, version);
    if (!checked.ok) return fail(checked.issues);
    const { scenarioFileSchema } = fileSchemas();
    const parsed = scenarioFileSchema.safeParse(checked.raw);
    if (!parsed.success) return fail(fromZod(parsed.error, scenarioFileSchema, checked.raw));
    const issues = validateScenario(parsed.data, record);
    if (issues.length > 0) return fail(issues);
    const migrated = checked.migration ? [{ path: FILE_PATH, scenarioId: parsed.data.id, migration: checked.migration }] : [];
    return { ok: true, file: { kind: 'scenario', scenario: parsed.data }, migrated };
  }

  // A workshop: its own fields as its version has them, then each scenario as its own version (which may
  // be older than the workshop's, never newer), each migrated; then the whole as the current version.
  const envelopeSchema = fileSchemas().workshopEnvelopeSchema;
  const envelope = envelopeSchema.safeParse({ ...record, version: CURRENT_VERSION });
  if (!envelope.success) return fail(fromZod(envelope.error, envelopeSchema, record));
  const rawScenarios = envelope.data.scenarios;
  const issues: LoadIssue[] = [];
  const migratedScenarios: Json[] = [];
  const notes: { index: number; migration: ScenarioMigration }[] = [];
  rawScenarios.forEach((item, i) => {
    const at = `scenarios[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      issues.push({ path: at, code: 'wrong-type', params: { expected: `an object { ... }, not ${describeInput(item)}` } });
      return;
    }
    const scenario = item as Json;
    let scenarioVersion = version;
    if (scenario.version !== undefined) {
      const problem = checkVersion(scenario.version, `${at}.version`, version);
      if (problem) {
        issues.push(problem.code === 'version-too-new' ? { ...problem, code: 'version-newer-than-workshop' } : problem);
        return;
      }
      scenarioVersion = scenario.version as FileVersion;
    }
    const checked = checkScenarioOfVersion(scenario, scenarioVersion);
    if (!checked.ok) {
      issues.push(...checked.issues.map((issue) => withPrefix(at, issue)));
      return;
    }
    migratedScenarios.push(checked.raw);
    if (checked.migration) notes.push({ index: i, migration: checked.migration });
  });
  if (issues.length > 0) return fail(dedupe(issues));
  const migratedWorkshop: Json = { ...record, version: CURRENT_VERSION, scenarios: migratedScenarios };
  const { workshopFileSchema } = fileSchemas();
  const parsed = workshopFileSchema.safeParse(migratedWorkshop);
  if (!parsed.success) return fail(fromZod(parsed.error, workshopFileSchema, migratedWorkshop));
  const wholeIssues = validateWorkshop(parsed.data, record);
  if (wholeIssues.length > 0) return fail(wholeIssues);
  const migrated = notes.map(({ index, migration }) => ({ path: `scenarios[${index}]`, scenarioId: parsed.data.scenarios[index].id, migration }));
  return { ok: true, file: { kind: 'workshop', workshop: parsed.data }, migrated };
}

/** Validates a scenario object from the app's own state (same checks as a file's scenario). */
export function validateScenarioValue(value: unknown): { ok: true; scenario: Scenario } | { ok: false; issues: readonly LoadIssue[] } {
  const hostile = findHostileKeys(value);
  if (hostile.length > 0) return { ok: false, issues: hostile.map((i) => ({ ...i, path: oneLine(i.path) })) };
  const { embeddedScenarioSchema } = fileSchemas();
  const parsed = embeddedScenarioSchema.safeParse(value);
  const issues = parsed.success ? validateScenario(parsed.data, value) : fromZod(parsed.error, embeddedScenarioSchema, value);
  if (issues.length > 0 || !parsed.success) return { ok: false, issues: issues.map((i) => ({ ...i, path: oneLine(i.path) })) };
  return { ok: true, scenario: parsed.data };
}

/** Checks a version number: a whole number from 1 up to `max`. */
function checkVersion(version: unknown, path: string, max: number): LoadIssue | null {
  if (typeof version !== 'number' || !Number.isInteger(version)) return { path, code: 'bad-version', params: { max: CURRENT_VERSION } };
  if (version > max) return { path, code: 'version-too-new', params: { value: version, max } };
  if (version < 1) return { path, code: 'version-too-old', params: { value: version } };
  return null;
}

function jsonErrorDetail(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (text.trim() === '') return 'the file is empty';
  if (!at) return message.replace(/\s+/g, ' ');
  const position = Number(at[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s+/g, ' ')}, line ${line}, column ${column}`;
}

/** Walks the parsed JSON before any schema sees it: prototype keys and absurd nesting are refused. */
function findHostileKeys(root: unknown): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const walk = (value: unknown, path: PropertyKey[], depth: number) => {
    if (typeof value !== 'object' || value === null) return;
    if (depth > MAX_DEPTH) {
      if (issues.length < 20) issues.push({ path: joinPath(path), code: 'too-deep', params: { max: MAX_DEPTH } });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i], depth + 1));
      return;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        if (issues.length < 20) issues.push({ path: joinPath([...path, key]), code: 'forbidden-key', params: { key } });
        continue;
      }
      walk((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    }
  };
  walk(root, [], 0);
  return issues;
}

// ---- zod issues -> our codes ------------------------------------------------------------------------

type ZodSchema = z.ZodType;
interface ZodIssueLike {
  code?: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  values?: unknown[];
  params?: Record<string, unknown>;
  errors?: ZodIssueLike[][];
}

interface ZodDefLike {
  type: string;
  shape?: Record<string, ZodSchema>;
  element?: ZodSchema;
  innerType?: ZodSchema;
  valueType?: ZodSchema;
  options?: ZodSchema[];
  in?: ZodSchema;
}

function defOf(schema: ZodSchema): ZodDefLike {
  return (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

/** Finds the object schema at a path, to list the fields allowed where an unknown one was found. */
function objectKeysAt(root: ZodSchema, path: readonly PropertyKey[]): string[] {
  let current: ZodSchema | undefined = root;
  const unwrap = (s: ZodSchema | undefined): ZodSchema | undefined => {
    let x = s;
    for (let i = 0; x && i < 10; i++) {
      const def = defOf(x);
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') x = def.innerType;
      else if (def.type === 'pipe') x = def.in;
      else if (def.type === 'union') x = def.options?.find((o) => ['object', 'record'].includes(defOf(unwrap(o) ?? o).type));
      else break;
    }
    return x;
  };
  for (const segment of path) {
    current = unwrap(current);
    if (!current) return [];
    const def = defOf(current);
    if (def.type === 'object') current = def.shape?.[String(segment)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return [];
  }
  current = unwrap(current);
  const def = current ? defOf(current) : undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function describeExpected(expected: string | undefined): string {
  switch (expected) {
    case 'number': return 'a number';
    case 'string': return 'a text string';
    case 'object': return 'an object { ... }';
    case 'array': return 'a list [ ... ]';
    case 'record': return 'an object { ... }';
    case 'boolean': return 'true or false';
    default: return expected ?? 'another type';
  }
}

/** Reads the raw value at a path (zod does not report inputs unless asked, and we want them). */
function rawAt(root: unknown, segments: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const s of segments) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, String(s))) return { found: false, value: undefined };
    current = (current as Record<string, unknown>)[String(s)];
  }
  return { found: true, value: current };
}

/** A value as messages quote it: numbers as they are, text escaped (one line) and shortened. */
function shown(value: unknown): string | number {
  if (typeof value === 'number') return value;
  const text = typeof value === 'string' ? JSON.stringify(value).slice(1, -1) : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Describes what was found where another type was expected. */
function describeInput(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `${value} (not a finite number)`;
  if (typeof value === 'string') return `the text "${shown(value)}"`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** What a zod issue is read against: the schema and the data. */
interface ZodContext {
  readonly root: ZodSchema;
  readonly data: unknown;
}

function convertIssue(issue: ZodIssueLike, context: ZodContext, prefix: readonly PropertyKey[], out: LoadIssue[]): void {
  const { root, data } = context;
  const segments = [...prefix, ...issue.path];
  const path = joinPath(segments);
  const input = rawAt(data, segments);
  switch (issue.code) {
    case 'invalid_type':
      if (!input.found) out.push({ path, code: 'required', params: { expected: describeExpected(issue.expected) } });
      else out.push({ path, code: 'wrong-type', params: { expected: `${describeExpected(issue.expected)}, not ${describeInput(input.value)}` } });
      return;
    case 'unrecognized_keys': {
      const allowed = objectKeysAt(root, segments).join(', ');
      for (const key of issue.keys ?? []) out.push({ path: joinPath([...segments, key]), code: 'unknown-field', params: { allowed } });
      return;
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'array') {
        const bounds = arrayBounds(root, segments);
        out.push({ path, code: 'array-size', params: { count: Array.isArray(input.value) ? input.value.length : '?', ...bounds } });
      } else if (issue.origin === 'string' && typeof input.value === 'string') {
        out.push({ path, code: 'text-too-long', params: { length: input.value.length, max: Number(issue.maximum ?? 0) } });
      } else {
        out.push({ path, code: 'invalid', params: { detail: issue.message } });
      }
      return;
    }
    case 'invalid_value':
      out.push({
        path,
        code: 'invalid-value',
        params: { value: typeof input.value === 'string' ? `"${shown(input.value)}"` : shown(input.value), allowed: (issue.values ?? []).map((v) => JSON.stringify(v)).join(' or ') },
      });
      return;
    case 'custom': {
      const params = issue.params ?? {};
      // The schema's refinements name their code (schema.ts); anything else is reported as it came.
      const code = typeof params.code === 'string' && isIssueCode(params.code) ? params.code : 'invalid';
      const rest: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(params)) if (k !== 'code' && (typeof v === 'string' || typeof v === 'number')) rest[k] = v;
      if (input.found) rest.value = shown(input.value);
      if (typeof input.value === 'string') rest.length = input.value.length;
      out.push({ path, code, params: rest });
      return;
    }
    case 'invalid_union': {
      const branches = issue.errors ?? [];
      // Report the branch that got furthest: one whose problems are not a type mismatch at the union itself.
      const viable = branches.filter((b) => b.length > 0 && !b.every((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (viable.length > 0) {
        for (const inner of viable[0]) convertIssue(inner, context, segments, out);
        return;
      }
      const expected = [...new Set(branches.flat().map((i) => describeExpected(i.expected)))].join(' or ');
      const kind = input.found ? 'wrong-type' : 'required';
      out.push({ path, code: kind, params: { expected: `${expected}${kind === 'wrong-type' ? `, not ${describeInput(input.value)}` : ''}` } });
      return;
    }
    default:
      out.push({ path, code: 'invalid', params: { detail: issue.message } });
  }
}

function arrayBounds(root: ZodSchema, segments: readonly PropertyKey[]): { min: number; max: number } {
  const parent = joinPath(segments.filter((s) => typeof s !== 'number'));
  if (parent.endsWith('classes')) return { min: LIMITS.minClasses, max: LIMITS.maxClasses };
  if (parent === 'scenarios') return { min: 1, max: LIMITS.maxScenarios };
  // A path's row of yearly values (MODEL.md 2).
  if (/^(scenarios\.)?assumptions\./.test(parent)) return { min: 1, max: LIMITS.maxHorizon };
  void root;
  return { min: 0, max: 0 };
}

function fromZod(error: z.ZodError, root: ZodSchema, data: unknown): LoadIssue[] {
  const out: LoadIssue[] = [];
  for (const issue of error.issues as unknown as ZodIssueLike[]) convertIssue(issue, { root, data }, [], out);
  return dedupe(out);
}

function dedupe(issues: LoadIssue[]): LoadIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}|${i.code}|${JSON.stringify(i.params ?? {})}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- whole-file checks ----------------------------------------------------------------------------

function validateScenario(scenario: Scenario, raw: unknown): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const ids = new Map<string, number>();
  scenario.economy.classes.forEach((c, i) => {
    if (ids.has(c.id)) issues.push({ path: `economy.classes[${i}].id`, code: 'duplicate-id', params: { value: c.id } });
    else ids.set(c.id, i);
  });
  if (issues.length > 0) return issues;

  const prepared = prepareScenario(scenario);
  if (!prepared.ok) return dedupe(prepared.issues.map((i) => ({ ...i })));
  issues.push(...validateUncertainty(scenario, prepared.model));
  issues.push(...validateProvenance(scenario, raw));
  return issues;
}

function validateUncertainty(scenario: Scenario, model: PreparedModel): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const seen = new Set<string>();
  (scenario.uncertainty ?? []).forEach((u, i) => {
    const at = `uncertainty[${i}]`;
    const handle = resolveParameter(model, u.param);
    if (typeof handle === 'string') {
      issues.push({ path: `${at}.param`, code: handle === 'unknown-class' ? 'unknown-parameter' : handle, params: { value: u.param, example: model.classIds[0] } });
      return;
    }
    if (seen.has(u.param)) issues.push({ path: `${at}.param`, code: 'duplicate-param', params: { value: u.param } });
    seen.add(u.param);
    for (const bound of ['low', 'high'] as const) {
      const v = u[bound];
      if (v < handle.min || v > handle.max) {
        issues.push({ path: `${at}.${bound}`, code: 'bound-out-of-range', params: { value: v, min: handle.min, max: handle.max } });
      } else if (handle.maxExclusive && v >= handle.max) {
        issues.push({ path: `${at}.${bound}`, code: 'bound-at-donor-share', params: { value: v, max: handle.max } });
      }
    }
    if (u.low > u.high) issues.push({ path: `${at}.low`, code: 'low-above-high', params: { low: u.low, high: u.high } });
    if (u.dist === 'triangular' && u.mode === undefined) issues.push({ path: `${at}.mode`, code: 'mode-required' });
    if (u.mode !== undefined && (u.mode < u.low || u.mode > u.high)) {
      issues.push({ path: `${at}.mode`, code: 'mode-outside', params: { value: u.mode, low: u.low, high: u.high } });
    }
    if (u.dist === 'normal' && u.sd === undefined) issues.push({ path: `${at}.sd`, code: 'sd-required' });
    if (u.sd !== undefined && u.dist === 'normal' && !(u.sd > 0)) issues.push({ path: `${at}.sd`, code: 'sd-not-positive', params: { value: u.sd } });
  });
  return issues;
}

/** Splits `economy.classes[0].employment` into ['economy', 'classes', 0, 'employment']. */
export function splitPath(path: string): PropertyKey[] | null {
  // The controls' paths are a few hundred, split at every step of a drag: split each once.
  let split = splitPaths.get(path);
  if (split === undefined) {
    if (splitPaths.size >= 4096) splitPaths.clear();
    split = splitOnce(path);
    splitPaths.set(path, split);
  }
  return split ? [...split] : null;
}

const splitPaths = new Map<string, readonly PropertyKey[] | null>();

function splitOnce(path: string): PropertyKey[] | null {
  const segments: PropertyKey[] = [];
  const pattern = /([^.[\]]+)|\[(\d+)\]/g;
  let consumed = '';
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) {
      segments.push(match[1]);
      consumed += (consumed === '' ? '' : '.') + match[1];
    } else {
      segments.push(Number(match[2]));
      consumed += match[0];
    }
  }
  return consumed === path && segments.length > 0 ? segments : null;
}

function numberAt(root: unknown, segments: readonly PropertyKey[]): boolean {
  let current: unknown = root;
  for (const s of segments) {
    if (typeof current !== 'object' || current === null) return false;
    if (typeof s === 'number') {
      if (!Array.isArray(current) || s >= current.length) return false;
      current = current[s];
    } else {
      if (Array.isArray(current) || !Object.hasOwn(current, s)) return false;
      current = (current as Record<string, unknown>)[String(s)];
    }
  }
  // A path given as a formula or a row of yearly values (only assumptions have them) may carry provenance.
  return typeof current === 'number' || ((typeof current === 'string' || Array.isArray(current)) && segments[0] === 'assumptions');
}

function validateProvenance(scenario: Scenario, raw: unknown): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const sourceCount = scenario.sources?.length ?? 0;
  for (const [key, entry] of Object.entries(scenario.provenance ?? {})) {
    const segments = splitPath(key);
    if (!segments || segments[0] === 'provenance' || !numberAt(raw, segments)) {
      issues.push({ path: `provenance.${key}`, code: 'path-not-found', params: { value: key } });
    }
    if (entry.kind === 'data' && entry.source === undefined) issues.push({ path: `provenance.${key}.source`, code: 'source-required' });
    if (entry.source !== undefined && entry.source >= sourceCount) {
      issues.push({
        path: `provenance.${key}.source`,
        code: sourceCount === 0 ? 'no-sources' : 'source-not-found',
        params: { value: entry.source, count: sourceCount, last: sourceCount - 1 },
      });
    }
  }
  return issues;
}

function validateWorkshop(workshop: Workshop, raw: unknown): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const rawScenarios = (raw as { scenarios: unknown[] }).scenarios;
  const ids = new Set<string>();
  workshop.scenarios.forEach((s, i) => {
    if (ids.has(s.id)) issues.push({ path: `scenarios[${i}].id`, code: 'duplicate-id', params: { value: s.id } });
    ids.add(s.id);
    for (const issue of validateScenario(s, rawScenarios[i])) issues.push(withPrefix(`scenarios[${i}]`, issue));
  });
  if (workshop.reference !== undefined && !ids.has(workshop.reference)) {
    issues.push({ path: 'reference', code: 'unknown-reference', params: { value: workshop.reference } });
  }
  return issues;
}

/** Serializes a scenario as a standalone file (format and version first). */
export function serializeScenario(scenario: Scenario): string {
  const { format: _format, version: _version, ...rest } = scenario;
  void _format;
  void _version;
  return `${JSON.stringify({ format: SCENARIO_FORMAT, version: CURRENT_VERSION, ...rest }, null, 2)}\n`;
}

/** Serializes a workshop file. */
export function serializeWorkshop(workshop: Workshop): string {
  const { format: _format, version: _version, ...rest } = workshop;
  void _format;
  void _version;
  return `${JSON.stringify({ format: WORKSHOP_FORMAT, version: CURRENT_VERSION, ...rest }, null, 2)}\n`;
}
