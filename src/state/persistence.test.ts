import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText, type Workshop } from '../scenario';
import {
  MAX_RESCUED,
  MAX_SESSION_CHARS,
  RESCUE_PREFIX,
  parseSession,
  readSession,
  rescueText,
  rescuedKeys,
  sessionJson,
  sessionOf,
  storedRevision,
  writeFailureOf,
  writeSession,
  SESSION_KEY,
  type Revision,
} from './persistence';
import { createWorkbenchStore } from './store';
import { FakeStorage } from './test-storage';

const workshopText = readFileSync(join(import.meta.dirname, '../../scenarios/iran-workshop.json'), 'utf8');

function defaultWorkshop(): Workshop {
  const loaded = loadText(workshopText);
  if (!loaded.ok || loaded.file.kind !== 'workshop') throw new Error('the shipped workshop does not load');
  return loaded.file.workshop;
}

const REVISION: Revision = { n: 7, tab: 'a1b2c3', at: 1_700_000_000_000, doc: 'a1b2c3.5' };

describe('reading the saved session', () => {
  it('tells "no session" from a session, and reads the revision written first', () => {
    const storage = new FakeStorage();
    expect(readSession(storage)).toEqual({ kind: 'none' });
    const store = createWorkbenchStore(defaultWorkshop());
    store.getState().select('iran-sceptic');
    expect(writeSession(storage, store, REVISION)).toEqual({ ok: true });
    const text = storage.getItem(SESSION_KEY) ?? '';
    expect(text.startsWith('{"revision":')).toBe(true);
    const read = readSession(storage);
    if (read.kind !== 'ok') throw new Error(`not read: ${JSON.stringify(read)}`);
    expect(read.revision).toEqual(REVISION);
    expect(read.session.selectedId).toBe('iran-sceptic');
    expect(read.session).not.toHaveProperty('revision');
    // The stored text is JSON.stringify of the session with its revision (in whatever key order).
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify({ revision: REVISION, ...sessionOf(store.getState()) })));
  });

  it('reads a session saved before revisions existed as revision 0 (none)', () => {
    const storage = new FakeStorage();
    const store = createWorkbenchStore(defaultWorkshop());
    storage.setItem(SESSION_KEY, sessionJson(sessionOf(store.getState())));
    const read = readSession(storage);
    expect(read.kind).toBe('ok');
    expect(read.kind === 'ok' && read.revision).toBeNull();
  });

  it('names why a session cannot be opened: not JSON, refused by the file checks, too large, storage that throws', () => {
    const storage = new FakeStorage();
    storage.setItem(SESSION_KEY, '{not json');
    expect(readSession(storage)).toMatchObject({ kind: 'unreadable', reason: { code: 'not-json' }, text: '{not json' });

    storage.setItem(SESSION_KEY, '{"workshop": {"format": "nope"}}');
    const refused = readSession(storage);
    expect(refused).toMatchObject({ kind: 'unreadable', reason: { code: 'invalid' } });
    expect(refused.kind === 'unreadable' && refused.reason.code === 'invalid' && refused.reason.issues.map((i) => i.path)).toEqual(['workshop.format']);

    const workshop = defaultWorkshop();
    const broken = JSON.parse(JSON.stringify(workshop)) as { scenarios: Array<{ economy: { classes: Array<{ firms: unknown }> } }> };
    broken.scenarios[1].economy.classes[0].firms = 'many';
    storage.setItem(SESSION_KEY, JSON.stringify({ workshop: broken, selectedId: 'x' }));
    const invalid = readSession(storage);
    expect(invalid.kind === 'unreadable' && invalid.reason.code === 'invalid' && invalid.reason.issues.map((i) => i.path)).toContain('workshop.scenarios[1].economy.classes[0].firms');

    for (const text of ['null', '[1,2]', '"a string"']) {
      storage.setItem(SESSION_KEY, text);
      expect(readSession(storage)).toMatchObject({ kind: 'unreadable', reason: { code: 'invalid' }, text });
    }

    const huge = `{"workshop":${JSON.stringify(workshop)},"pad":"${'x'.repeat(MAX_SESSION_CHARS)}"}`;
    storage.setItem(SESSION_KEY, huge);
    expect(readSession(storage)).toMatchObject({ kind: 'unreadable', reason: { code: 'too-large', size: huge.length, max: MAX_SESSION_CHARS } });

    storage.origin.faults.getError = new DOMException('The operation is insecure.', 'SecurityError');
    expect(readSession(storage)).toMatchObject({ kind: 'unreadable', reason: { code: 'storage-error' }, text: null });
  });

  it('reads the revision only from the start of the text, in the form it is written', () => {
    expect(storedRevision(null)).toBeNull();
    expect(storedRevision('{"workshop":{}}')).toBeNull();
    expect(storedRevision('{"revision":{"n":"7"}}')).toBeNull();
    const text = sessionJson(sessionOf(createWorkbenchStore(defaultWorkshop()).getState()), REVISION);
    expect(storedRevision(text)).toEqual(REVISION);
    expect(parseSession(text)).toMatchObject({ kind: 'ok', revision: REVISION });
  });
});

describe('writing the session', () => {
  it('reports a full storage, a refusal and a missing storage instead of swallowing them', () => {
    const store = createWorkbenchStore(defaultWorkshop());
    const storage = new FakeStorage();
    storage.origin.faults.quota = 1000;
    expect(writeSession(storage, store)).toEqual({ ok: false, failure: { code: 'quota' } });
    expect(storage.getItem(SESSION_KEY)).toBeNull();
    storage.origin.faults.quota = Infinity;
    storage.origin.faults.setError = () => new DOMException('denied', 'SecurityError');
    expect(writeSession(storage, store)).toEqual({ ok: false, failure: { code: 'denied' } });
    storage.origin.faults.setError = () => new Error('disk on fire');
    expect(writeSession(storage, store)).toEqual({ ok: false, failure: { code: 'error', detail: 'Error: disk on fire' } });
    expect(writeSession(undefined, store)).toEqual({ ok: false, failure: { code: 'unavailable' } });
  });

  it('never writes a session it would refuse to read back (too large)', () => {
    const workshop = defaultWorkshop();
    const long = { ...workshop, description: { en: 'x'.repeat(MAX_SESSION_CHARS) } };
    const store = createWorkbenchStore(long);
    const storage = new FakeStorage();
    storage.setItem(SESSION_KEY, 'the earlier save');
    const outcome = writeSession(storage, store);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'too-large', max: MAX_SESSION_CHARS } });
    expect(storage.getItem(SESSION_KEY)).toBe('the earlier save');
  });

  it('names the storage exceptions of the browsers', () => {
    expect(writeFailureOf(new DOMException('x', 'QuotaExceededError'))).toEqual({ code: 'quota' });
    expect(writeFailureOf({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })).toEqual({ code: 'quota' });
    expect(writeFailureOf(new DOMException('x', 'SecurityError'))).toEqual({ code: 'denied' });
    expect(writeFailureOf('odd')).toEqual({ code: 'error', detail: 'odd' });
  });
});

describe('rescuing an unreadable session', () => {
  it('keeps the text under a key of its own, once, and never overwrites an earlier rescue', () => {
    const storage = new FakeStorage();
    const first = rescueText(storage, 'first unreadable', Date.UTC(2024, 0, 1));
    expect(first).toEqual({ kept: true, key: `${RESCUE_PREFIX}2024-01-01T00:00:00.000Z`, earlier: false });
    // The same text found again (a reload before any edit) is the copy kept before.
    expect(rescueText(storage, 'first unreadable', Date.UTC(2024, 0, 2))).toEqual({ ...first, earlier: true });
    // Another text at the same millisecond gets a key of its own.
    const second = rescueText(storage, 'second unreadable', Date.UTC(2024, 0, 1));
    expect(second).toEqual({ kept: true, key: `${RESCUE_PREFIX}2024-01-01T00:00:00.000Z-2`, earlier: false });
    expect(storage.getItem(`${RESCUE_PREFIX}2024-01-01T00:00:00.000Z`)).toBe('first unreadable');
    for (let i = rescuedKeys(storage).length; i < MAX_RESCUED; i++) rescueText(storage, `more ${i}`, Date.UTC(2024, 1, i + 1));
    expect(rescuedKeys(storage)).toHaveLength(MAX_RESCUED);
    const kept = new Map(rescuedKeys(storage).map((k) => [k, storage.getItem(k)]));
    expect(rescueText(storage, 'one too many', Date.UTC(2024, 2, 1))).toEqual({ kept: false, failure: { code: 'slots-full', count: MAX_RESCUED } });
    expect(new Map(rescuedKeys(storage).map((k) => [k, storage.getItem(k)]))).toEqual(kept);
  });

  it('says why a copy could not be kept when the storage is full', () => {
    const storage = new FakeStorage();
    storage.origin.faults.quota = 50;
    expect(rescueText(storage, 'x'.repeat(100), 0)).toEqual({ kept: false, failure: { code: 'quota' } });
  });
});
