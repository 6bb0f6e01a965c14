/**
 * Text sizes, text-width estimates, direction-aware placement and tooltip placement: the geometry every
 * panel shares. No d3 here; plain arithmetic.
 *
 * Right-to-left decision (made for the whole chart layer, kept here so that every panel follows it):
 * - Time axes run left to right in both languages, as Persian statistical publications plot time, and
 *   value axes grow rightward (effect bars: gains to the right) in both languages.
 * - Titles, legends, captions and the unit label align to the inline start (left in English, right in
 *   Persian), and the y axis (value ticks, or class labels) sits on the inline-start side.
 * - In right-to-left pages the line-end labels therefore sit between the plot and the y-axis labels on
 *   the right; the grid runs through that band so that each tick label still reads against its line.
 * - SVG text inherits the page direction, so `text-anchor: start` means "right edge" in Persian;
 *   `anchorFor` turns a physical side into the anchor that puts that edge at x.
 */

/** A page writing direction. */
export type Direction = 'ltr' | 'rtl';

/** A physical side of the panel. */
export type PhysicalSide = 'left' | 'right';

/** An SVG `text-anchor` value. */
export type TextAnchor = 'start' | 'middle' | 'end';

/**
 * Font sizes in px used inside the SVG (titles and captions are HTML, sized in charts.css). At least
 * 12 px so that a room can read them from the back; the SVG is drawn at its layout size, never shrunk
 * below it except on screens narrower than the panel.
 */
export const TEXT_SIZE = {
  /** Axis tick labels. */
  tick: 13,
  /** Line-end labels, class labels and the unit label. */
  label: 13,
  /** Value labels at bar ends. */
  value: 13,
} as const;

/** Returns the physical side where a line of text starts in this direction. */
export function inlineStartSide(direction: Direction): PhysicalSide {
  return direction === 'rtl' ? 'right' : 'left';
}

/** Returns the physical side where a line of text ends in this direction. */
export function inlineEndSide(direction: Direction): PhysicalSide {
  return direction === 'rtl' ? 'left' : 'right';
}

/**
 * Returns the `text-anchor` that puts the text's `side` edge at the anchor point, given that SVG text
 * inherits the page direction ("start" is the right edge in right-to-left text).
 */
export function anchorFor(side: PhysicalSide | 'center', direction: Direction): TextAnchor {
  if (side === 'center') return 'middle';
  return side === inlineStartSide(direction) ? 'start' : 'end';
}

// Average advance widths in em for an ordinary sans-serif (system-ui, Vazirmatn); deliberately generous
// so that estimated labels do not collide when the real font is a little wider.
const NARROW = new Set([' ', '.', ',', ':', ';', '٫', '٬', '(', ')', '|', '!', "'", 'i', 'l', 'j', 't', 'f', 'r', 'I', '\u200e', '\u200f', '\u061c']);

/**
 * Estimates the width in px of one line of text at a font size. Layout uses it where the DOM cannot be
 * measured (server rendering, tests, the first frame); a generous estimate keeps labels apart.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return emWidth(text) * fontSize;
}

// Panels lay themselves out again at every slider step, measuring the same few labels (ticks, years,
// line names) each time: each text's width in em is counted once.
const emWidths = new Map<string, number>();

function emWidth(text: string): number {
  const known = emWidths.get(text);
  if (known !== undefined) return known;
  let em = 0;
  for (const ch of text) {
    if (ch === '\u200e' || ch === '\u200f' || ch === '\u061c') continue; // direction marks take no room
    if (NARROW.has(ch)) em += 0.32;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else if (ch === 'm' || ch === 'w' || ch === 'M' || ch === 'W' || ch === '%' || ch === '٪') em += 0.85;
    else em += 0.6;
  }
  if (emWidths.size > 2000) emWidths.clear();
  emWidths.set(text, em);
  return em;
}

/** Where a tooltip goes: anchored to one physical side of the panel, and how wide it may grow. */
export interface TooltipPlacement {
  /** The panel side the tooltip's own edge is measured from. */
  readonly side: PhysicalSide;
  /** Distance in px from that panel side to the tooltip's edge. */
  readonly offset: number;
  /** The widest the tooltip may grow without leaving the panel, in px. */
  readonly maxWidth: number;
  /** Distance in px from the panel top to the tooltip's top (or from the bottom when `fromBottom`). */
  readonly top: number;
  /** True when the tooltip is placed above the point (measured from the panel bottom). */
  readonly fromBottom: boolean;
}

/**
 * Places a tooltip beside the point (x, y) of a panel so that it never overflows: it opens toward the
 * wider side, is capped to the room left there, and opens upward from points in the lower part.
 */
export function placeTooltip(x: number, y: number, width: number, height: number, gap = 12, margin = 4): TooltipPlacement {
  const clampedX = Math.max(0, Math.min(width, x));
  const opensRight = clampedX <= width / 2;
  const offset = opensRight ? clampedX + gap : width - clampedX + gap;
  const maxWidth = Math.max(0, width - offset - margin);
  const fromBottom = y > height * 0.6;
  const top = fromBottom ? Math.max(0, height - y + gap / 2) : Math.max(0, y + gap / 2);
  return { side: opensRight ? 'left' : 'right', offset, maxWidth, top, fromBottom };
}

/** Shortens a label with an ellipsis so that its estimated width fits `maxWidth`. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && estimateTextWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** The distance in px between the baselines of wrapped lines of text at a font size. */
export function lineHeight(fontSize: number): number {
  return Math.round(fontSize * 1.3);
}

/**
 * Breaks a text into lines whose estimated width fits `maxWidth`, at spaces (greedily, so the cost is
 * linear in the text's length: each word is measured once and the lines' widths are running sums). A
 * word wider than the whole width is split between characters, so nothing is cut and nothing overflows.
 * A unit such as "trillion rials (at 1390 prices)" must be read whole: an ellipsis would hide its base.
 */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const limit = Math.max(fontSize, maxWidth);
  const space = estimateTextWidth(' ', fontSize);
  const lines: string[] = [];
  let line: string[] = [];
  let lineWidth = 0;
  const flush = () => {
    if (line.length > 0) lines.push(line.join(' '));
    line = [];
    lineWidth = 0;
  };
  for (const word of words) {
    const w = estimateTextWidth(word, fontSize);
    if (w > limit) {
      // Too long for any line: fill lines with its characters (each measured once).
      flush();
      let piece = '';
      let pieceWidth = 0;
      for (const ch of word) {
        const cw = estimateTextWidth(ch, fontSize);
        if (piece && pieceWidth + cw > limit) {
          lines.push(piece);
          piece = '';
          pieceWidth = 0;
        }
        piece += ch;
        pieceWidth += cw;
      }
      line = [piece];
      lineWidth = pieceWidth;
      continue;
    }
    if (line.length > 0 && lineWidth + space + w > limit) flush();
    lineWidth += (line.length > 0 ? space : 0) + w;
    line.push(word);
  }
  flush();
  return lines;
}
