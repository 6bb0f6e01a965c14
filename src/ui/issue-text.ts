/**
 * Turns a file or field problem into the reader's language: `PATH: message`. English is the file
 * format's own text (src/scenario/messages.ts); other languages come from their catalogs.
 */
import type { Translator } from '../i18n';
import { englishMessage, oneLine, type LoadIssue } from '../scenario';

// Counts of bytes and characters are written with the reader's digit grouping in the app (the command
// line prints them bare): a 1,048,577-byte file reads at a glance. Years and ids are left alone.
const COUNT_PARAMS = new Set(['size', 'max', 'length']);

function withGroupedCounts(tr: Translator, issue: LoadIssue): LoadIssue {
  if (!issue.params) return issue;
  const params: Record<string, string | number> = { ...issue.params };
  for (const [name, value] of Object.entries(params)) {
    if (COUNT_PARAMS.has(name) && typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 10000) params[name] = tr.number(value, 16);
  }
  return { ...issue, params };
}

/** Returns one problem's message (without its path) in the reader's language. */
export function issueMessage(tr: Translator, issue: LoadIssue): string {
  return tr.issue(issue.code, issue.params) ?? englishMessage(withGroupedCounts(tr, issue));
}

/** Formats one problem in the reader's language. */
export function formatIssueText(tr: Translator, issue: LoadIssue): string {
  return oneLine(`${issue.path}: ${issueMessage(tr, issue)}`);
}
