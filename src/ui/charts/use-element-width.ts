import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Measures an element's content width and follows its changes. The width is null until the first
 * measurement, which happens before the browser paints: a caller that waits for it draws its charts
 * once, at the right size, instead of once at a guess and again at the measured width. Given the width
 * already measured (`known`: the element's frame laid out alone), it starts with it and forces no layout;
 * the observer corrects it before the paint if the element turns out otherwise.
 */
export function useElementWidth<T extends HTMLElement>(known: number | null = null): [RefObject<T | null>, number | null] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(known);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (known === null) setWidth(Math.floor(element.getBoundingClientRect().width));
    // Later changes come with their size: reading it from the entry forces no layout (the observer also
    // fires when only the height changes, as charts redraw during a drag).
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const box = entry.borderBoxSize?.[0];
      setWidth(Math.floor(box ? box.inlineSize : element.getBoundingClientRect().width));
    });
    observer.observe(element);
    return () => observer.disconnect();
    // `known` counts at mount only: later widths come from the observer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [ref, width];
}
