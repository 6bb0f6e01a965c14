/**
 * Mounting a chart panel in a component test (jsdom) and acting on it as a user would: one harness for
 * every interaction test, registered in the calling file's hooks.
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll } from 'vitest';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

/** Registers the hooks and returns the helpers; call it once at the top of a test file. */
export function chartHarness() {
  let root: Root | null = null;
  let host: HTMLDivElement | null = null;

  beforeAll(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  });

  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
    root = null;
    host = null;
  });

  /** Renders a panel and returns its chart svg. */
  const mount = (element: ReactElement): SVGSVGElement => {
    host = document.createElement('div');
    document.body.append(host);
    const r = createRoot(host);
    root = r;
    act(() => r.render(element));
    const svg = host.querySelector<SVGSVGElement>('svg.chart-svg');
    if (!svg) throw new Error('no chart svg');
    return svg;
  };
  const find = <E extends Element = Element>(selector: string): E | null => host?.querySelector<E>(selector) ?? null;
  const findAll = (selector: string): Element[] => [...(host?.querySelectorAll(selector) ?? [])];
  const tooltip = (): string => find('[role="tooltip"]')?.textContent ?? '';
  const live = (): string => find('[aria-live="polite"]')?.textContent ?? '';
  const press = (svg: SVGSVGElement, key: string): void => {
    act(() => {
      svg.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    });
  };
  const focus = (svg: SVGSVGElement): void => act(() => svg.focus());
  return { mount, find, findAll, tooltip, live, press, focus };
}
