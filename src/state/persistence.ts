/**
 * The session in the browser's storage: reading it (telling "no session" from "a session that cannot
 * be read"), keeping an unreadable one under a rescue key, and writing it with a revision so that a
 * second tab's save is noticed. Each function takes the Storage as an argument and never throws, so
 * that the rules can be tested with a fake one; session-guard.ts decides when to call them.
 *
 * The stored text is `{"revision":{...},"workshop":{...},"selectedId":...}`. The revision comes first,
 * written in a fixed form, so that it is read from the text's first characters without parsing the
 * whole session (a check that runs before every save). Sessions written before revisions existed have
 * none: they count as revision 0 and are recognised by their text instead.
 */
import { formulaParserLoaded, holdsFormula } from '../engine';
import { FILE_PATH, MAX_FILE_BYTES, SCENARIO_FORMAT, loadValue, withPrefix, type LoadIssue, type Scenario, type Workshop } from '../scenario';
import { SESSION_KEY } from './session-key';
import type { PersistedSession, WorkbenchState, WorkbenchStore } from './store';

export { SESSION_KEY };

/**
 * The longest session text read or written, in UTF-16 code units: twice the file limit, since the
 * session also holds the view and a workshop kept in memory may be a little over what a file allows.
 * A longer text is refused when read (it would take seconds to check) and never written (so that
 * whatever was written can be read back).
 */
export const MAX_SESSION_CHARS = 2 * MAX_FILE_BYTES;
/** The prefix of the keys under which unreadable sessions are kept (followed by the time, ISO 8601). */
export const RESCUE_PREFIX = 'sme-credit-simulator:rescued:';
/** At most this many unreadable sessions are kept in the browser; a further one is only offered for download. */
export const MAX_RESCUED = 3;

/**
 * A save's identity. `n` grows by one with each save, whichever tab writes; `tab` is the writing tab;
 * `at` the time (ms since 1970); `doc` names the workshop's content: a save that changes only the view
 * (the selected scenario, the chart mode) keeps the `doc` of the save before it.
 */
export interface Revision {
  readonly n: number;
  readonly tab: string;
  readonly at: number;
  readonly doc: string;
}

/** Why a stored session cannot be opened. */
export type UnreadableReason =
  | { readonly code: 'storage-error'; readonly detail: string }
  | { readonly code: 'not-json'; readonly detail: string }
  | { readonly code: 'invalid'; readonly issues: readonly LoadIssue[] }
  | { readonly code: 'too-large'; readonly size: number; readonly max: number };

/** What the session key holds. */
export type SessionRead =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'ok';
      readonly session: PersistedSession;
      readonly revision: Revision | null;
      /** Each stored scenario's JSON, in order: a tab that follows another keeps its own objects for the unchanged ones. */
      readonly scenarioJson: readonly string[];
      readonly text: string;
    }
  | { readonly kind: 'unreadable'; readonly reason: UnreadableReason; readonly text: string | null }
  /** A session holding a formula, read before the formula parser is loaded: load it, then read again. */
  | { readonly kind: 'needs-formula-parser'; readonly text: string };

/** Why a write to the browser's storage failed. */
export type WriteFailure =
  | { readonly code: 'quota' }
  | { readonly code: 'denied' }
  | { readonly code: 'unavailable' }
  | { readonly code: 'too-large'; readonly size: number; readonly max: number }
  | { readonly code: 'error'; readonly detail: string };

/** The outcome of a write. */
export type WriteOutcome = { readonly ok: true } | { readonly ok: false; readonly failure: WriteFailure };

/** Where an unreadable session went: kept under a key (`earlier` if an identical copy was kept before), or not kept and why. */
export type RescueOutcome =
  | { readonly kept: true; readonly key: string; readonly earlier: boolean }
  | { readonly kept: false; readonly failure: WriteFailure | { readonly code: 'slots-full'; readonly count: number } };

/** Names a storage exception: a full storage, a refusal (private mode, a site setting), or another error. */
export function writeFailureOf(error: unknown): WriteFailure {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  // Chromium and WebKit say QuotaExceededError (legacy code 22); older Firefox NS_ERROR_DOM_QUOTA_REACHED (1014).
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return { code: 'quota' };
  if (name === 'SecurityError') return { code: 'denied' };
  return { code: 'error', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** Reads the session key's raw text; a storage that throws is reported, not thrown. */
export function readStoredText(storage: Storage): { readonly ok: true; readonly text: string | null } | { readonly ok: false; readonly detail: string } {
  try {
    return { ok: true, text: storage.getItem(SESSION_KEY) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const REVISION_AT_START = /^\{"revision":\{"n":(\d{1,15}),"tab":"([A-Za-z0-9-]{1,64})","at":(\d{1,15}),"doc":"([A-Za-z0-9.-]{1,80})"\}/;

/** Reads the revision at the start of a stored session's text (null: none, as in sessions saved before revisions). Reads at most 300 characters. */
export function storedRevision(text: string | null): Revision | null {
  if (text === null) return null;
  const match = REVISION_AT_START.exec(text.slice(0, 300));
  if (!match) return null;
  return { n: Number(match[1]), tab: match[2], at: Number(match[3]), doc: match[4] };
}

/** Tells whether two revisions are the same save. */
export function sameRevision(a: Revision | null, b: Revision | null): boolean {
  return a === b || (a !== null && b !== null && a.n === b.n && a.tab === b.tab && a.at === b.at && a.doc === b.doc);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a session's text: the session, or why it cannot be opened (the file checks, as for an opened file). */
export function parseSession(text: string): SessionRead {
  if (text.length > MAX_SESSION_CHARS) return { kind: 'unreadable', reason: { code: 'too-large', size: text.length, max: MAX_SESSION_CHARS }, text };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { kind: 'unreadable', reason: { code: 'not-json', detail: error instanceof Error ? error.message : String(error) }, text };
  }
  if (!isObject(data)) return { kind: 'unreadable', reason: { code: 'invalid', issues: [{ path: FILE_PATH, code: 'not-an-object' }] }, text };
  // The file checks compile formulas; the parser is loaded when first needed (engine/expressions.ts).
  if (!formulaParserLoaded() && holdsFormula(data.workshop)) return { kind: 'needs-formula-parser', text };
  const loaded = loadValue(data.workshop);
  if (!loaded.ok || loaded.file.kind !== 'workshop') {
    // A scenario file where the workshop should be is refused as the format it has.
    const issues: readonly LoadIssue[] = loaded.ok ? [{ path: 'workshop.format', code: 'unknown-format', params: { value: JSON.stringify(SCENARIO_FORMAT) } }] : loaded.issues.map((i) => withPrefix('workshop', i));
    return { kind: 'unreadable', reason: { code: 'invalid', issues }, text };
  }
  const workshop = loaded.file.workshop;
  const ids = workshop.scenarios.map((s) => s.id);
  // The view settings are the app's own: a value it does not know falls back to the default, quietly.
  const session: PersistedSession = {
    workshop,
    selectedId: typeof data.selectedId === 'string' && ids.includes(data.selectedId) ? data.selectedId : ids[0],
    visibleIds: Array.isArray(data.visibleIds) ? data.visibleIds.filter((id): id is string => typeof id === 'string' && ids.includes(id)) : ids.slice(0, 4),
    locale: data.locale === 'fa' || data.locale === 'en' ? data.locale : 'en',
    chartMode: data.chartMode === 'overlay' ? 'overlay' : 'small-multiples',
    comparison: data.comparison === 'reference' ? 'reference' : 'counterfactual',
    byClass: data.byClass === true,
    dirty: data.dirty === true,
    yearCalendar: data.yearCalendar === 'persian' || data.yearCalendar === 'gregorian' ? data.yearCalendar : 'file',
    presentLevers: Array.isArray(data.presentLevers) ? data.presentLevers.filter((p): p is string => typeof p === 'string').slice(0, 12) : undefined,
  };
  const rawScenarios = isObject(data.workshop) && Array.isArray(data.workshop.scenarios) ? data.workshop.scenarios : [];
  return { kind: 'ok', session, revision: storedRevision(text), scenarioJson: rawScenarios.map((s) => JSON.stringify(s)), text };
}

/** Reads what the session key holds: nothing, a session, or a text that cannot be opened (and why). */
export function readSession(storage: Storage): SessionRead {
  const stored = readStoredText(storage);
  if (!stored.ok) return { kind: 'unreadable', reason: { code: 'storage-error', detail: stored.detail }, text: null };
  return stored.text === null ? { kind: 'none' } : parseSession(stored.text);
}

/** Reads the saved session if there is one that can be opened. Start-up uses readSession instead, which says why a session cannot be. */
export function readSavedSession(storage: Storage | undefined): PersistedSession | null {
  if (!storage) return null;
  const read = readSession(storage);
  return read.kind === 'ok' ? read.session : null;
}

/** Lists the keys of the unreadable sessions kept in the browser, oldest first. */
export function rescuedKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && key.startsWith(RESCUE_PREFIX)) keys.push(key);
  }
  return keys.sort();
}

/**
 * Keeps an unreadable session's text under a rescue key of its own. An earlier rescue is never
 * overwritten: the same text kept before is not kept twice (a reload before any edit finds it again),
 * and when MAX_RESCUED copies are kept already this one is not kept (it can still be downloaded).
 */
export function rescueText(storage: Storage, text: string, now: number): RescueOutcome {
  try {
    const keys = rescuedKeys(storage);
    const same = keys.find((key) => storage.getItem(key) === text);
    if (same !== undefined) return { kept: true, key: same, earlier: true };
    if (keys.length >= MAX_RESCUED) return { kept: false, failure: { code: 'slots-full', count: keys.length } };
    const stamp = new Date(now).toISOString();
    let key = `${RESCUE_PREFIX}${stamp}`;
    for (let i = 2; storage.getItem(key) !== null; i++) key = `${RESCUE_PREFIX}${stamp}-${i}`;
    storage.setItem(key, text);
    return { kept: true, key, earlier: false };
  } catch (error) {
    return { kept: false, failure: writeFailureOf(error) };
  }
}

// Scenario objects are never changed, only replaced: each one's JSON is written once and reused, so an
// autosave after an edit serialises the edited scenario, not the whole workshop (a large share of the
// save's time, and a task that competed with a running Monte Carlo).
const scenarioJsonCache = new WeakMap<Scenario, string>();

/** Returns a scenario's JSON, written once per scenario object. */
export function jsonOf(scenario: Scenario): string {
  let text = scenarioJsonCache.get(scenario);
  if (text === undefined) {
    text = JSON.stringify(scenario);
    scenarioJsonCache.set(scenario, text);
  }
  return text;
}

/** The workshop's JSON, from the scenarios' kept JSON. */
function workshopJson(workshop: Workshop): string {
  const { scenarios, ...rest } = workshop;
  const head = JSON.stringify(rest).slice(1, -1);
  return `{${head}${head ? ',' : ''}"scenarios":[${scenarios.map(jsonOf).join(',')}]}`;
}

/** Writes a revision in the fixed form storedRevision reads. */
function revisionJson(revision: Revision): string {
  return `{"n":${revision.n},"tab":${JSON.stringify(revision.tab)},"at":${revision.at},"doc":${JSON.stringify(revision.doc)}}`;
}

/**
 * Returns the session as JSON: what `JSON.stringify(session)` gives, built from the workshop's kept
 * parts, with the revision (if given) first.
 */
export function sessionJson(session: PersistedSession, revision?: Revision): string {
  const { workshop, ...rest } = session;
  const tail = JSON.stringify(rest).slice(1, -1);
  const head = revision ? `"revision":${revisionJson(revision)},` : '';
  return `{${head}"workshop":${workshopJson(workshop)}${tail ? ',' : ''}${tail}}`;
}

/** Returns the part of the state kept in the browser. */
export function sessionOf(state: WorkbenchState): PersistedSession {
  return {
    workshop: state.workshop,
    selectedId: state.selectedId,
    visibleIds: state.visibleIds,
    locale: state.locale,
    chartMode: state.chartMode,
    comparison: state.comparison,
    byClass: state.byClass,
    dirty: state.dirty,
    presentLevers: state.presentLevers,
    yearCalendar: state.yearCalendar,
  };
}

/** Writes the session now, with a revision if given; says whether it was written and, if not, why. */
export function writeSession(storage: Storage | undefined, store: WorkbenchStore, revision?: Revision): WriteOutcome {
  if (!storage) return { ok: false, failure: { code: 'unavailable' } };
  const text = sessionJson(sessionOf(store.getState()), revision);
  if (text.length > MAX_SESSION_CHARS) return { ok: false, failure: { code: 'too-large', size: text.length, max: MAX_SESSION_CHARS } };
  try {
    storage.setItem(SESSION_KEY, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: writeFailureOf(error) };
  }
}
