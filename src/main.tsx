// First: before any of the file schemas is built.
import './no-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadFormulaParser } from './engine';
import { applyLocaleToDocument, isLocale, loadCatalog, LOCALES, preferredLocale, translatorFor } from './i18n';
import { readShippedWorkshop, type LoadResult, type Workshop } from './scenario';
import { createWorkbenchStore, openSavedSession, shareValueFrom, startSessionGuard, warmUpEngine } from './state';
import { App } from './ui/App';
import { StoreContext } from './ui/context';
import { openShareLink, shippedWorkshopBytes } from './ui/export/share-link';
import { formatIssueText } from './ui/issue-text';
import shipped from 'virtual:shipped-workshop';

/** Fetches the shipped default workshop and reads it through the file checks (src/scenario/shipped.ts). */
async function loadShippedWorkshop(): Promise<LoadResult> {
  return readShippedWorkshop(await shippedWorkshopBytes(), shipped);
}

/**
 * Starts the app: the autosaved session if there is one, else the default workshop; then a share link if
 * the address has one. The language's catalog loads meanwhile.
 */
async function start() {
  performance.mark('app:start');
  // The preloaded faces are decoded while the first screen renders; left to its first layout, they
  // arrived after it and every text was laid out again.
  document.fonts.forEach((face) => {
    if (face.status === 'unloaded' && /vazirmatn/i.test(face.family)) void face.load();
  });
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  })();
  // A saved session that cannot be opened is kept under a rescue key first; the notice says why.
  let opened = openSavedSession(storage);
  // A session holding a formula is opened once the formula parser is here (it is not in the first download).
  if (opened.needsFormulaParser) {
    await loadFormulaParser();
    opened = openSavedSession(storage);
  }
  const saved = opened.session;
  const langParam = new URLSearchParams(window.location.search).get('lang');
  const locale = isLocale(langParam) ? langParam : saved?.locale ?? preferredLocale(navigator.languages ?? [navigator.language]);
  const catalog = loadCatalog(locale);
  performance.mark('app:catalog-requested');
  const container = document.getElementById('root');
  if (!container) return;
  let workshop: Workshop;
  if (saved) workshop = saved.workshop;
  else {
    const read = await loadShippedWorkshop();
    if (!read.ok || read.file.kind !== 'workshop') {
      // Only a copy of the app whose workshop file was altered after the build gets here: say so, open nothing.
      await catalog;
      const tr = translatorFor(locale);
      applyLocaleToDocument(locale);
      const problem = read.ok ? '(file): a scenario, not a workshop' : formatIssueText(tr, read.issues[0]);
      const alert = Object.assign(document.createElement('p'), { textContent: tr.t('app.shippedInvalid', { problem }) });
      alert.setAttribute('role', 'alert');
      container.replaceChildren(alert);
      return;
    }
    workshop = read.file.workshop;
  }
  const store = createWorkbenchStore(workshop, locale);
  if (saved) store.getState().restoreSession({ ...saved, locale });
  // The workshop the browser copy stands for (the restored one, or the default when there is none): a
  // workshop opened from a link below is an edit not saved yet.
  const savedWorkshop = store.getState().workshop;

  /** Opens the workshop a share link carries (if the address has one), then takes it out of the address. */
  const openSharedLink = async () => {
    if (!(await openShareLink(store, window.location.hash))) return;
    // The link has been read: a reload must bring back the autosaved session, not the link again.
    const url = new URL(window.location.href);
    url.hash = '';
    window.history.replaceState(null, '', url);
  };
  await openSharedLink();
  // A link pasted into the address bar of a tab that already shows the app changes only the fragment.
  window.addEventListener('hashchange', () => void openSharedLink());

  performance.mark('app:store');
  await catalog;
  performance.mark('app:catalog');
  startSessionGuard(store, storage, opened, { savedWorkshop });
  // An edit after sharing takes the old link out of the address bar.
  store.subscribe((state, previous) => {
    if (state.workshop !== previous.workshop && shareValueFrom(window.location.hash) !== null) {
      const url = new URL(window.location.href);
      url.hash = '';
      window.history.replaceState(null, '', url);
    }
  });

  // The other language loads when the page is idle, so that the switch answers at once.
  const later = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 500));
  later(() => LOCALES.forEach((l) => void loadCatalog(l)));
  // The engine gets compiled before the room's first drag: a few rounds per idle moment, none long.
  let warmRounds = 60;
  const warm = (deadline?: IdleDeadline) => {
    const { workshop, selectedId } = store.getState();
    const scenarios = workshop.scenarios.filter((s) => s.id === selectedId);
    for (let done = 0; warmRounds > 0 && (deadline ? deadline.timeRemaining() > 4 : done < 5); done++) {
      warmUpEngine(scenarios, 1);
      warmRounds--;
    }
    if (warmRounds > 0) later(warm);
  };
  later(warm);
  // The first paint in the reader's direction (the App keeps it in step with later switches).
  applyLocaleToDocument(locale);
  createRoot(container).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
}

// The presenter view of workshop mode, a second window, holds no workshop of its own (ui/present/PresenterWindow.tsx).
const presenterSession = new URLSearchParams(window.location.search).get('presenter');
if (presenterSession !== null) void import('./ui/present/PresenterWindow').then((m) => m.startPresenterWindow(presenterSession));
else void start();
