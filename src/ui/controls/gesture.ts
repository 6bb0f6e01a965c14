import { useRef } from 'react';
import { startSliderDrag } from '../when-seen';

let gestureCounter = 0;

/** How long after the last key is let go a run of key presses stays one gesture (one undo step). */
const KEY_RUN_MS = 1000;

/**
 * Groups the input events of one slider drag (pointer down to up) or one run of key presses (until
 * the keys rest for a second or the slider loses focus) into one gesture, so that the store records
 * one undo step for it: ten presses of an arrow are one step, as one drag is.
 */
export function useSliderGesture(path: string) {
  const gesture = useRef<string | undefined>(undefined);
  const keyRunEnd = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const start = () => {
    gesture.current = `${path}#${++gestureCounter}`;
  };
  const stopKeyRun = () => {
    if (keyRunEnd.current !== undefined) clearTimeout(keyRunEnd.current);
    keyRunEnd.current = undefined;
  };
  const end = () => {
    stopKeyRun();
    gesture.current = undefined;
  };
  return {
    current: () => gesture.current,
    handlers: {
      onPointerDown: () => {
        end();
        start();
        startSliderDrag();
      },
      onPointerUp: end,
      onKeyDown: () => {
        stopKeyRun();
        if (gesture.current === undefined) start();
      },
      onKeyUp: () => {
        // A key let go that began no run here (the Tab that brought focus) ends nothing.
        if (gesture.current === undefined) return;
        stopKeyRun();
        keyRunEnd.current = setTimeout(end, KEY_RUN_MS);
      },
      onBlur: end,
    },
  };
}

/** Reads digits typed in Persian or Arabic-Indic and a Persian decimal separator as a number. */
export function parseLocalizedNumber(text: string): number {
  const western = text
    .trim()
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[٫]/g, '.')
    .replace(/[٬,]/g, '')
    .replace(/−/g, '-');
  return western === '' ? NaN : Number(western);
}
