import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadText, type Workshop } from '../scenario';
import { getAtPath } from './paths';
import { RESCUE_PREFIX, SESSION_KEY, readSession, rescuedKeys, sessionJson, sessionOf, storedRevision } from './persistence';
import { openSavedSession, startSessionGuard, type SessionGuard } from './session-guard';
import { createWorkbenchStore, type WorkbenchStore } from './store';
import { FakeOrigin, FakeStorage } from './test-storage';

const workshopText = readFileSync(join(import.meta.dirname, '../../scenarios/iran-workshop.json'), 'utf8');
const DELAY = 400;
const LEVER = 'policy.reallocation';

function defaultWorkshop(): Workshop {
  const loaded = loadText(workshopText);
  if (!loaded.ok || loaded.file.kind !== 'workshop') throw new Error('the shipped workshop does not load');
  return loaded.file.workshop;
}

/** One tab of the app as main.tsx starts it: read (and rescue), a store, a guard. */
interface Tab {
  readonly store: WorkbenchStore;
  readonly guard: SessionGuard;
  readonly storage: FakeStorage;
}

const running: SessionGuard[] = [];
let clock = 1_700_000_000_000;

function openTab(origin: FakeOrigin, tabId: string): Tab {
  const { storage, events } = origin.openTab();
  const opened = openSavedSession(storage, clock);
  const store = createWorkbenchStore(opened.session?.workshop ?? defaultWorkshop(), 'en');
  if (opened.session) store.getState().restoreSession(opened.session);
  const guard = startSessionGuard(store, storage, opened, { tabId, events, now: () => clock, delayMs: DELAY });
  running.push(guard);
  return { store, guard, storage };
}

/** Moves the selected scenario's reallocation lever (a trusted slider edit). */
function edit(tab: Tab, value: number): void {
  expect(tab.store.getState().setValue(LEVER, value, { trusted: true })).toEqual({ ok: true });
}

const lever = (tab: Tab) => getAtPath(tab.store.getState().workshop.scenarios.find((s) => s.id === tab.store.getState().selectedId), LEVER);
/** What a reload would restore: the stored session's lever in the selected scenario. */
function storedLever(origin: FakeOrigin): unknown {
  const read = readSession(new FakeStorage(origin));
  if (read.kind !== 'ok') return read.kind;
  return getAtPath(read.session.workshop.scenarios.find((s) => s.id === read.session.selectedId), LEVER);
}

beforeEach(() => {
  vi.useFakeTimers();
  clock = 1_700_000_000_000;
});
afterEach(() => {
  running.splice(0).forEach((g) => g.stop());
  vi.useRealTimers();
});

describe('an unreadable saved session', () => {
  it('is kept under a rescue key, told, and survives the next edits', () => {
    const origin = new FakeOrigin();
    origin.data.set(SESSION_KEY, '{"workshop": corrupt');
    const tab = openTab(origin, 'tab-a');
    const rescue = tab.guard.status.getState().rescue;
    expect(rescue).toMatchObject({ reason: { code: 'not-json' }, text: '{"workshop": corrupt', holdsSaves: false });
    expect(rescue?.keptKey?.startsWith(RESCUE_PREFIX)).toBe(true);
    edit(tab, 0.05);
    vi.advanceTimersByTime(DELAY);
    edit(tab, 0.06);
    vi.advanceTimersByTime(DELAY);
    expect(storedLever(origin)).toBe(0.06);
    expect(rescuedKeys(tab.storage).map((k) => origin.data.get(k))).toEqual(['{"workshop": corrupt']);
    // Told once more at a reload before any edit, but kept once.
    origin.data.set(SESSION_KEY, '{"workshop": corrupt');
    const again = openTab(origin, 'tab-b');
    expect(again.guard.status.getState().rescue?.keptKey).toBe(rescue?.keptKey);
    expect(rescuedKeys(tab.storage)).toHaveLength(1);
  });

  it('that cannot be kept (storage full) is not written over until downloaded or dismissed', () => {
    for (const release of ['download', 'dismiss'] as const) {
      const origin = new FakeOrigin();
      origin.data.set(SESSION_KEY, '{"unreadable": true}');
      origin.faults.setError = (key) => (key.startsWith(RESCUE_PREFIX) ? new DOMException('full', 'QuotaExceededError') : null);
      const tab = openTab(origin, 'tab-a');
      expect(tab.guard.status.getState().rescue).toMatchObject({ reason: { code: 'invalid' }, keptKey: null, notKept: { code: 'quota' }, holdsSaves: true, text: '{"unreadable": true}' });
      edit(tab, 0.05);
      vi.advanceTimersByTime(DELAY * 3);
      tab.guard.flush();
      expect(origin.data.get(SESSION_KEY)).toBe('{"unreadable": true}');
      if (release === 'download') tab.guard.rescueDownloaded();
      else tab.guard.dismissRescue();
      expect(storedLever(origin)).toBe(0.05);
    }
  });

  it('in a storage that cannot be read holds saves until dismissed', () => {
    const origin = new FakeOrigin();
    origin.faults.getError = new DOMException('no', 'SecurityError');
    const tab = openTab(origin, 'tab-a');
    expect(tab.guard.status.getState().rescue).toMatchObject({ reason: { code: 'storage-error' }, text: null, holdsSaves: true });
    origin.faults.getError = null;
    edit(tab, 0.05);
    vi.advanceTimersByTime(DELAY);
    expect(origin.data.has(SESSION_KEY)).toBe(false);
    tab.guard.dismissRescue();
    expect(storedLever(origin)).toBe(0.05);
  });
});

describe('a save that fails', () => {
  it('is told until a save succeeds, and a reload restores exactly the last save told as done', () => {
    const origin = new FakeOrigin();
    const tab = openTab(origin, 'tab-a');
    edit(tab, 0.04);
    vi.advanceTimersByTime(DELAY);
    expect(storedLever(origin)).toBe(0.04);
    const savedAt = clock;
    expect(tab.guard.status.getState().notSaved).toBeNull();

    // Full: not one character more fits.
    origin.faults.quota = origin.used() - 1;
    clock += 60_000;
    edit(tab, 0.08);
    vi.advanceTimersByTime(DELAY);
    expect(tab.guard.status.getState().notSaved).toEqual({ failure: { code: 'quota' }, reloadBrings: { kind: 'saved', at: savedAt } });
    edit(tab, 0.09);
    vi.advanceTimersByTime(DELAY * 5);
    expect(tab.guard.status.getState().notSaved?.failure).toEqual({ code: 'quota' });
    // What the notice says a reload brings back is what storage holds.
    expect(storedLever(origin)).toBe(0.04);
    expect(openSavedSession(new FakeStorage(origin)).seen.revision?.at).toBe(savedAt);

    origin.faults.quota = Infinity;
    tab.store.getState().markSaved();
    vi.advanceTimersByTime(DELAY);
    expect(tab.guard.status.getState()).toMatchObject({ notSaved: null, savedAgain: true });
    expect(storedLever(origin)).toBe(0.09);
  });

  it('is told for a refusal and a missing storage, and the reload line names the default workshop when nothing was saved', () => {
    const origin = new FakeOrigin();
    origin.faults.setError = () => new DOMException('private', 'SecurityError');
    const tab = openTab(origin, 'tab-a');
    edit(tab, 0.04);
    vi.advanceTimersByTime(DELAY);
    expect(tab.guard.status.getState().notSaved).toEqual({ failure: { code: 'denied' }, reloadBrings: { kind: 'default' } });

    const store = createWorkbenchStore(defaultWorkshop());
    const guard = startSessionGuard(store, undefined, openSavedSession(undefined), { events: null });
    running.push(guard);
    expect(guard.status.getState().notSaved).toEqual({ failure: { code: 'unavailable' }, reloadBrings: { kind: 'default' } });
  });

  it('is saved at once when the page hides', () => {
    const origin = new FakeOrigin();
    const { storage, events } = origin.openTab();
    const store = createWorkbenchStore(defaultWorkshop(), 'en');
    running.push(startSessionGuard(store, storage, openSavedSession(storage), { events, delayMs: DELAY }));
    store.getState().setValue(LEVER, 0.03, { trusted: true });
    events.dispatchEvent(new Event('pagehide'));
    expect(storedLever(origin)).toBe(0.03);
  });
});

describe('two tabs', () => {
  it('a tab without edits of its own follows the other: its workshop, its own view, one undo step back', () => {
    const origin = new FakeOrigin();
    const a = openTab(origin, 'tab-a');
    const b = openTab(origin, 'tab-b');
    b.store.getState().select('iran-sceptic');
    b.store.getState().setChartMode('overlay');
    vi.advanceTimersByTime(DELAY);
    const bBefore = b.store.getState().workshop;
    const untouched = bBefore.scenarios.find((s) => s.id === 'iran-sceptic');

    clock += 1000;
    edit(a, 0.07);
    vi.advanceTimersByTime(DELAY);
    const bs = b.store.getState();
    const edited = bs.workshop.scenarios.find((s) => s.id === a.store.getState().selectedId);
    expect(getAtPath(edited, LEVER)).toBe(0.07);
    expect(bs.selectedId).toBe('iran-sceptic');
    expect(bs.chartMode).toBe('overlay');
    expect(bs.workshop.scenarios.find((s) => s.id === 'iran-sceptic')).toBe(untouched);
    expect(b.guard.status.getState().followed).toEqual({ at: clock });
    expect(bs.past[bs.past.length - 1]).toBe(bBefore);
    // Following is not an edit: B writes nothing back.
    vi.advanceTimersByTime(DELAY * 3);
    expect(storedRevision(origin.data.get(SESSION_KEY) ?? null)?.tab).toBe('tab-a');
  });

  it('a tab with edits of its own says the workshop changed, never writes over the other, and writes only on "Keep mine"', () => {
    const origin = new FakeOrigin();
    const a = openTab(origin, 'tab-a');
    const b = openTab(origin, 'tab-b');
    edit(a, 0.07);
    edit(b, 0.02);
    vi.advanceTimersByTime(DELAY);
    // A saved first (same delay, earlier timer); B saw it with its own edit not saved.
    expect(b.guard.status.getState().otherTab).toEqual({ at: clock });
    expect(storedLever(origin)).toBe(0.07);
    edit(b, 0.03);
    vi.advanceTimersByTime(DELAY * 5);
    b.guard.flush();
    expect(storedLever(origin)).toBe(0.07);
    expect(lever(b)).toBe(0.03);

    b.guard.keepMine();
    expect(b.guard.status.getState().otherTab).toBeNull();
    expect(storedLever(origin)).toBe(0.03);
    // A had no edit since its save: it follows B.
    expect(lever(a)).toBe(0.03);
    expect(a.guard.status.getState().otherTab).toBeNull();
  });

  it('a failed save\'s notice says what a reload brings after the other tab saved', () => {
    const origin = new FakeOrigin();
    const a = openTab(origin, 'tab-a');
    const b = openTab(origin, 'tab-b');
    // B's saves fail (its storage is refused), A's work.
    const bSet = b.storage.setItem.bind(b.storage);
    b.storage.setItem = () => {
      throw new DOMException('private', 'SecurityError');
    };
    edit(b, 0.02);
    vi.advanceTimersByTime(DELAY);
    expect(b.guard.status.getState().notSaved?.reloadBrings).toEqual({ kind: 'default' });
    clock += 5000;
    edit(a, 0.07);
    vi.advanceTimersByTime(DELAY);
    expect(b.guard.status.getState().otherTab).not.toBeNull();
    expect(b.guard.status.getState().notSaved?.reloadBrings).toEqual({ kind: 'saved', at: clock });
    expect(storedLever(origin)).toBe(0.07);
    b.storage.setItem = bSet;
  });

  it('"Reload" takes the other tab\'s workshop; this tab\'s stays one undo step away', () => {
    const origin = new FakeOrigin();
    const a = openTab(origin, 'tab-a');
    const b = openTab(origin, 'tab-b');
    edit(a, 0.07);
    edit(b, 0.02);
    vi.advanceTimersByTime(DELAY);
    expect(b.guard.status.getState().otherTab).not.toBeNull();
    b.guard.takeTheirs();
    expect(lever(b)).toBe(0.07);
    expect(b.guard.status.getState().otherTab).toBeNull();
    b.store.getState().undo();
    expect(lever(b)).toBe(0.02);
    // Undo is an edit of B's own, saved over A's knowingly.
    vi.advanceTimersByTime(DELAY);
    expect(storedLever(origin)).toBe(0.02);
    expect(lever(a)).toBe(0.02);
  });

  it('checks the stored revision before writing, even when no event came', () => {
    const origin = new FakeOrigin();
    const a = openTab(origin, 'tab-a');
    const b = openTab(origin, 'tab-b');
    a.storage.announces = false;
    edit(a, 0.07);
    vi.advanceTimersByTime(DELAY);
    edit(b, 0.02);
    vi.advanceTimersByTime(DELAY);
    expect(storedLever(origin)).toBe(0.07);
    expect(b.guard.status.getState().otherTab).not.toBeNull();
  });

  it('a save that changed only the other tab\'s view changes nothing here, even with an edit waiting', () => {
    const origin = new FakeOrigin();
    const a = openTab(origin, 'tab-a');
    const b = openTab(origin, 'tab-b');
    edit(a, 0.07);
    vi.advanceTimersByTime(DELAY);
    expect(lever(b)).toBe(0.07);
    const bWorkshop = b.store.getState().workshop;
    edit(b, 0.01);
    a.store.getState().setChartMode('overlay');
    a.store.getState().select('iran-sceptic');
    vi.advanceTimersByTime(DELAY);
    expect(b.guard.status.getState().otherTab).toBeNull();
    expect(b.store.getState().workshop).not.toBe(bWorkshop);
    expect(lever(b)).toBe(0.01);
    expect(b.store.getState().chartMode).toBe('small-multiples');
    vi.advanceTimersByTime(DELAY);
    const read = readSession(new FakeStorage(origin));
    expect(read.kind === 'ok' && getAtPath(read.session.workshop.scenarios[0], LEVER)).toBe(0.01);
  });

  it('a session removed by another tab is saved again; an unreadable one written by another tab is rescued first', () => {
    const origin = new FakeOrigin();
    const a = openTab(origin, 'tab-a');
    const b = openTab(origin, 'tab-b');
    edit(a, 0.07);
    vi.advanceTimersByTime(DELAY);
    b.storage.removeItem(SESSION_KEY);
    vi.advanceTimersByTime(DELAY);
    expect(storedLever(origin)).toBe(0.07);

    b.storage.setItem(SESSION_KEY, 'garbage from elsewhere');
    expect(a.guard.status.getState().rescue).toMatchObject({ reason: { code: 'not-json' }, holdsSaves: false });
    expect(rescuedKeys(a.storage).map((k) => origin.data.get(k))).toEqual(['garbage from elsewhere']);
  });

  it('a session saved by the code before revisions is followed and then overwritten with a revision', () => {
    const origin = new FakeOrigin();
    const old = createWorkbenchStore(defaultWorkshop());
    old.getState().setValue(LEVER, 0.05, { trusted: true });
    origin.data.set(SESSION_KEY, sessionJson(sessionOf(old.getState())));
    const tab = openTab(origin, 'tab-a');
    expect(lever(tab)).toBe(0.05);
    edit(tab, 0.06);
    vi.advanceTimersByTime(DELAY);
    expect(storedRevision(origin.data.get(SESSION_KEY) ?? null)).toMatchObject({ n: 1, tab: 'tab-a' });
    expect(storedLever(origin)).toBe(0.06);
  });
});
