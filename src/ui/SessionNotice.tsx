import { useState } from 'react';
import type { Translator } from '../i18n';
import { sessionGuardOf, useSessionStatus, type ReloadBrings, type RescueFailure, type RescueNotice, type UnreadableReason, type WriteFailure } from '../state';
import { runCommand } from './actions';
import { useAppStore, useTranslator } from './context';
import { downloadText, fileNameFor } from './files';
import { formatIssueText } from './issue-text';

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A time of day in the reader's language (Persian digits in Persian). */
function timeText(tr: Translator, at: number): string {
  let format = timeFormats.get(tr.locale);
  if (!format) {
    format = new Intl.DateTimeFormat(tr.locale === 'fa' ? 'fa-IR' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    timeFormats.set(tr.locale, format);
  }
  return format.format(at);
}

/** Why a write failed, as the end of a sentence. Sizes are exact: a rounded count would not match the limit. */
function failureText(tr: Translator, failure: WriteFailure | RescueFailure): string {
  switch (failure.code) {
    case 'quota':
      return tr.t('session.failure.quota');
    case 'denied':
      return tr.t('session.failure.denied');
    case 'unavailable':
      return tr.t('session.failure.unavailable');
    case 'too-large':
      return tr.t('session.failure.tooLarge', { size: tr.integer(failure.size), max: tr.integer(failure.max) });
    case 'slots-full':
      return tr.t('session.failure.slotsFull', { count: tr.integer(failure.count) });
    case 'error':
      return tr.t('session.failure.error', { detail: failure.detail });
  }
}

function reasonText(tr: Translator, reason: UnreadableReason): string {
  switch (reason.code) {
    case 'storage-error':
      return tr.t('session.rescued.storageError', { detail: reason.detail });
    case 'not-json':
      return tr.t('session.rescued.notJson', { detail: reason.detail });
    case 'invalid':
      return tr.t('session.rescued.invalid');
    case 'too-large':
      return tr.t('session.rescued.tooLarge', { size: tr.integer(reason.size), max: tr.integer(reason.max) });
  }
}

function reloadText(tr: Translator, brings: ReloadBrings): string {
  if (brings.kind === 'default') return tr.t('session.notSaved.reloadDefault');
  return brings.at === null ? tr.t('session.notSaved.reloadEarlier') : tr.t('session.notSaved.reloadAt', { time: timeText(tr, brings.at) });
}

/** Offers the unreadable text as a file: JSON if it reads as JSON, plain text otherwise. */
function downloadRescued(rescue: RescueNotice, text: string): void {
  const json = rescue.reason.code !== 'not-json';
  const stamp = new Date(rescue.at).toISOString();
  downloadText(fileNameFor(`unreadable session ${stamp}`, json ? 'json' : 'txt'), text, json ? 'application/json' : 'text/plain');
}

/**
 * What the app tells about the browser copy of the session (see state/session-guard.ts): a saved
 * session that could not be opened, a save that failed, a change made in another tab. Each stays until
 * it no longer holds or the user acts on it.
 */
export function SessionNotice() {
  const tr = useTranslator();
  const store = useAppStore();
  const status = useSessionStatus(store);
  const guard = sessionGuardOf(store);
  const [fileMessage, setFileMessage] = useState<string | null>(null);
  const { rescue, notSaved, otherTab, followed, savedAgain } = status;
  const rescuedText = rescue?.text ?? null;

  return (
    <>
      {rescue ? (
        <div className="alert session-notice" role="alert" data-session-notice="rescued" data-reason={rescue.reason.code}>
          <p className="session-notice-title">
            <strong>{tr.t('session.rescued.title')}</strong>
          </p>
          <p>{reasonText(tr, rescue.reason)}</p>
          {rescue.reason.code === 'invalid' ? (
            <ul className="alert-issues" dir="auto">
              {rescue.reason.issues.map((issue, i) => (
                <li key={i}>
                  <code dir="ltr">{issue.path}</code>: {formatIssueText(tr, issue).slice(issue.path.length + 2)}
                </li>
              ))}
            </ul>
          ) : null}
          {rescue.keptKey !== null ? (
            <p>
              {tr.t('session.rescued.kept')} <code dir="ltr">{rescue.keptKey}</code>
            </p>
          ) : rescue.notKept !== null ? (
            <p>{tr.t(rescue.downloaded ? 'session.rescued.notKeptDownloaded' : 'session.rescued.notKept', { reason: failureText(tr, rescue.notKept) })}</p>
          ) : rescue.holdsSaves ? (
            <p>{tr.t('session.rescued.held')}</p>
          ) : null}
          <div className="session-notice-actions">
            {rescuedText !== null ? (
              <button
                type="button"
                className="primary"
                data-action="download-rescued-session"
                onClick={() => {
                  downloadRescued(rescue, rescuedText);
                  guard?.rescueDownloaded();
                }}
              >
                {tr.t(rescue.downloaded ? 'session.rescued.downloadAgain' : 'session.rescued.download')}
              </button>
            ) : null}
            <button type="button" data-action="dismiss-rescued-session" onClick={() => guard?.dismissRescue()}>
              {tr.t('action.dismiss')}
            </button>
          </div>
        </div>
      ) : null}
      {otherTab || notSaved ? (
        // Kept in view while the user scrolls and edits: these say that edits are not being saved.
        <div className="session-toasts">
          {otherTab ? (
            <div className="alert session-notice" role="alert" data-session-notice="other-tab">
              <p className="session-notice-title">
                <strong>{tr.t('session.otherTab.title', { time: timeText(tr, otherTab.at) })}</strong>
              </p>
              <p>{tr.t('session.otherTab.body')}</p>
              <div className="session-notice-actions">
                <button type="button" className="primary" data-action="take-other-tab" onClick={() => guard?.takeTheirs()}>
                  {tr.t('session.otherTab.reload')}
                </button>
                <button type="button" data-action="keep-this-tab" onClick={() => guard?.keepMine()}>
                  {tr.t('session.otherTab.keepMine')}
                </button>
              </div>
            </div>
          ) : null}
          {notSaved ? (
            <div className="alert session-notice" role="alert" data-session-notice="not-saved" data-reason={notSaved.failure.code}>
              <p className="session-notice-title">
                <strong>{tr.t('session.notSaved', { reason: failureText(tr, notSaved.failure) })}</strong>
              </p>
              <p>{reloadText(tr, notSaved.reloadBrings)}</p>
              <div className="session-notice-actions">
                <button type="button" className="primary" data-action="session-save-workshop" onClick={() => void runCommand(store, 'save-workshop').then(setFileMessage)}>
                  {tr.t('action.saveWorkshop')}
                </button>
                {fileMessage !== null ? <span className="session-notice-done">{fileMessage}</span> : null}
              </div>
            </div>
          ) : null}
        </div>
      ) : null}
      <p className="status session-status" role="status" data-session-notice={followed ? 'followed' : savedAgain ? 'saved-again' : undefined}>
        {followed ? tr.t('session.followed', { time: timeText(tr, followed.at) }) : savedAgain ? tr.t('session.savedAgain') : null}
        {followed || savedAgain ? (
          <button type="button" className="session-status-close" data-action="dismiss-session-status" onClick={() => guard?.dismissInfo()}>
            {tr.t('action.dismiss')}
          </button>
        ) : null}
      </p>
    </>
  );
}
