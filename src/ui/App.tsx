import { lazy, startTransition, Suspense, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { applyLocaleToDocument } from '../i18n';
import { openUserFile, runCommand } from './actions';
import { AlertRegion } from './AlertRegion';
import { MigrationNotice } from './MigrationNotice';
import { ChartsArea } from './charts/ChartsArea';
import { commandForKey } from './commands';
import { useApp, useAppStore, useTranslator } from './context';
import { ControlsPanel } from './controls/ControlsPanel';
import { afterNextPaint, ChartsWidthContext, FirstScreenContext, READY_ATTRIBUTE } from './first-screen';
import { Header } from './Header';
import { ShareDialog } from './export/ShareDialog';
import { ScenarioBar } from './ScenarioBar';
import { Scoreboard } from './Scoreboard';
import { SessionNotice } from './SessionNotice';
import { ChangeNotice } from './ChangeNotice';
import Handout from './Handout';
import './fonts.css';

// Workshop mode is loaded when first used: it is not part of the first render.
const PresentMode = lazy(() => import('./present/PresentMode'));
// The decision aids (Monte Carlo in a Worker, tornado, waterfall, goal seek, bank view) load after the first render.
const DecisionPanel = lazy(() => import('./decision/DecisionPanel'));
// The handout is in the first download (a few kB): the print dialog, and a PDF printer, lay the page
// out right after `beforeprint`, with no time to fetch a chunk, so a handout still loading would print
// a blank page. It is drawn only while printing.
import './styles.css';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && !['range', 'checkbox', 'radio', 'button', 'file'].includes(target.type);
}

/**
 * The skip link's target: the slider of credit moved, its group opened if it was closed (a keyboard
 * reader reaches the main lever with one Tab and Enter instead of forty Tabs).
 */
function focusMainLever(event: { preventDefault(): void }) {
  const lever = document.querySelector<HTMLInputElement>('.controls input[type="range"][data-param="policy.reallocation"]');
  if (!lever) return;
  event.preventDefault();
  for (let group = lever.closest('details'); group; group = group.parentElement?.closest('details') ?? null) group.open = true;
  lever.focus();
  lever.scrollIntoView({ block: 'center' });
}

/**
 * The page's frame alone, as the workbench lays it out (the same classes): what the App commits first, to
 * measure the charts' width in a layout of a few elements (see ChartsWidthContext). It is as tall as the
 * page once drawn is, taller than the window: where scrollbars take room, the width is measured beside one.
 */
const FRAME_HEIGHT = { minBlockSize: 'calc(100vh + 1px)' } as const;
function PageFrame({ chartsRef }: { chartsRef: RefObject<HTMLElement | null> }) {
  return (
    <div className="app" aria-hidden="true" style={FRAME_HEIGHT}>
      <main className="workbench">
        <section className="controls" />
        <div className="results-column">
          <section className="scoreboard" />
          <section className="charts" ref={chartsRef} />
        </div>
      </main>
    </div>
  );
}

/** The workbench: header, scenarios, scoreboard, controls at the inline start, charts. */
export function App() {
  const tr = useTranslator();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const presenting = useApp((s) => s.presenting);
  const [status, setStatus] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [printing, setPrinting] = useState(false);
  // The first commit is the page's frame, which gives the charts' width; the next, before any paint,
  // draws the first screen; the rest of the page follows once it is painted.
  const chartsFrame = useRef<HTMLElement>(null);
  const [chartsWidth, setChartsWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (chartsWidth === null && chartsFrame.current) setChartsWidth(Math.floor(chartsFrame.current.getBoundingClientRect().width));
  }, [chartsWidth]);
  const [firstScreenOnly, setFirstScreenOnly] = useState(true);
  useEffect(() => afterNextPaint(() => startTransition(() => setFirstScreenOnly(false))), []);
  useEffect(() => {
    if (firstScreenOnly) return;
    return afterNextPaint(() => {
      document.documentElement.setAttribute(READY_ATTRIBUTE, 'charts');
      performance.mark('app:charts-painted');
    });
  }, [firstScreenOnly]);

  // The handout exists only while printing (Ctrl+P or the print button): the screen never pays for it.
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  useEffect(() => {
    applyLocaleToDocument(locale);
    // The address keeps the language, so that a reload, a bookmark or a copied address opens in it.
    const url = new URL(window.location.href);
    if (url.searchParams.get('lang') !== locale) {
      url.searchParams.set('lang', locale);
      window.history.replaceState(window.history.state, '', url);
    }
  }, [locale]);
  useEffect(() => {
    document.title = tr.t('app.title');
  }, [tr]);

  // Keyboard shortcuts: the same commands as the header's buttons.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (store.getState().presenting) return;
      const id = commandForKey(event);
      if (!id) return;
      // Inside a text field, undo and redo belong to the field.
      if ((id === 'undo' || id === 'redo') && isTextEntry(event.target)) return;
      event.preventDefault();
      if (id === 'open') document.querySelector<HTMLInputElement>('[data-action="open-file-input"]')?.click();
      else void runCommand(store, id).then(setStatus);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  // Drop a file anywhere on the page to open it.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files?.[0];
      if (file) void openUserFile(store, file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [store]);

  // A warning before leaving with changes not saved to a file.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!store.getState().dirty) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);

  if (chartsWidth === null) return <PageFrame chartsRef={chartsFrame} />;
  return (
    <ChartsWidthContext.Provider value={chartsWidth}>
    {presenting ? (
      <Suspense fallback={<p className="loading">{tr.t('app.loading')}</p>}>
        <PresentMode />
      </Suspense>
    ) : null}
    <FirstScreenContext.Provider value={firstScreenOnly}>
    <div className={`app${dragging ? ' is-dragging' : ''}`} hidden={presenting}>
      <a className="skip-link" href="#main-lever" onClick={focusMainLever}>
        {tr.t('app.skipToLever')}
      </a>
      <Header onStatus={setStatus} />
      <AlertRegion />
      <MigrationNotice />
      <SessionNotice />
      <ChangeNotice />
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <ShareDialog />
      <ScenarioBar />
      <main className="workbench">
        <ControlsPanel />
        <div className="results-column">
          <Scoreboard />
          <ChartsArea />
          {firstScreenOnly ? null : (
            <Suspense fallback={<p className="loading">{tr.t('app.loading')}</p>}>
              <DecisionPanel />
            </Suspense>
          )}
        </div>
      </main>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          {tr.t('drop.hint')}
        </div>
      ) : null}
    </div>
    </FirstScreenContext.Provider>
    {printing ? <Handout /> : null}
    </ChartsWidthContext.Provider>
  );
}
