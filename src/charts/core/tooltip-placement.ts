/**
 * Placement of read-outs too wide to sit beside their point on a narrow panel (the tornado's settings,
 * the bank view's table). Plain arithmetic over `placeTooltip`.
 */
import { placeTooltip, type TooltipPlacement } from './layout';

const GAP = 6; // between a spanning read-out and the band it keeps clear

/** A horizontal band of the panel a read-out must not cover (the active row or small chart), in px. */
export interface ClearBand {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Places a tooltip beside the point (x, y) like `placeTooltip`. Where neither side leaves `minWidth` px
 * (a narrow panel), lets it span the panel instead, anchored to the side away from the point (so that a
 * read-out narrower than the panel leaves the point in view) and, given `clear`, above or below that band,
 * whichever has more room, so that it never hides what it reads out.
 */
export function placeWideTooltip(x: number, y: number, width: number, height: number, minWidth: number, clear?: ClearBand): TooltipPlacement {
  const beside = placeTooltip(x, y, width, height);
  if (beside.maxWidth >= Math.min(minWidth, width)) return beside;
  const side = x > width / 2 ? 'left' : 'right';
  if (!clear) return { ...beside, side, offset: 0, maxWidth: width };
  const below = height - clear.bottom >= clear.top;
  return below
    ? { side, offset: 0, maxWidth: width, fromBottom: false, top: clear.bottom + GAP }
    : { side, offset: 0, maxWidth: width, fromBottom: true, top: height - clear.top + GAP };
}
