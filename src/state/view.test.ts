import { describe, expect, it } from 'vitest';
import { memoPerOwner } from './memo';
import { selectReferenceResult, selectVisibleResults } from './view';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadText } from '../scenario';
import { createWorkbenchStore } from './store';

function shippedWorkshop() {
  const loaded = loadText(readFileSync(join(import.meta.dirname, '../../scenarios/iran-workshop.json'), 'utf8'));
  if (!loaded.ok || loaded.file.kind !== 'workshop') throw new Error('the shipped workshop did not load');
  return loaded.file.workshop;
}

describe('memoPerOwner', () => {
  it('returns the same value for the same owner and arguments, compared by identity and one level into option objects', () => {
    let calls = 0;
    const f = memoPerOwner((owner: { n: number }, scale: number, options: { label: string }) => {
      calls++;
      return { value: owner.n * scale, label: options.label };
    });
    const a = { n: 2 };
    const first = f(a, 3, { label: 'x' });
    expect(f(a, 3, { label: 'x' })).toBe(first);
    expect(calls).toBe(1);
    expect(f(a, 4, { label: 'x' })).not.toBe(first);
    expect(f(a, 3, { label: 'y' }).label).toBe('y');
    expect(f({ n: 2 }, 3, { label: 'x' })).not.toBe(first);
    expect(calls).toBe(4);
  });

  it('keeps only the last `slots` argument lists of an owner, the least recently used dropped first', () => {
    let calls = 0;
    const f = memoPerOwner((_owner: object, k: number) => ({ k, call: calls++ }), 2);
    const owner = {};
    const one = f(owner, 1);
    f(owner, 2);
    expect(f(owner, 1)).toBe(one);
    f(owner, 3); // drops 2, the least recently used
    expect(f(owner, 1)).toBe(one);
    const before = calls;
    f(owner, 2);
    expect(calls).toBe(before + 1);
  });

  it('tells a nested object apart from an equal copy (one level only: deeper means a new value)', () => {
    const f = memoPerOwner((_owner: object, options: { range: number[] }) => ({ options }));
    const owner = {};
    const range = [1, 2];
    expect(f(owner, { range })).toBe(f(owner, { range }));
    expect(f(owner, { range: [1, 2] })).not.toBe(f(owner, { range }));
  });
});

describe('the view model', () => {
  it('hands back the same visible entries while their scenarios are unchanged, and a new one for the edited scenario alone', () => {
    const store = createWorkbenchStore(shippedWorkshop());
    const before = selectVisibleResults(store.getState());
    expect(before.length).toBeGreaterThan(1);
    expect(selectVisibleResults(store.getState())).toBe(before);
    const edited = before[1];
    store.getState().select(edited.id);
    expect(store.getState().setValue('policy.reallocation', 0.07).ok).toBe(true);
    const after = selectVisibleResults(store.getState());
    expect(after).not.toBe(before);
    after.forEach((entry, i) => {
      if (entry.id === edited.id) expect(entry).not.toBe(before[i]);
      else expect(entry).toBe(before[i]);
    });
    expect(selectReferenceResult(store.getState())?.scenario.id).toBe(store.getState().workshop.reference ?? store.getState().workshop.scenarios[0].id);
  });
});
