import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Measures an element's content width and follows its changes. The width is null until the first
 * measurement, which happens before the browser paints: a caller that waits for it draws its charts
 * once, at the right size, instead of once at a guess and again at the measured width.
 */
export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number | null] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
