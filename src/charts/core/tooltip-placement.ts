/**
 * Placement of read-outs too wide to sit beside their point on a narrow panel (the tornado's settings,
 * the bank view's table). Plain arithmetic over `placeTooltip`.
 */
import { placeTooltip, type TooltipPlacement } from './layout';

/**
 * Places a tooltip beside the point (x, y) like `placeTooltip`; where neither side leaves `minWidth` px
 * (a narrow panel), spans the panel's width instead, still above or below the point.
 */
export function placeWideTooltip(x: number, y: number, width: number, height: number, minWidth: number): TooltipPlacement {
  const beside = placeTooltip(x, y, width, height);
  if (beside.maxWidth >= Math.min(minWidth, width)) return beside;
  return { ...beside, side: 'left', offset: 0, maxWidth: width };
}
