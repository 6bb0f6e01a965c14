/**
 * The presenter view: a second window, on the facilitator's screen, kept in step with workshop mode
 * projected in the first. It shows the notes, the step on screen and the next one, the time since
 * workshop mode opened, and moves both windows. It holds no workshop: everything comes from the
 * channel (presenter-channel.ts), so that the first window alone edits and saves the session.
 */
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { applyLocaleToDocument, isLocale, loadCatalog, preferredLocale, translatorFor, type Locale, type Translator } from '../../i18n';
import { fromSlides, openPresenterChannel, readMessage, type FromPresenter, type SlidesState } from './presenter-channel';
import { clockText } from './steps';
import '../fonts.css';
import '../styles.css';

type Link = { kind: 'waiting' } | { kind: 'live'; state: SlidesState } | { kind: 'closed' } | { kind: 'no-channel' };

function PresenterWindow({ sessionId, firstLocale }: { sessionId: string; firstLocale: Locale }) {
  const [link, setLink] = useState<Link>(() => (typeof BroadcastChannel === 'function' ? { kind: 'waiting' } : { kind: 'no-channel' }));
  const [tr, setTr] = useState<Translator>(() => translatorFor(firstLocale));
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const opened = openPresenterChannel();
    channel.current = opened;
    if (!opened) return;
    opened.onmessage = (event: MessageEvent) => {
      const message = readMessage(fromSlides, event.data, sessionId);
      if (!message) return;
      setLink(message.kind === 'closed' ? { kind: 'closed' } : { kind: 'live', state: message });
    };
    opened.postMessage({ kind: 'hello', session: sessionId } satisfies FromPresenter);
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [sessionId]);

  // The language follows workshop mode's (its catalog loaded first).
  const locale = link.kind === 'live' ? link.state.locale : tr.locale;
  useEffect(() => {
    if (locale === tr.locale) return;
    let current = true;
    void loadCatalog(locale).then(() => {
      if (!current) return;
      applyLocaleToDocument(locale);
      setTr(translatorFor(locale));
    });
    return () => {
      current = false;
    };
  }, [locale, tr.locale]);

  useEffect(() => {
    document.title = tr.t('present.presenter.title');
  }, [tr]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const live = link.kind === 'live' ? link.state : null;
  const go = (to: 'next' | 'previous') => channel.current?.postMessage({ kind: 'go', session: sessionId, to } satisfies FromPresenter);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || !live) return;
      if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) return;
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(event.key)) {
        event.preventDefault();
        go('next');
      } else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(event.key)) {
        event.preventDefault();
        go('previous');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="presenter" data-mode="presenter" data-link={link.kind} data-step={live?.step}>
      <header className="presenter-bar">
        <h1>{live ? live.title || tr.t('present.presenter.title') : tr.t('present.presenter.title')}</h1>
        {live ? (
          <span className="present-timer presenter-timer" role="timer" aria-label={tr.t('present.timer')}>
            {clockText(tr, (now - live.startedAt) / 1000)}
          </span>
        ) : null}
      </header>
      {link.kind !== 'live' ? (
        <p className="presenter-status" role="status">
          {tr.t(link.kind === 'closed' ? 'present.presenter.closed' : link.kind === 'no-channel' ? 'present.presenter.noChannel' : 'present.presenter.waiting')}
        </p>
      ) : null}
      {live ? (
        <>
          <div className="presenter-steps">
            <section className="presenter-current" aria-labelledby="presenter-current">
              <h2 id="presenter-current">{tr.t('present.step', { n: live.step + 1, count: live.count })}</h2>
              <p dir="auto">{live.current}</p>
            </section>
            <section className="presenter-next" aria-labelledby="presenter-next">
              <h2 id="presenter-next">{tr.t('present.presenter.next')}</h2>
              <p dir="auto">{live.next ?? tr.t('present.lastStep')}</p>
            </section>
          </div>
          <nav className="presenter-moves" aria-label={tr.t('present.presenter.moves')}>
            <button type="button" data-action="present-previous" onClick={() => go('previous')} disabled={live.step === 0}>
              {tr.t('present.previous')}
            </button>
            <button type="button" data-action="present-next" onClick={() => go('next')} disabled={live.step >= live.count - 1}>
              {tr.t('present.next')}
            </button>
          </nav>
          <section className="presenter-notes" aria-labelledby="presenter-notes">
            <h2 id="presenter-notes">{tr.t('present.notes')}</h2>
            <p dir="auto">{live.notes}</p>
          </section>
        </>
      ) : null}
    </div>
  );
}

/** Starts the page as the presenter window of workshop mode session `sessionId`. */
export async function startPresenterWindow(sessionId: string): Promise<void> {
  const langParam = new URLSearchParams(window.location.search).get('lang');
  const locale = isLocale(langParam) ? langParam : preferredLocale(navigator.languages ?? [navigator.language]);
  await loadCatalog(locale);
  applyLocaleToDocument(locale);
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <StrictMode>
      <PresenterWindow sessionId={sessionId} firstLocale={locale} />
    </StrictMode>,
  );
}
