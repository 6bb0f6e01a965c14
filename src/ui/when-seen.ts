import { useCallback, useRef, useState, useSyncExternalStore } from 'react';

/**
 * While a slider is dragged, only the panels on screen follow it; the others keep what they drew and
 * catch up when the pointer is released. A drag sends a step per frame, and redrawing thirty panels
 * nobody can see would cost most of each frame. Every other edit (typing, a click, a file, a key press)
 * redraws everything at once.
 */

/**
 * How far outside the window an element still counts as seen. Exactly the window: a panel scrolled in
 * during a drag is drawn live from the observer's next report, a frame later at most.
 */
const MARGIN = '0px';

type Listener = (onScreen: boolean) => void;
const listeners = new WeakMap<Element, Listener>();
let observer: IntersectionObserver | null = null;

function sharedObserver(): IntersectionObserver | null {
  if (typeof IntersectionObserver === 'undefined') return null;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: MARGIN },
  );
  return observer;
}

/**
 * Whether the element is on screen (or near it). Starts as true, so that the first render draws
 * everything, and stays true where the browser has no IntersectionObserver.
 */
export function useOnScreen<T extends Element>(): [(element: T | null) => void, boolean] {
  const [onScreen, setOnScreen] = useState(true);
  const current = useRef<T | null>(null);
  const ref = useCallback((element: T | null) => {
    const io = sharedObserver();
    if (current.current && io) {
      io.unobserve(current.current);
      listeners.delete(current.current);
    }
    current.current = element;
    if (element && io) {
      listeners.set(element, setOnScreen);
      io.observe(element);
    }
  }, []);
  return [ref, onScreen];
}

// Whether a slider is being dragged, as an external store React can subscribe to.
let dragging = false;
const dragListeners = new Set<() => void>();
const subscribeDrag = (listener: () => void) => {
  dragListeners.add(listener);
  return () => dragListeners.delete(listener);
};
const isDragging = () => dragging;

function setDragging(next: boolean): void {
  if (dragging === next) return;
  dragging = next;
  dragListeners.forEach((listener) => listener());
}

/**
 * Marks the start of a slider drag (its pointerdown). The drag ends with the pointer's release or
 * cancellation anywhere in the window; the panels kept off screen then redraw, in that event. (Not
 * with the window's blur: another window taking the focus for a moment would end a drag still going.)
 */
export function startSliderDrag(): void {
  if (dragging || typeof window === 'undefined') return;
  const ends = ['pointerup', 'pointercancel'] as const;
  const end = () => {
    for (const type of ends) window.removeEventListener(type, end, true);
    setDragging(false);
  };
  for (const type of ends) window.addEventListener(type, end, true);
  setDragging(true);
}

/**
 * The value a panel should draw: the live one, except while a slider is dragged and the panel is off
 * screen: then the one it last drew. A panel that scrolls into view draws the live value at once.
 */
export function useValueWhenSeen<T>(value: T, onScreen: boolean): T {
  const [drawn, setDrawn] = useState(value);
  const held = useSyncExternalStore(subscribeDrag, isDragging, isDragging) && !onScreen;
  // Keeping `drawn` in step while live is React's "adjust state while rendering" pattern: the component
  // runs again at once, before anything below it renders.
  if (!held && drawn !== value) setDrawn(value);
  return held ? drawn : value;
}

const holds = (outer: readonly [number, number], inner: readonly [number, number]) => inner[0] >= outer[0] && inner[1] <= outer[1];

/** How much room an axis makes when a drag pushes the data out of it, as a share of the new span. */
const HEADROOM = 0.25;

/**
 * A shared axis domain that holds still while a slider is dragged: it widens, with some room to spare,
 * when the data leave it, and never narrows until the drag ends; then it fits the data again. A room
 * reads a moving line against a steady axis, and the panels of the scenarios not being edited keep
 * their props, so they are not redrawn at every step (a new tick set at every nice boundary the data
 * crossed was most of the slowest frames of a drag). `fit` makes a nice domain holding lo and hi.
 */
export function useDomainHeldDuringDrag(
  domain: readonly [number, number],
  fit: (lo: number, hi: number) => readonly [number, number],
): readonly [number, number] {
  const dragging = useSyncExternalStore(subscribeDrag, isDragging, isDragging);
  const [drawn, setDrawn] = useState(domain);
  let shown = domain;
  if (dragging && drawn !== domain) {
    if (holds(drawn, domain)) {
      shown = drawn;
    } else {
      const lo = Math.min(drawn[0], domain[0]);
      const hi = Math.max(drawn[1], domain[1]);
      const room = (hi - lo) * HEADROOM;
      shown = fit(domain[0] < drawn[0] ? lo - room : lo, domain[1] > drawn[1] ? hi + room : hi);
    }
  }
  // "Adjust state while rendering", as in useValueWhenSeen.
  if (shown !== drawn) setDrawn(shown);
  return shown;
}
