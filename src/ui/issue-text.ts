/**
 * Turns a file or field problem into the reader's language: `PATH: message`.
 */
import type { MessageKey, Translator } from '../i18n';
import { oneLine, type LoadIssue } from '../scenario';

/** Formats one problem in the reader's language. */
export function formatIssueText(tr: Translator, issue: LoadIssue): string {
  const key = `issue.${issue.code}`;
  const message = tr.has(key) ? tr.t(key as MessageKey, issue.params) : issue.code;
  return oneLine(`${issue.path}: ${message}`);
}
