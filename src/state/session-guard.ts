/**
 * The session guard: autosave that never loses work without saying so (UX.md "nothing changes behind
 * the user's back"). It decides when persistence.ts reads and writes, and keeps a status the UI shows.
 *
 * - **An unreadable session** (not JSON, refused by the file checks, too large, storage that throws) is
 *   kept under a rescue key before anything else happens, and the status says why. The autosave writes
 *   only the session key, so the copy outlives the next edits. If it cannot be kept (storage full, or
 *   MAX_RESCUED copies kept already), its text stays in memory for download and nothing is written
 *   over it until the user has downloaded it or dismissed the notice.
 * - **A failed save** (storage full, private mode, a workshop too large for the browser copy) is in
 *   the status until a later save succeeds, with what a reload would bring back: the last save that
 *   succeeded. The status never claims more than storage holds.
 * - **Two tabs.** Each save carries a revision (persistence.ts). A tab hears another's saves through
 *   `storage` events and checks the stored revision again before each write. If it has no edit of the
 *   workshop since its own last save, it follows: it takes the other tab's workshop and keeps its own
 *   view (selected and shown scenarios, language, chart settings); the previous workshop stays one
 *   undo step away. If it has such edits, it stops saving and the status says that the workshop was
 *   changed in another tab, until the user takes theirs ("Reload") or writes this tab's over it
 *   ("Keep mine"). A save that changed only the other tab's view is noted and changes nothing here.
 *   (The check is as good as the browser's storage is consistent between tabs: two saves within the
 *   same few milliseconds may still cross.)
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { loadFormulaParser } from '../engine';
import type { Workshop } from '../scenario';
import {
  jsonOf,
  parseSession,
  readSession,
  readStoredText,
  rescueText,
  sameRevision,
  storedRevision,
  writeSession,
  SESSION_KEY,
  type RescueOutcome,
  type Revision,
  type SessionRead,
  type UnreadableReason,
  type WriteFailure,
} from './persistence';
import { MAX_VISIBLE, type PersistedSession, type WorkbenchState, type WorkbenchStore } from './store';

const SAVE_DELAY_MS = 400;
// As the store's own undo history: a tab that follows another for hours must not keep every workshop.
const HISTORY_LIMIT = 200;

/** Why an unreadable session is not kept in the browser. */
export type RescueFailure = Extract<RescueOutcome, { kept: false }>['failure'];

/** An unreadable session found at start-up (or written by another tab): why, and where its text is. */
export interface RescueNotice {
  readonly reason: UnreadableReason;
  /** The raw text, for download (null when the storage itself could not be read). */
  readonly text: string | null;
  /** The key it is kept under in this browser, if it is. */
  readonly keptKey: string | null;
  /** Why it could not be kept in this browser (null if it is kept, or there was no text). */
  readonly notKept: RescueFailure | null;
  /** Nothing is saved in this browser until the user downloads the copy or dismisses the notice. */
  readonly holdsSaves: boolean;
  readonly downloaded: boolean;
  /** When it was found (ms since 1970). */
  readonly at: number;
}

/** What a reload would show now: the session as last saved (at a known time, or before revisions existed), or the default workshop. */
export type ReloadBrings = { readonly kind: 'saved'; readonly at: number | null } | { readonly kind: 'default' };

/** What the UI tells the user about the browser copy of the session. */
export interface SessionStatus {
  readonly rescue: RescueNotice | null;
  /** The last save failed (and saves since, if any): why, and what a reload would bring back. */
  readonly notSaved: { readonly failure: WriteFailure; readonly reloadBrings: ReloadBrings } | null;
  /** Another tab saved a different workshop while this one had edits of its own: saving waits for the user's choice. */
  readonly otherTab: { readonly at: number } | null;
  /** This tab took another tab's workshop (when that tab saved it). */
  readonly followed: { readonly at: number } | null;
  /** A save succeeded after failed ones. */
  readonly savedAgain: boolean;
}

/** The status with nothing to tell. */
export const QUIET_STATUS: SessionStatus = { rescue: null, notSaved: null, otherTab: null, followed: null, savedAgain: false };

/** What the session key held when this tab last read or wrote it. */
export interface SeenSession {
  /** Its revision, if it had one. */
  readonly revision: Revision | null;
  /** Without a revision (older code, an unreadable text, or nothing: null), the text itself is what identifies it. */
  readonly text: string | null;
}

/** The session read at start-up, with what to tell the user. */
export interface OpenedSession {
  /** The session to restore, or null for the default workshop. */
  readonly session: PersistedSession | null;
  readonly seen: SeenSession;
  readonly rescue: RescueNotice | null;
  /** The saved session holds a formula: load the formula parser, then open it again (main.tsx does). */
  readonly needsFormulaParser?: boolean;
}

/** The guard's commands, for the notice's buttons. */
export interface SessionGuard {
  readonly status: StoreApi<SessionStatus>;
  /** Records that the unreadable copy was downloaded: saving resumes. */
  rescueDownloaded(): void;
  /** Hides the unreadable-session notice: saving resumes (the copy stays under its key if it was kept). */
  dismissRescue(): void;
  /** Hides the "followed another tab" and "saved again" lines. */
  dismissInfo(): void;
  /** Takes the workshop another tab saved (keeping this tab's view) and resumes saving. */
  takeTheirs(): void;
  /** Writes this tab's session over the other tab's, then resumes saving. */
  keepMine(): void;
  /** Saves now if a save is waiting. */
  flush(): void;
  /** Stops listening and saving (after a last flush). */
  stop(): void;
}

/** Options of startSessionGuard (tests pass their own clock, tab id and event target). */
export interface SessionGuardOptions {
  /** The workshop the stored session holds (the one restored at start-up, or the default shown when none is). */
  readonly savedWorkshop?: Workshop;
  readonly tabId?: string;
  readonly now?: () => number;
  /** Where `storage`, `pagehide` and `beforeunload` events arrive (the window; null: none). */
  readonly events?: EventTarget | null;
  readonly delayMs?: number;
}

const seenOf = (text: string | null): SeenSession => {
  const revision = storedRevision(text);
  return revision ? { revision, text: null } : { revision: null, text };
};

/** Builds the notice for an unreadable text, after trying to keep it under a rescue key. */
function rescueNoticeOf(storage: Storage, read: Extract<SessionRead, { kind: 'unreadable' }>, at: number): RescueNotice {
  if (read.text === null) return { reason: read.reason, text: null, keptKey: null, notKept: null, holdsSaves: true, downloaded: false, at };
  const outcome = rescueText(storage, read.text, at);
  return outcome.kept
    ? { reason: read.reason, text: read.text, keptKey: outcome.key, notKept: null, holdsSaves: false, downloaded: false, at }
    : { reason: read.reason, text: read.text, keptKey: null, notKept: outcome.failure, holdsSaves: true, downloaded: false, at };
}

/**
 * Reads the saved session at start-up. One that cannot be opened is kept under a rescue key first
 * (or held in memory when it cannot be), and the result says why; the caller then opens the default
 * workshop.
 */
export function openSavedSession(storage: Storage | undefined, now: number = Date.now()): OpenedSession {
  if (!storage) return { session: null, seen: { revision: null, text: null }, rescue: null };
  const read = readSession(storage);
  if (read.kind === 'none') return { session: null, seen: { revision: null, text: null }, rescue: null };
  if (read.kind === 'ok') return { session: read.session, seen: seenOf(read.text), rescue: null };
  if (read.kind === 'needs-formula-parser') return { session: null, seen: seenOf(read.text), rescue: null, needsFormulaParser: true };
  return { session: null, seen: seenOf(read.text), rescue: rescueNoticeOf(storage, read, now) };
}

function newTabId(): string {
  const bytes = new Uint8Array(6);
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const guards = new WeakMap<WorkbenchStore, SessionGuard>();
const quietStore = createStore<SessionStatus>(() => QUIET_STATUS);

/** Returns the guard started for a store, if any. */
export function sessionGuardOf(store: WorkbenchStore): SessionGuard | null {
  return guards.get(store) ?? null;
}

/** Returns the status store of a store's guard (a quiet one when no guard runs, as in component tests). */
export function sessionStatusOf(store: WorkbenchStore): StoreApi<SessionStatus> {
  return guards.get(store)?.status ?? quietStore;
}

/** The state a save writes: when any of it changes, a save follows. */
function persistedChanged(state: WorkbenchState, previous: WorkbenchState): boolean {
  return (
    state.workshop !== previous.workshop ||
    state.selectedId !== previous.selectedId ||
    state.visibleIds !== previous.visibleIds ||
    state.locale !== previous.locale ||
    state.chartMode !== previous.chartMode ||
    state.comparison !== previous.comparison ||
    state.byClass !== previous.byClass ||
    state.dirty !== previous.dirty ||
    state.presentLevers !== previous.presentLevers ||
    state.yearCalendar !== previous.yearCalendar
  );
}

/**
 * Starts autosave for a store: a save a moment after each change and when the page hides, guarded as
 * the module comment says. Returns the guard (also found with sessionGuardOf).
 */
export function startSessionGuard(store: WorkbenchStore, storage: Storage | undefined, opened: OpenedSession, options: SessionGuardOptions = {}): SessionGuard {
  const tabId = options.tabId ?? newTabId();
  const now = options.now ?? Date.now;
  const delay = options.delayMs ?? SAVE_DELAY_MS;
  const events = options.events !== undefined ? options.events : typeof window !== 'undefined' ? window : null;

  let seen = opened.seen;
  /** The workshop the stored session holds as far as this tab knows: an edit is a workshop other than this one. */
  let savedWorkshop = options.savedWorkshop ?? store.getState().workshop;
  let savedDoc = seen.revision?.doc ?? null;
  let lastSavedAt = seen.revision?.at ?? null;
  /** A reload would restore a session (not the default workshop). */
  let restorable = opened.session !== null;
  let changedSinceSave = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let adopting = false;
  /** Another tab's session holds a formula and the parser is loading: nothing is written over it meanwhile. */
  let waitingForParser = false;

  const status = createStore<SessionStatus>(() => ({
    ...QUIET_STATUS,
    rescue: opened.rescue,
    notSaved: storage ? null : { failure: { code: 'unavailable' }, reloadBrings: { kind: 'default' } },
  }));
  const tell = (patch: Partial<SessionStatus>) => status.setState(patch);
  const held = () => waitingForParser || status.getState().otherTab !== null || status.getState().rescue?.holdsSaves === true;
  const reloadBrings = (): ReloadBrings => (restorable ? { kind: 'saved', at: lastSavedAt } : { kind: 'default' });
  const fail = (failure: WriteFailure) => tell({ notSaved: { failure, reloadBrings: reloadBrings() }, savedAgain: false });
  /** The stored session changed under a failed save: what a reload brings changed too. */
  const retellReload = () => {
    const { notSaved } = status.getState();
    if (notSaved !== null) tell({ notSaved: { ...notSaved, reloadBrings: reloadBrings() } });
  };
  const isSeen = (text: string | null) => (seen.revision !== null ? sameRevision(storedRevision(text), seen.revision) : text === seen.text);
  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const schedule = () => {
    cancelTimer();
    if (!held()) timer = setTimeout(() => save(), delay);
  };

  /** Takes another tab's session: its workshop (reusing this tab's unchanged scenarios, so that their results stay), this tab's view. */
  const adopt = (read: Extract<SessionRead, { kind: 'ok' }>) => {
    const state = store.getState();
    const ours = new Map(state.workshop.scenarios.map((s) => [s.id, s]));
    const scenarios = read.session.workshop.scenarios.map((s, i) => {
      const mine = ours.get(s.id);
      return mine !== undefined && jsonOf(mine) === read.scenarioJson[i] ? mine : s;
    });
    const workshop: Workshop = { ...read.session.workshop, scenarios };
    const ids = scenarios.map((s) => s.id);
    const shown = state.visibleIds.filter((id) => ids.includes(id));
    const visibleIds = shown.length > 0 ? shown : ids.slice(0, MAX_VISIBLE);
    const selectedId = ids.includes(state.selectedId) ? state.selectedId : visibleIds[0];
    savedWorkshop = workshop;
    seen = seenOf(read.text);
    savedDoc = seen.revision?.doc ?? null;
    lastSavedAt = seen.revision?.at ?? null;
    restorable = true;
    // Not a change of this tab's to save: the stored session already holds it.
    adopting = true;
    try {
      store.setState({ workshop, dirty: read.session.dirty, selectedId, visibleIds, past: [...state.past, state.workshop].slice(-HISTORY_LIMIT), future: [], lastGesture: null, fieldErrors: {} });
    } finally {
      adopting = false;
    }
    tell({ followed: { at: seen.revision?.at ?? now() }, otherTab: null });
    retellReload();
  };

  /** An unreadable text appeared at the session key: keep it like one found at start-up. */
  const rescueStored = (read: Extract<SessionRead, { kind: 'unreadable' }>) => {
    if (!storage) return;
    tell({ rescue: rescueNoticeOf(storage, read, now()) });
    seen = seenOf(read.text);
    restorable = false;
    retellReload();
  };

  /**
   * Saving waits while the formula parser loads for a stored session that holds a formula, then `next`
   * reads it again. If the parser cannot be loaded, saving stays held (the other tab's session is kept)
   * and the status says that saves fail.
   */
  const afterFormulaParser = (next: () => void) => {
    if (waitingForParser) return;
    waitingForParser = true;
    cancelTimer();
    loadFormulaParser().then(
      () => {
        waitingForParser = false;
        next();
      },
      (error: unknown) => fail({ code: 'error', detail: `the formula parser could not be loaded: ${error instanceof Error ? error.message : String(error)}` }),
    );
  };

  /** The stored session is not the one this tab last saw: follow it, or say it changed and stop saving. */
  const otherTabSaved = (text: string | null) => {
    if (text === null) {
      // Removed (by another tab, or the browser's site data cleared): saving this tab's overwrites nothing.
      seen = { revision: null, text: null };
      restorable = false;
      changedSinceSave = true;
      retellReload();
      schedule();
      return;
    }
    const revision = storedRevision(text);
    if (revision !== null && savedDoc !== null && revision.doc === savedDoc) {
      // The other tab changed only its view: the workshop is the one this tab holds.
      seen = { revision, text: null };
      lastSavedAt = revision.at;
      restorable = true;
      retellReload();
      return;
    }
    if (store.getState().workshop !== savedWorkshop) {
      cancelTimer();
      // `seen` stays: it is what this tab's edits were made on. A reload would bring the other tab's.
      restorable = true;
      lastSavedAt = revision?.at ?? null;
      tell({ otherTab: { at: revision?.at ?? now() } });
      retellReload();
      return;
    }
    const read = parseSession(text);
    if (read.kind === 'ok') adopt(read);
    else if (read.kind === 'unreadable') rescueStored(read);
    else if (read.kind === 'needs-formula-parser') {
      afterFormulaParser(() => {
        const current = storage ? readStoredText(storage) : null;
        if (current?.ok && !isSeen(current.text)) otherTabSaved(current.text);
        resume();
      });
    }
  };

  /** Writes the session unless saving is held; `overwrite` writes even over another tab's save (Keep mine). */
  const save = (overwrite = false) => {
    cancelTimer();
    if (!storage) return fail({ code: 'unavailable' });
    if (!overwrite && held()) return;
    const current = readStoredText(storage);
    if (!current.ok) return fail({ code: 'error', detail: current.detail });
    if (!overwrite && !isSeen(current.text)) {
      otherTabSaved(current.text);
      if (held()) return;
    }
    const state = store.getState();
    const n = Math.max(seen.revision?.n ?? 0, storedRevision(current.text)?.n ?? 0) + 1;
    const doc = !overwrite && savedDoc !== null && state.workshop === savedWorkshop ? savedDoc : `${tabId}.${n}`;
    const revision: Revision = { n, tab: tabId, at: now(), doc };
    const outcome = writeSession(storage, store, revision);
    if (!outcome.ok) return fail(outcome.failure);
    seen = { revision, text: null };
    savedWorkshop = state.workshop;
    savedDoc = doc;
    lastSavedAt = revision.at;
    restorable = true;
    changedSinceSave = false;
    if (status.getState().notSaved !== null) tell({ notSaved: null, savedAgain: true });
  };

  /** Saving may go on again: write what changed meanwhile. */
  const resume = () => {
    if (changedSinceSave && !held()) save();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (adopting || !persistedChanged(state, previous)) return;
    changedSinceSave = true;
    const { followed, savedAgain } = status.getState();
    if (state.workshop !== previous.workshop && (followed !== null || savedAgain)) tell({ followed: null, savedAgain: false });
    schedule();
  });

  const onStorage = (event: Event) => {
    const { key, storageArea } = event as StorageEvent;
    if (!storage || storageArea !== storage || (key !== null && key !== SESSION_KEY)) return;
    if (status.getState().otherTab !== null) return;
    const current = readStoredText(storage);
    if (current.ok && !isSeen(current.text)) otherTabSaved(current.text);
  };
  // A reload or a closed tab must not lose the last change: save at once when the page hides.
  const flush = () => {
    if (timer !== null) save();
  };
  const onVisibility = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') flush();
  };
  events?.addEventListener('storage', onStorage);
  events?.addEventListener('pagehide', flush);
  events?.addEventListener('beforeunload', flush);
  if (events && typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);

  const guard: SessionGuard = {
    status,
    rescueDownloaded() {
      const rescue = status.getState().rescue;
      if (rescue) tell({ rescue: { ...rescue, downloaded: true, holdsSaves: false } });
      resume();
    },
    dismissRescue() {
      tell({ rescue: null });
      resume();
    },
    dismissInfo() {
      tell({ followed: null, savedAgain: false });
    },
    takeTheirs() {
      tell({ otherTab: null });
      if (!storage) return;
      const read = readSession(storage);
      if (read.kind === 'ok') adopt(read);
      else if (read.kind === 'none') otherTabSaved(null);
      else if (read.kind === 'needs-formula-parser') afterFormulaParser(() => guard.takeTheirs());
      else if (read.text === null) fail({ code: 'error', detail: read.reason.code === 'storage-error' ? read.reason.detail : read.reason.code });
      else {
        rescueStored(read);
        resume();
      }
    },
    keepMine() {
      tell({ otherTab: null });
      save(true);
    },
    flush,
    stop() {
      unsubscribe();
      events?.removeEventListener('storage', onStorage);
      events?.removeEventListener('pagehide', flush);
      events?.removeEventListener('beforeunload', flush);
      if (events && typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
      flush();
      guards.delete(store);
    },
  };
  guards.set(store, guard);

  // A save by another tab between the start-up read and now (the catalog loads meanwhile) sent no event here.
  if (storage && !held()) {
    const current = readStoredText(storage);
    if (current.ok && !isSeen(current.text)) otherTabSaved(current.text);
  }
  return guard;
}
