import { useCallback, type KeyboardEvent, type PointerEvent } from 'react';
import { stepIndex } from '../core';
import { pointerInViewBox } from './pointer';
import { sameIndex, useActivePoint } from './useActivePoint';

/** The rows of a horizontal bar panel as its layout places them (equal heights, top to bottom). */
interface RowGeometry {
  readonly rows: ReadonlyArray<{ readonly rowTop: number; readonly rowHeight: number }>;
}

/**
 * The active bar of a panel of horizontal rows (effect bars, tornado, waterfall): the pointer picks the
 * row under it, the up and down keys step through the rows, and focusing the panel shows `focusAt`.
 */
export function useBarRows(width: number, height: number, layout: RowGeometry, count: number, focusAt: number) {
  const { active, show, hide } = useActivePoint(sameIndex);
  const onPointerMove = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      const p = pointerInViewBox(event, width, height);
      if (!p || layout.rows.length === 0) return;
      const { rowTop, rowHeight } = layout.rows[0];
      const i = Math.floor((p.y - rowTop) / rowHeight);
      if (i >= 0 && i < layout.rows.length) show(i, false);
      else hide();
    },
    [width, height, layout, show, hide],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      const move = stepIndex(event.key, active ? active.at : null, count, 'vertical', 0);
      if (move.kind === 'none') return;
      event.preventDefault();
      if (move.kind === 'hide') hide();
      else show(move.to, true);
    },
    [active, count, show, hide],
  );
  const onFocus = useCallback(() => {
    if (!active && count > 0) show(focusAt, true);
  }, [active, count, focusAt, show]);
  return { active, show, hide, onPointerMove, onKeyDown, onFocus };
}
