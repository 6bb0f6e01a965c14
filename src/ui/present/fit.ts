import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * A chart height that keeps a slide inside the window: starts from an estimate and, while the slide
 * (the element of the returned ref) runs past the bottom of workshop mode's body, takes the overflow
 * off, down to `min`. A chart is drawn at 1/`scale` of its shown size, so the overflow is divided by it.
 * A new `reset` (the window's size, another scenario) starts again from the estimate.
 */
export function useFitHeight<T extends HTMLElement>(estimate: number, min: number, scale: number, reset: string): [number, RefObject<T | null>] {
  const ref = useRef<T>(null);
  const [fit, setFit] = useState({ reset, height: estimate });
  const height = fit.reset === reset ? Math.min(fit.height, estimate) : estimate;
  useLayoutEffect(() => {
    const slide = ref.current;
    const body = slide?.closest<HTMLElement>('.present-body');
    if (!slide || !body) return;
    const limit = body.getBoundingClientRect().bottom - parseFloat(getComputedStyle(body).paddingBlockEnd || '0');
    const overflow = slide.getBoundingClientRect().bottom - limit;
    if (overflow > 0.5 && height > min) setFit({ reset, height: Math.max(min, Math.floor(height - overflow / scale - 1)) });
    // Measured again whenever the height it sets is drawn: each pass only shrinks, down to `min`.
  }, [height, min, reset, scale]);
  return [height, ref];
}
