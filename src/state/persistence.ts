/**
 * Autosave: the session (the open workshop and what is on screen) goes to the browser's storage a
 * moment after each change and when the page hides, so a reload or a crash loses nothing.
 */
import { loadValue, type Scenario, type Workshop } from '../scenario';
import { SESSION_KEY } from './session-key';
import type { PersistedSession, WorkbenchStore } from './store';

export { SESSION_KEY };
const SAVE_DELAY_MS = 400;

/** Reads the saved session, if there is a valid one. A corrupt one is ignored, never thrown. */
export function readSavedSession(storage: Storage | undefined): PersistedSession | null {
  if (!storage) return null;
  let text: string | null;
  try {
    text = storage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const data = JSON.parse(text) as Partial<PersistedSession> & { workshop?: unknown };
    const loaded = loadValue(data.workshop);
    if (!loaded.ok || loaded.file.kind !== 'workshop') return null;
    const workshop = loaded.file.workshop;
    const ids = workshop.scenarios.map((s) => s.id);
    return {
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
  } catch {
    return null;
  }
}

// Scenario objects are never changed, only replaced: each one's JSON is written once and reused, so an
// autosave after an edit serialises the edited scenario, not the whole workshop (a large share of the
// save's time, and a task that competed with a running Monte Carlo).
const scenarioJson = new WeakMap<Scenario, string>();

function jsonOf(scenario: Scenario): string {
  let text = scenarioJson.get(scenario);
  if (text === undefined) {
    text = JSON.stringify(scenario);
    scenarioJson.set(scenario, text);
  }
  return text;
}

/** The workshop's JSON, from the scenarios' kept JSON. */
function workshopJson(workshop: Workshop): string {
  const { scenarios, ...rest } = workshop;
  const head = JSON.stringify(rest).slice(1, -1);
  return `{${head}${head ? ',' : ''}"scenarios":[${scenarios.map(jsonOf).join(',')}]}`;
}

/** The session as JSON: what `JSON.stringify(session)` gives, built from the workshop's kept parts. */
export function sessionJson(session: PersistedSession): string {
  const { workshop, ...rest } = session;
  const tail = JSON.stringify(rest).slice(1, -1);
  return `{"workshop":${workshopJson(workshop)}${tail ? ',' : ''}${tail}}`;
}

/** Writes the session now. Storage that is full or refused is not an error the room needs to see. */
export function writeSession(storage: Storage | undefined, store: WorkbenchStore): void {
  if (!storage) return;
  const s = store.getState();
  const session: PersistedSession = {
    workshop: s.workshop,
    selectedId: s.selectedId,
    visibleIds: s.visibleIds,
    locale: s.locale,
    chartMode: s.chartMode,
    comparison: s.comparison,
    byClass: s.byClass,
    dirty: s.dirty,
    presentLevers: s.presentLevers,
    yearCalendar: s.yearCalendar,
  };
  try {
    storage.setItem(SESSION_KEY, sessionJson(session));
  } catch {
    // Quota or privacy mode: the session still lives in memory.
  }
}

/** Saves the session a moment after every change; returns a function that flushes and stops. */
export function startAutosave(store: WorkbenchStore, storage: Storage | undefined): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    writeSession(storage, store);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const changed =
      state.workshop !== previous.workshop ||
      state.selectedId !== previous.selectedId ||
      state.visibleIds !== previous.visibleIds ||
      state.locale !== previous.locale ||
      state.chartMode !== previous.chartMode ||
      state.comparison !== previous.comparison ||
      state.byClass !== previous.byClass ||
      state.dirty !== previous.dirty ||
      state.presentLevers !== previous.presentLevers ||
      state.yearCalendar !== previous.yearCalendar;
    if (!changed) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  });
  // A reload or a closed tab must not lose the last change: save at once when the page hides.
  const onHide = () => {
    if (timer !== null) flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide();
  };
  const canListen = typeof window !== 'undefined' && typeof document !== 'undefined';
  if (canListen) {
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onVisibility);
  }
  return () => {
    unsubscribe();
    if (canListen) {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    }
    flush();
  };
}
