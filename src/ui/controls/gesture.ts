import { useRef } from 'react';
import { startSliderDrag } from '../when-seen';

let gestureCounter = 0;

/**
 * Groups the input events of one slider drag (pointer down to up) or one key press into one gesture,
 * so that the store records one undo step for it.
 */
export function useSliderGesture(path: string) {
  const gesture = useRef<string | undefined>(undefined);
  const start = () => {
    gesture.current = `${path}#${++gestureCounter}`;
  };
  return {
    current: () => gesture.current,
    handlers: {
      onPointerDown: () => {
        start();
        startSliderDrag();
      },
      onPointerUp: () => (gesture.current = undefined),
      onKeyDown: (e: { repeat: boolean }) => {
        if (!e.repeat) start();
      },
      onKeyUp: () => (gesture.current = undefined),
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
