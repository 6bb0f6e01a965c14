import { useCallback, useState } from 'react';

/** The point a panel reads out, and whether the keyboard put it there (then it is announced). */
export interface ActivePoint<P> {
  readonly at: P;
  readonly byKey: boolean;
}

/**
 * Holds a panel's active point (a year, a bar, a cell). Setting the same point again keeps the same
 * state object, so a pointer moving within one year does not re-render the panel.
 */
export function useActivePoint<P>(same: (a: P, b: P) => boolean) {
  const [active, setActive] = useState<ActivePoint<P> | null>(null);
  const show = useCallback(
    (at: P, byKey: boolean) => setActive((prev) => (prev && prev.byKey === byKey && same(prev.at, at) ? prev : { at, byKey })),
    [same],
  );
  const hide = useCallback(() => setActive(null), []);
  return { active, show, hide };
}

/** Compares two indices. */
export const sameIndex = (a: number, b: number): boolean => a === b;
