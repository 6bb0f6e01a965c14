// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSliderDrag, useValueWhenSeen } from './when-seen';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

beforeAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
});

function Shown({ value, onScreen }: { value: number; onScreen: boolean }) {
  return <output>{useValueWhenSeen(value, onScreen)}</output>;
}

const host = document.createElement('div');
const root = createRoot(host);
const render = (value: number, onScreen: boolean) => act(() => root.render(<Shown value={value} onScreen={onScreen} />));
const shown = () => host.textContent;

afterEach(() => {
  // End any drag a test left running.
  act(() => window.dispatchEvent(new Event('pointerup')));
});

describe('useValueWhenSeen', () => {
  it('follows every change when no slider is dragged, on screen or off', () => {
    render(1, true);
    render(2, false);
    expect(shown()).toBe('2');
    render(3, false);
    expect(shown()).toBe('3');
  });

  it('holds the last value off screen during a drag and catches up on release', () => {
    render(1, false);
    act(() => startSliderDrag());
    render(2, false);
    render(3, false);
    expect(shown()).toBe('1');
    act(() => window.dispatchEvent(new Event('pointerup')));
    expect(shown()).toBe('3');
  });

  it('follows a drag on screen, and a panel scrolled into view mid-drag shows the live value', () => {
    render(1, true);
    act(() => startSliderDrag());
    render(2, true);
    expect(shown()).toBe('2');
    render(3, false);
    expect(shown()).toBe('2');
    render(3, true);
    expect(shown()).toBe('3');
  });
});
