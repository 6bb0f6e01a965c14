// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSliderDrag, useDomainHeldDuringDrag, useValueWhenSeen } from './when-seen';

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

// Domains as the charts make them: one array per pair of bounds, rounded out to whole tens.
const kept = new Map<string, readonly [number, number]>();
const domain = (lo: number, hi: number): readonly [number, number] => {
  const key = `${lo}|${hi}`;
  if (!kept.has(key)) kept.set(key, [lo, hi]);
  return kept.get(key) as readonly [number, number];
};
const fitTens = (lo: number, hi: number) => domain(Math.floor(lo / 10) * 10, Math.ceil(hi / 10) * 10);

function Axis({ lo, hi }: { lo: number; hi: number }) {
  const [a, b] = useDomainHeldDuringDrag(domain(lo, hi), fitTens);
  return <output>{`${a}..${b}`}</output>;
}
const renderAxis = (lo: number, hi: number) => act(() => root.render(<Axis lo={lo} hi={hi} />));

describe('useDomainHeldDuringDrag', () => {
  it('follows the data when no slider is dragged', () => {
    renderAxis(0, 100);
    renderAxis(0, 50);
    expect(shown()).toBe('0..50');
  });

  it('holds during a drag, never narrows, widens with room to spare, and fits the data on release', () => {
    renderAxis(0, 100);
    act(() => startSliderDrag());
    renderAxis(0, 60);
    expect(shown()).toBe('0..100');
    renderAxis(0, 120);
    // Widened past 120 by a quarter of the new span (30), rounded out by the chart's own rule.
    expect(shown()).toBe('0..150');
    renderAxis(0, 140);
    expect(shown()).toBe('0..150');
    renderAxis(-20, 140);
    expect(shown()).toBe('-70..150');
    act(() => window.dispatchEvent(new Event('pointerup')));
    expect(shown()).toBe('-20..140');
  });
});
