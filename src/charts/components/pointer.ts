import type { PointerEvent } from 'react';

/**
 * Converts a pointer position to the SVG's viewBox coordinates (the layout px the core computed in),
 * whatever size the browser scaled the SVG to. Returns null for an SVG with no rendered size.
 */
export function pointerInViewBox(event: PointerEvent<SVGSVGElement>, width: number, height: number): { x: number; y: number } | null {
  const rect = event.currentTarget.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  return { x: ((event.clientX - rect.left) * width) / rect.width, y: ((event.clientY - rect.top) * height) / rect.height };
}

/** Formats a share of a length as a CSS percentage, for positions that scale with the SVG. */
export function percentOf(part: number, whole: number): string {
  return `${whole > 0 ? (100 * part) / whole : 0}%`;
}
