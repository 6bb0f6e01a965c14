/**
 * The first screen first. The app's first commit draws what a window shows at start-up (the header, the
 * scenarios, the score cards, the open Policy controls, the first row of charts); the rest of the page
 * (the other chart rows, the closed control groups, the decision aids) follows in a transition started
 * once that first frame has been painted. React renders a transition in slices and lets a slider's input
 * go first, so the room can move a slider as soon as it sees the charts. Drawn in one commit, the page
 * below the window took most of the first render (about three quarters of its React work).
 */
import { createContext, useContext } from 'react';

/** True while only the first screen is drawn; provided by the App. */
export const FirstScreenContext = createContext(false);

/**
 * The charts' width, measured before the first screen is drawn (null where it was not: component tests).
 * The App's very first commit is the page's frame alone (src/ui/App.tsx, PageFrame): laid out in a few
 * milliseconds, it gives the charts' width, and the first screen is drawn at once at that width. Measured
 * inside the first screen instead, the width cost a layout of the whole screen, then its charts were
 * drawn and the page laid out again before the first paint.
 */
export const ChartsWidthContext = createContext<number | null>(null);

/** Tells whether only the first screen is drawn yet (the rest comes just after its paint). */
export function useFirstScreenOnly(): boolean {
  return useContext(FirstScreenContext);
}

/**
 * Calls back once the browser has painted the page as it stands: a message posted from an animation
 * frame callback runs after that frame's style, layout and paint. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) callback();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

/**
 * The attribute of `<html>` that says the workbench's charts are all drawn and painted (`data-ready =
 * "charts"`). Tests and scripts that read the charts wait for it instead of for a time.
 */
export const READY_ATTRIBUTE = 'data-ready';
