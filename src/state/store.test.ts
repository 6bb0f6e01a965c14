import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText, serializeScenario, serializeWorkshop, type Workshop } from '../scenario';
import { readSavedSession, sessionJson, writeSession, SESSION_KEY } from './persistence';
import { createWorkbenchStore } from './store';
import { isResult, resultOf, warmUpEngine } from './results';
import { getAtPath, removeAtPath, setAtPath } from './paths';

const workshopText = readFileSync(join(import.meta.dirname, '../../scenarios/iran-workshop.json'), 'utf8');

function defaultWorkshop(): Workshop {
  const loaded = loadText(workshopText);
  if (!loaded.ok || loaded.file.kind !== 'workshop') throw new Error('the shipped workshop does not load');
  return loaded.file.workshop;
}

class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

describe('paths inside a scenario', () => {
  it('sets and reads nested values without touching the original', () => {
    const original = { a: { b: [1, { c: 2 }] } };
    const next = setAtPath(original, 'a.b[1].c', 5);
    expect(getAtPath(next, 'a.b[1].c')).toBe(5);
    expect(getAtPath(original, 'a.b[1].c')).toBe(2);
    expect(next.a.b[0]).toBe(1);
    expect(getAtPath(removeAtPath(next, 'a.b[1].c'), 'a.b[1].c')).toBeUndefined();
  });
});

describe('the workbench store', () => {
  it('says which scenarios it hid to make room, never the reference while another can go, and shows them again', () => {
    const store = createWorkbenchStore(defaultWorkshop());
    const ids = store.getState().workshop.scenarios.map((s) => s.id);
    const reference = store.getState().workshop.reference ?? ids[0];
    const before = [...store.getState().visibleIds];
    expect(before.length).toBe(4);
    const hiddenOne = ids.find((id) => !before.includes(id)) ?? '';
    store.getState().toggleVisible(hiddenOne);
    const notice = store.getState().changeNotice;
    expect(notice?.kind).toBe('hidden');
    if (notice?.kind !== 'hidden') return;
    expect(notice.ids).toHaveLength(1);
    expect(notice.ids).not.toContain(reference);
    expect(store.getState().visibleIds).toContain(reference);
    expect(store.getState().visibleIds).toContain(hiddenOne);
    store.getState().undoChangeNotice();
    expect(store.getState().visibleIds).toEqual(before);
    expect(store.getState().changeNotice).toBeNull();
    // Selecting a hidden scenario (as adding, duplicating or opening one does) says what it hid.
    store.getState().select(hiddenOne);
    expect(store.getState().changeNotice?.kind).toBe('hidden');
  });

  it('says a scenario was deleted and a workshop replaced, and its undo takes each back', async () => {
    const store = createWorkbenchStore(defaultWorkshop());
    const count = store.getState().workshop.scenarios.length;
    store.getState().deleteScenario('iran-credit-reallocation');
    expect(store.getState().changeNotice).toMatchObject({ kind: 'deleted', id: 'iran-credit-reallocation' });
    store.getState().undoChangeNotice();
    expect(store.getState().workshop.scenarios).toHaveLength(count);
    store.getState().setValue('policy.reallocation', 0.05, { trusted: true });
    expect(await store.getState().openText(workshopText)).toBe(true);
    expect(store.getState().changeNotice).toMatchObject({ kind: 'replaced', unsaved: true });
    store.getState().undoChangeNotice();
    expect(store.getState().workshop.scenarios.find((s) => s.id === store.getState().selectedId)?.policy?.reallocation).toBe(0.05);
  });

  it('records one undo step for a whole slider drag and restores the start on undo', () => {
    const store = createWorkbenchStore(defaultWorkshop());
    store.getState().select('iran-credit-reallocation');
    const start = getAtPath(store.getState().workshop.scenarios.find((s) => s.id === 'iran-credit-reallocation'), 'policy.reallocation');
    for (const v of [0.11, 0.12, 0.13, 0.14]) store.getState().setValue('policy.reallocation', v, { gesture: 'drag-1', trusted: true });
    const current = () => getAtPath(store.getState().workshop.scenarios.find((s) => s.id === 'iran-credit-reallocation'), 'policy.reallocation');
    expect(current()).toBe(0.14);
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(current()).toBe(start);
    store.getState().redo();
    expect(current()).toBe(0.14);
    store.getState().setValue('policy.reallocation', 0.05, { gesture: 'drag-2', trusted: true });
    expect(store.getState().past).toHaveLength(2);
  });

  it('drops the notes of a row of yearly values replaced by a number or a formula, so that the saved file reopens', () => {
    const store = createWorkbenchStore(defaultWorkshop());
    store.getState().select('iran-1400-baseline');
    const notes = () => Object.keys(store.getState().workshop.scenarios[0].provenance ?? {}).filter((k) => k.startsWith('assumptions.domesticDemandGrowth'));
    expect(notes().length).toBeGreaterThan(1);
    // A slider's number (trusted), then a formula (checked as a file is).
    expect(store.getState().setValue('assumptions.domesticDemandGrowth', 0.05, { trusted: true }).ok).toBe(true);
    expect(notes()).toEqual([]);
    expect(store.getState().setValue('assumptions.domesticDemandGrowth', '0.02 + 0.01 * (t >= 3)').ok).toBe(true);
    const reopened = loadText(serializeWorkshop(store.getState().workshop));
    expect(reopened.ok).toBe(true);
    // Undo brings the row back with its notes.
    store.getState().undo();
    store.getState().undo();
    expect(notes().length).toBeGreaterThan(1);
  });

  it('keeps the projection of a scenario whose Monte Carlo settings or ranges change, and recomputes it for any other edit', () => {
    const store = createWorkbenchStore(defaultWorkshop());
    store.getState().select('iran-credit-reallocation');
    const scenario = () => {
      const found = store.getState().workshop.scenarios.find((s) => s.id === 'iran-credit-reallocation');
      if (!found) throw new Error('the scenario is missing');
      return found;
    };
    const before = scenario();
    const first = resultOf(before);
    expect(store.getState().setValue('monteCarlo', { draws: 2500, seed: 7 }).ok).toBe(true);
    expect(scenario()).not.toBe(before);
    expect(resultOf(scenario())).toBe(first);
    expect(store.getState().setValue('uncertainty', [{ param: 'assumptions.creditElasticity.micro', dist: 'uniform', low: 0.2, high: 0.4 }]).ok).toBe(true);
    expect(resultOf(scenario())).toBe(first);
    expect(store.getState().setValue('policy.reallocation', 0.05, { trusted: true }).ok).toBe(true);
    const moved = resultOf(scenario());
    expect(moved).not.toBe(first);
    if (!isResult(moved) || !isResult(first)) throw new Error('the scenario does not run');
    expect(moved.run.scenario).not.toEqual(first.run.scenario);
  });

  it('refuses an edit that breaks the scenario and leaves it unchanged', () => {
    const store = createWorkbenchStore(defaultWorkshop());
    store.getState().select('iran-credit-reallocation');
    const before = store.getState().workshop;
    const outcome = store.getState().setValue('policy.reallocation', 0.95, { trusted: true });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues[0].path).toBe('policy.reallocation');
    expect(store.getState().workshop).toBe(before);
    const formula = store.getState().setValue('assumptions.domesticDemandGrowth', '2t');
    expect(formula.ok).toBe(false);
    expect(store.getState().fieldErrors['assumptions.domesticDemandGrowth']).toBeDefined();
    expect(store.getState().workshop).toBe(before);
  });

  it('opens an invalid file without changing anything and shows every problem', async () => {
    const store = createWorkbenchStore(defaultWorkshop());
    const before = store.getState().workshop;
    const ok = await store.getState().openText('{"format":"sme-credit-scenario","version":3}', 'future.json');
    expect(ok).toBe(false);
    expect(store.getState().workshop).toBe(before);
    expect(store.getState().alert?.issues.map((i) => i.path)).toEqual(['version']);
  });

  it('adds an opened scenario to the workshop with a fresh id when its id is taken', async () => {
    const workshop = defaultWorkshop();
    const store = createWorkbenchStore(workshop);
    expect(await store.getState().openText(serializeScenario(workshop.scenarios[2]))).toBe(true);
    const ids = store.getState().workshop.scenarios.map((s) => s.id);
    expect(ids).toHaveLength(workshop.scenarios.length + 1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(store.getState().selectedId).toBe(ids[ids.length - 1]);
    store.getState().undo();
    expect(store.getState().workshop.scenarios).toHaveLength(workshop.scenarios.length);
  });

  it('adds, duplicates, renames, moves and deletes scenarios, keeping at most four visible', () => {
    const store = createWorkbenchStore(defaultWorkshop());
    const s = () => store.getState();
    s().duplicateScenario('iran-sceptic');
    const copyId = s().selectedId;
    expect(copyId).not.toBe('iran-sceptic');
    expect(s().visibleIds).toContain(copyId);
    expect(s().visibleIds.length).toBeLessThanOrEqual(4);
    s().renameScenario(copyId, 'Sceptic, revised');
    expect(s().workshop.scenarios.find((x) => x.id === copyId)?.title.en).toBe('Sceptic, revised');
    const index = s().workshop.scenarios.findIndex((x) => x.id === copyId);
    s().moveScenario(copyId, -1);
    expect(s().workshop.scenarios.findIndex((x) => x.id === copyId)).toBe(index - 1);
    s().setReference(copyId);
    expect(s().workshop.reference).toBe(copyId);
    s().deleteScenario(copyId);
    expect(s().workshop.scenarios.some((x) => x.id === copyId)).toBe(false);
    expect(s().workshop.reference).toBeUndefined();
    s().addScenario();
    expect(s().workshop.scenarios.find((x) => x.id === s().selectedId)?.policy).toBeUndefined();
  });

  it('saves the session to storage and restores it; a corrupt saved session is ignored', () => {
    const storage = new MemoryStorage();
    const store = createWorkbenchStore(defaultWorkshop());
    store.getState().select('iran-sceptic');
    store.getState().setValue('policy.reallocation', 0.07, { trusted: true });
    writeSession(storage, store);
    const restored = readSavedSession(storage);
    expect(restored?.selectedId).toBe('iran-sceptic');
    expect(getAtPath(restored?.workshop.scenarios.find((x) => x.id === 'iran-sceptic'), 'policy.reallocation')).toBe(0.07);
    // Written from each scenario's kept JSON: the same value as serialising the whole session, after
    // an edit too (the edited scenario's JSON is new, the others' reused).
    const parsed = () => JSON.parse(storage.getItem(SESSION_KEY) ?? 'null') as unknown;
    const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    expect(parsed()).toEqual(expect.objectContaining({ workshop: asJson(store.getState().workshop), selectedId: 'iran-sceptic' }));
    store.getState().setValue('policy.reallocation', 0.09, { trusted: true });
    store.getState().renameScenario('iran-sceptic', 'Sceptic, renamed');
    writeSession(storage, store);
    expect(parsed()).toEqual(expect.objectContaining({ workshop: asJson(store.getState().workshop), selectedId: 'iran-sceptic' }));
    if (!restored) throw new Error('no session was restored');
    const session = { ...restored, workshop: store.getState().workshop };
    expect(JSON.parse(sessionJson(session))).toEqual(JSON.parse(JSON.stringify(session)));
    storage.setItem(SESSION_KEY, '{"workshop": {"format": "nope"}}');
    expect(readSavedSession(storage)).toBeNull();
    storage.setItem(SESSION_KEY, '{not json');
    expect(readSavedSession(storage)).toBeNull();
  });
});

describe('engine warm-up', () => {
  it('runs the scenarios and changes no result: the cached runs stay, a fresh run equals them', () => {
    const scenarios = defaultWorkshop().scenarios;
    const before = scenarios.map((s) => resultOf(s));
    warmUpEngine(scenarios, 3);
    scenarios.forEach((s, i) => expect(resultOf(s)).toBe(before[i]));
    const copy = structuredClone(scenarios[2]);
    const fresh = resultOf(copy);
    const cached = before[2];
    if (!isResult(fresh) || !isResult(cached)) throw new Error('the default scenarios run');
    expect(fresh.run).toEqual(cached.run);
  });
});
