import { describe, expect, it } from 'vitest';
import { allSteps, listSteps, moveStep, NO_CHOICE, showStep, shownSteps } from './steps';
import { fromPresenter, fromSlides, readMessage } from './presenter-channel';

describe("workshop mode's steps", () => {
  it('are each scenario\'s three, then the comparison', () => {
    expect(allSteps(['a', 'b']).map((s) => s.key)).toEqual(['question:a', 'result:a', 'charts:a', 'question:b', 'result:b', 'charts:b', 'compare']);
  });

  it('follow the ticks and the order chosen, steps new since the choice after the ordered ones', () => {
    let choice = NO_CHOICE;
    let list = listSteps(['a'], [], choice);
    choice = moveStep(list, choice, 'compare', -1);
    list = listSteps(['a'], [], choice);
    expect(list.map((s) => s.key)).toEqual(['question:a', 'result:a', 'compare', 'charts:a']);
    choice = showStep(choice, 'result:a', false);
    expect(shownSteps(listSteps(['a'], [], choice)).map((s) => s.key)).toEqual(['question:a', 'compare', 'charts:a']);
    expect(listSteps(['a', 'b'], [], choice).map((s) => s.key)).toEqual(['question:a', 'result:a', 'compare', 'charts:a', 'question:b', 'result:b', 'charts:b']);
    // A move past either end changes nothing.
    expect(moveStep(list, choice, 'question:a', -1)).toBe(choice);
    expect(moveStep(list, choice, 'charts:a', 1)).toBe(choice);
  });

  it('fall back to the comparison when none is ticked', () => {
    let choice = NO_CHOICE;
    for (const step of allSteps(['a'])) choice = showStep(choice, step.key, false);
    expect(shownSteps(listSteps(['a'], [], choice)).map((s) => s.key)).toEqual(['compare']);
  });
});

describe("the presenter window's messages", () => {
  const go = { kind: 'go', session: 'abc123', to: 'next' };
  it('are read when of the session and shape expected', () => {
    expect(readMessage(fromPresenter, go, 'abc123')).toEqual(go);
    expect(readMessage(fromSlides, { kind: 'closed', session: 'abc123' }, 'abc123')).toEqual({ kind: 'closed', session: 'abc123' });
  });

  it('are ignored, never thrown on, when of another session, shape or app', () => {
    for (const bad of [null, undefined, 42, 'next', [], {}, { ...go, session: 'other1' }, { ...go, to: 'sideways' }, { ...go, extra: 1 }, { kind: 'closed', session: 'abc123', step: 1 }, Object.create(null)]) {
      expect(readMessage(fromPresenter, bad, 'abc123')).toBeNull();
      expect(readMessage(fromSlides, bad, 'abc123')).toBeNull();
    }
  });
});
