/**
 * The English messages for file problems, one line each: `PATH: message`: the one place they are
 * written (the command line prints them, the app shows them in English). The closed set of problem
 * codes is the keys of this table; the Persian catalog translates each (a test checks it does).
 */
import type { EngineIssueCode } from '../engine';
import type { LoadIssue } from './issues';

type Params = Readonly<Record<string, string | number>>;

const p = (params: Params | undefined, key: string): string => String(params?.[key] ?? '?');

const num = (value: string | number | undefined): string => {
  if (typeof value !== 'number') return String(value ?? '?');
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
};

const MESSAGES = {
  'too-large': (x) => `the file is ${p(x, 'size')} bytes; at most ${p(x, 'max')} bytes (1 MiB) are allowed`,
  'not-utf8-utf16': (x) => `the file is not ${p(x, 'wanted')} text (it looks like ${p(x, 'found')}); save it as ${p(x, 'wanted')}`,
  'not-utf8': (x) => `the file is not ${p(x, 'wanted')} text (byte ${p(x, 'byte')}, on line ${p(x, 'line')}, is not ${p(x, 'wanted')}); save it as ${p(x, 'wanted')}`,
  'invalid-json': (x) => `not valid JSON (${p(x, 'detail')})`,
  'not-an-object': () => 'expected a JSON object { ... }',
  'forbidden-key': (x) => `the key "${p(x, 'key')}" is not allowed in a scenario file`,
  'too-deep': (x) => `nested more than ${p(x, 'max')} levels deep`,
  'unknown-format': (x) => `unknown format ${p(x, 'value')}; expected "sme-credit-scenario" or "sme-credit-workshop"`,
  'missing-format': () => 'missing: expected "sme-credit-scenario" or "sme-credit-workshop"',
  'version-too-new': (x) => `version ${p(x, 'value')} is newer than this app reads (up to ${p(x, 'max')}); update the app`,
  'version-too-old': (x) => `version ${p(x, 'value')} does not exist; versions start at 1`,
  'version-newer-than-workshop': (x) => `version ${p(x, 'value')} is newer than the workshop's version ${p(x, 'max')}; a scenario in a workshop may be older than the workshop, never newer`,
  'bad-version': (x) => `expected a whole number (the file format version, 1 to ${p(x, 'max')})`,
  'field-of-newer-version': (x) => `this field is new in version ${p(x, 'since')}; a version-${p(x, 'version')} file cannot use it (write the file as version ${p(x, 'since')})`,
  'array-needs-newer-version': (x) => `a row of yearly values is new in version ${p(x, 'since')}; in a version-${p(x, 'version')} file give a number or a formula in t`,
  'text-too-long': (x) => `has ${p(x, 'length')} characters; at most ${p(x, 'max')} are allowed`,
  'text-control-character': () => 'contains a control character (only tabs and line breaks are allowed, and only in descriptions and notes)',
  'text-direction-override': () => 'contains a text-direction override or isolate (U+202A-U+202E, U+2066-U+2069), which could make the text read as something else',
  'npl-ratio-every-class': () => 'missing: give nplRatio for every class or for none',
  'run-not-finite': (x) => `scenario "${p(x, 'scenario')}" cannot be projected: ${p(x, 'series')} of ${p(x, 'class')} is not a finite number in year t = ${p(x, 'year')}; the numbers are too large or the paths too extreme`,
  required: (x) => `required (${p(x, 'expected')})`,
  'wrong-type': (x) => `expected ${p(x, 'expected')}`,
  'unknown-field': (x) => `unknown field (allowed here: ${p(x, 'allowed')})`,
  'out-of-range': (x) => `${num(x?.value)} is out of range; allowed ${num(x?.min)} to ${num(x?.max)}`,
  'must-be-positive': (x) => `${num(x?.value)} is not allowed; must be greater than 0`,
  'must-be-non-negative': (x) => `${num(x?.value)} is not allowed; must be 0 or more`,
  'must-be-integer': (x) => `${num(x?.value)} is not allowed; must be a whole number`,
  'array-size': (x) => `has ${p(x, 'count')} items; allowed ${p(x, 'min')} to ${p(x, 'max')}`,
  'invalid-value': (x) => `${p(x, 'value')} is not allowed; expected ${p(x, 'allowed')}`,
  'bad-id': (x) => `"${p(x, 'value')}" is not a valid id; use lower-case letters and digits in words joined by "-", starting with a letter (e.g. "small-firms")`,
  'reserved-id': () => '"total" is reserved for the sum over classes; choose another id',
  'empty-text': () => 'must not be empty',
  'needs-a-language': () => 'give at least one language: "en" or "fa"',
  'duplicate-id': (x) => `duplicate id "${p(x, 'value')}"; ids must be unique`,
  'missing-class': () => 'missing: a per-class object must name every class',
  'unknown-class': (x) => `"${p(x, 'value')}" is not a class of this economy`,
  'required-for-class-count': (x) =>
    `required: the default has four values (micro, small, medium, large) and applies only to four classes; this economy has ${p(x, 'classes')}`,
  'empty-list': () => 'must name at least one class',
  'no-donor-left': () => 'no class is left to give credit: every class is a recipient',
  'no-recipient-left': () => 'no class is left to receive credit',
  'donor-also-recipient': (x) => `"${p(x, 'value')}" is both a donor and a recipient; the two lists must not overlap`,
  'not-a-recipient': (x) => `"${p(x, 'value')}" is not a recipient; weights name every recipient and no other class`,
  'weights-sum-zero': () => 'the recipient weights must add up to more than 0',
  'reallocation-above-donor-share': (x) =>
    `${num(x?.value)} moves all the donors' credit or more; allowed 0 up to, but not including, ${num(x?.max)} (the donors' base-year share of credit)`,
  'expression-syntax': (x) => `the expression cannot be read: ${p(x, 'detail')}`,
  'expression-forbidden': (x) => `the expression uses ${p(x, 'detail')}, which is not allowed; allowed: numbers, t, H, e, pi, + - * / ^, comparisons, a ? b : c, exp log sqrt abs floor ceil round pow min max`,
  'expression-invalid': () => 'the expression is not allowed (see the first field that uses it)',
  'expression-not-finite': (x) => `the expression gives ${p(x, 'value')} in year t = ${p(x, 'year')}; it must give a finite number every year`,
  'out-of-range-in-year': (x) => `the expression gives ${num(x?.value)} in year t = ${p(x, 'year')}; allowed ${num(x?.min)} to ${num(x?.max)} every year`,
  'unknown-parameter': (x) => `"${p(x, 'value')}" names no numeric assumption or lever that can be uncertain`,
  'needs-class': (x) => `"${p(x, 'value')}" is per class; name one class, e.g. "${p(x, 'value')}.${p(x, 'example')}"`,
  'expression-cannot-vary': (x) => `"${p(x, 'value')}" is given as a formula or a row of yearly values; only a single number can be uncertain`,
  'duplicate-param': (x) => `"${p(x, 'value')}" is already uncertain in an earlier entry; each parameter at most once`,
  'low-above-high': (x) => `low ${num(x?.low)} is above high ${num(x?.high)}`,
  'bound-out-of-range': (x) => `${num(x?.value)} is outside the parameter's range ${num(x?.min)} to ${num(x?.max)}`,
  'bound-at-donor-share': (x) => `${num(x?.value)} must stay below ${num(x?.max)} (the donors' base-year share of credit)`,
  'mode-required': () => 'required for a triangular distribution (a value between low and high)',
  'mode-outside': (x) => `${num(x?.value)} must lie between low ${num(x?.low)} and high ${num(x?.high)}`,
  'sd-required': () => 'required for a normal distribution: a standard deviation greater than 0',
  'sd-not-positive': (x) => `${num(x?.value)} is not allowed; the standard deviation must be greater than 0`,
  'path-not-found': (x) => `"${p(x, 'value')}" names no number in this file`,
  'source-required': () => 'data needs "source": the index of its entry in "sources"',
  'source-not-found': (x) => `source ${p(x, 'value')} does not exist; this file has ${p(x, 'count')} sources (0 to ${p(x, 'last')})`,
  'no-sources': (x) => `source ${p(x, 'value')} does not exist; this file has no "sources" list`,
  'unknown-reference': (x) => `"${p(x, 'value')}" is not the id of a scenario in this workshop`,
  'link-not-base64': () => 'the link has characters a share link never has, or ends mid-character: it was cut or altered; copy the whole link again',
  'link-cut': () => 'the link is cut or altered (chat and mail clients cut long links); copy the whole link again, or ask for the workshop file',
  'link-too-large': (x) => `the link unpacks to more than ${p(x, 'max')} bytes (the file size limit)`,
  'link-newer': (x) => `the link was made by a newer version of the app (link format ${p(x, 'value')}; this app reads up to ${p(x, 'max')}); update the app`,
  'link-not-ours': () => 'the link holds no changes to the workshop this app ships; it was altered',
  'link-other-base': () => "the link changes another edition of the app's workshop than the one this app ships; ask for the workshop file instead",
  'link-unknown-scenario': (x) => `"${p(x, 'value')}" is not a scenario of the workshop this app ships; the link was altered or made by another edition of the app`,
  'link-bad-change': (x) => `the change at "${p(x, 'value')}" does not fit the workshop this app ships; the link was altered`,
  'link-no-base': () => "the app's own workshop, which the link changes, could not be loaded; reload the page and open the link again",
  invalid: (x) => p(x, 'detail'),
} satisfies Record<string, (params: Params | undefined) => string>;

/** The closed set of problem codes a file, a field or a run can have. */
export type IssueCode = keyof typeof MESSAGES;

// Every code the engine can give has its English message here: a compile error names one that has none.
type EngineCodesWithoutMessage = Exclude<EngineIssueCode, IssueCode>;
const everyEngineCodeHasAMessage: [EngineCodesWithoutMessage] extends [never] ? true : EngineCodesWithoutMessage = true;
void everyEngineCodeHasAMessage;

/** Returns the English message of a problem (without its path). */
export function englishMessage(issue: LoadIssue): string {
  return oneLine(Object.hasOwn(MESSAGES, issue.code) ? MESSAGES[issue.code](issue.params) : issue.code);
}

/** Escapes line breaks and other control characters, so that one problem is always one line. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  return text.replace(/[\u0000-\u001f\u2028\u2029]/g, (c) => JSON.stringify(c).slice(1, -1));
}

/** Formats one problem as `PATH: message`. */
export function formatIssue(issue: LoadIssue): string {
  return oneLine(`${issue.path}: ${englishMessage(issue)}`);
}

/** Lists the problem codes (the Persian catalog must cover each). */
export const ISSUE_CODES = Object.keys(MESSAGES) as IssueCode[];
