/**
 * Turns a file or field problem into the reader's language: `PATH: message`. English is the file
 * format's own text (src/scenario/messages.ts); other languages come from their catalogs.
 */
import type { Translator } from '../i18n';
import { englishMessage, oneLine, type LoadIssue } from '../scenario';

/** Returns one problem's message (without its path) in the reader's language. */
export function issueMessage(tr: Translator, issue: LoadIssue): string {
  return tr.issue(issue.code, issue.params) ?? englishMessage(issue);
}

/** Formats one problem in the reader's language. */
export function formatIssueText(tr: Translator, issue: LoadIssue): string {
  return oneLine(`${issue.path}: ${issueMessage(tr, issue)}`);
}
