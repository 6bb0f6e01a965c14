/**
 * Problems found in a file: a JSON path, a code and its parameters. The command line prints them in
 * English (messages.ts); the app translates the same codes.
 */

/** The path used for problems with the file as a whole (size, JSON syntax). */
export const FILE_PATH = '(file)';

import type { IssueCode } from './messages';

/** One problem with a file. */
export interface LoadIssue {
  readonly path: string;
  readonly code: IssueCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Joins path segments as MODEL.md 7 writes them: `economy.classes[0].firms`, `scenarios[1].policy`. */
export function joinPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    else if (/[\s"\\\u0000-\u001f\u2028\u2029]/.test(String(s))) out += `[${JSON.stringify(String(s))}]`;
    else out += out === '' ? String(s) : `.${String(s)}`;
  }
  return out === '' ? FILE_PATH : out;
}

/** Prefixes a problem's path (a scenario's problems inside a workshop). */
export function withPrefix(prefix: string, issue: LoadIssue): LoadIssue {
  if (prefix === '') return issue;
  const path = issue.path === FILE_PATH ? prefix : issue.path.startsWith('[') ? `${prefix}${issue.path}` : `${prefix}.${issue.path}`;
  return { ...issue, path };
}
