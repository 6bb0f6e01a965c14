import { createContext } from 'react';

/**
 * Set only when the build draws the static first view (src/snapshot.tsx): the charts area's width, which
 * the first view cannot measure, and how many chart rows to draw (those on the first screen; the page
 * below them fills in when the app starts). In the browser there is none and the app draws everything.
 */
export interface FirstViewDrawing {
  readonly chartsWidth: number;
  readonly chartRows: number;
}

export const FirstViewContext = createContext<FirstViewDrawing | null>(null);
