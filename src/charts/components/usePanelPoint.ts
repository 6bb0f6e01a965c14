import { useCallback, useState, type FocusEventHandler, type KeyboardEvent, type KeyboardEventHandler, type PointerEvent, type PointerEventHandler } from 'react';
import { nearestYear, stepCell, stepIndex, type GridCell, type KeyMove, type LinearScale } from '../core';
import { pointerInViewBox } from './pointer';

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

/** Compares two grid cells. */
export const sameCell = (a: GridCell, b: GridCell): boolean => a.row === b.row && a.col === b.col;

/** What the panel's SVG listens to, and whether the active point is to be announced. */
export interface PanelPointer {
  readonly onKeyDown: KeyboardEventHandler<SVGSVGElement>;
  readonly onPointerMove: PointerEventHandler<SVGSVGElement>;
  readonly onPointerLeave: PointerEventHandler<SVGSVGElement>;
  readonly onFocus: FocusEventHandler<SVGSVGElement>;
  readonly onBlur: FocusEventHandler<SVGSVGElement>;
  /** The keyboard moved the active point there: a screen reader hears the read-out. */
  readonly announce: boolean;
}

/** How one kind of panel finds its points. */
export interface PointRules<P> {
  /** The SVG's layout size, to turn the pointer's px into the viewBox's. */
  readonly width: number;
  readonly height: number;
  /** The point under the pointer (viewBox px), or null where there is none (the read-out hides). */
  readonly pick: (x: number, y: number) => P | null;
  /** What a key does from the active point (or from none). */
  readonly step: (key: string, from: P | null) => KeyMove<P>;
  /** The point focusing the panel shows, or null when the panel has nothing to show. */
  readonly focusAt: P | null;
}

/**
 * The active point of a panel and the handlers that move it, the same in every panel: the pointer picks
 * a point, the keys step (Escape hides), focus shows `focusAt`, leaving and blurring hide. The panel
 * gives only how its points are found.
 */
export function usePanelPoint<P>(same: (a: P, b: P) => boolean, rules: PointRules<P>) {
  const { active, show, hide } = useActivePoint(same);
  const { width, height, pick, step, focusAt } = rules;
  const pointer: PanelPointer = {
    onPointerMove: (event: PointerEvent<SVGSVGElement>) => {
      const p = pointerInViewBox(event, width, height);
      if (!p) return;
      const at = pick(p.x, p.y);
      if (at === null) hide();
      else show(at, false);
    },
    onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => {
      const move = step(event.key, active ? active.at : null);
      if (move.kind === 'none') return;
      event.preventDefault();
      if (move.kind === 'hide') hide();
      else show(move.to, true);
    },
    onFocus: () => {
      if (!active && focusAt !== null) show(focusAt, true);
    },
    onPointerLeave: hide,
    onBlur: hide,
    announce: active !== null && active.byKey,
  };
  return { active, pointer };
}

/** The rows of a horizontal bar panel as its layout places them (equal heights, top to bottom). */
interface RowGeometry {
  readonly rows: ReadonlyArray<{ readonly rowTop: number; readonly rowHeight: number }>;
}

/**
 * The active bar of a panel of horizontal rows (effect bars, tornado, waterfall): the pointer picks the
 * row under it, the up and down keys step through the rows, and focusing the panel shows `focusAt`.
 */
export function useBarRows(width: number, height: number, layout: RowGeometry, count: number, focusAt: number) {
  return usePanelPoint(sameIndex, {
    width,
    height,
    pick: (_x, y) => {
      if (layout.rows.length === 0) return null;
      const { rowTop, rowHeight } = layout.rows[0];
      const i = Math.floor((y - rowTop) / rowHeight);
      return i >= 0 && i < layout.rows.length ? i : null;
    },
    step: (key, from) => stepIndex(key, from, count, 'vertical', 0),
    focusAt: count > 0 ? focusAt : null,
  });
}

/**
 * The active year of a panel over the simulated years t = 0..horizon (lines, fans, shares): the pointer
 * picks the nearest year, left and right step, and focus and a first key start at `startYear` (the
 * horizon, or a fan's last computed year).
 */
export function useYearPoint(width: number, height: number, x: LinearScale, horizon: number, startYear = horizon) {
  return usePanelPoint(sameIndex, {
    width,
    height,
    pick: (px) => nearestYear(px, x, horizon),
    step: (key, from) => stepIndex(key, from, horizon + 1, 'horizontal', startYear),
    focusAt: startYear,
  });
}

/**
 * The active cell of a rows x cols grid (the binding grid's class by year, the bank view's chart by
 * year): the panel's `pick` finds the cell under the pointer, the arrows step, and focus shows the
 * first row's last year.
 */
export function useGridCell(width: number, height: number, rows: number, cols: number, pick: (x: number, y: number) => GridCell | null) {
  return usePanelPoint(sameCell, {
    width,
    height,
    pick,
    step: (key, from) => stepCell(key, from, rows, cols),
    focusAt: rows > 0 ? { row: 0, col: cols - 1 } : null,
  });
}
