/**
 * Colours (UX.md "Visual language"): scenarios from the colour-blind-safe Okabe-Ito palette, size
 * classes as an ordered light-to-dark sequence, gains and losses on a blue/orange diverging pair (never
 * red/green), and the binding-constraint grid on the same blue/orange axis.
 */
import { interpolateLab, interpolateRgbBasis, rgb } from 'd3';

// ColorBrewer's YlGnBu (nine classes), as d3-scale-chromatic ramps it; written out here so that the
// whole colour-scheme module stays out of the first download.
const interpolateYlGnBu = interpolateRgbBasis(['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58']);

/**
 * Scenario colours in Okabe-Ito order. Okabe-Ito's yellow (#F0E442) is left out: its contrast on white
 * is about 1.2:1, so a 2 px line in it all but vanishes on a projector; black takes its place at the end.
 * A workshop shows at most four scenarios, so the first four (blue, orange, green, pink) carry the load.
 * A workshop may hold twelve (MODEL.md 7): five dark hues (purple, brown, teal, crimson, olive) follow,
 * each at least 25 CIELAB units from every other, so that no scenario takes another's colour.
 */
export const SCENARIO_COLORS: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#6A3D9A', '#8C510A', '#01665E', '#B2182B', '#6B7A00'];

/** Returns the colour of the i-th scenario, cycling when there are more scenarios than colours. */
export function scenarioColor(index: number): string {
  const n = SCENARIO_COLORS.length;
  return SCENARIO_COLORS[((index % n) + n) % n];
}

/**
 * Line patterns (SVG `stroke-dasharray`, px at a 2-2.5 px line; '' is solid), so that lines stay apart
 * where colour does not: on a washed-out projector, printed in grey, or for a reader who sees few
 * colours. Twelve rhythms, one per scenario a workshop may hold; none is another's rotation (which
 * would look the same shifted) nor the comparison's even dash. Each period is at most 40 px, so that a
 * legend's 40 px sample shows the whole rhythm.
 */
export const LINE_DASHES: readonly string[] = [
  '', // solid
  '12 4', // long dash
  '2 3', // dots
  '12 3 2 3', // dash dot
  '22 5', // very long dash
  '12 3 2 3 2 3', // dash dot dot
  '22 4 4 4', // long dash, short dash
  '1 6', // sparse dots
  '22 3 2 3 2 3 2 3', // long dash, three dots
  '7 3 7 9', // paired dashes
  '22 3 7 3', // long dash, medium dash
  '3 3 3 9', // paired short dashes
];

/** The pattern of a comparison line (the counterfactual or the reference): an even dash no scenario uses. */
export const COMPARISON_DASH = '6 4';

/** Returns the pattern of the i-th scenario's line (beside its colour, `scenarioColor`), cycling past twelve. */
export function scenarioDash(index: number): string {
  const n = LINE_DASHES.length;
  return LINE_DASHES[((index % n) + n) % n];
}

/**
 * Returns the pattern of size class k's line beside the solid total: the table after its solid entry,
 * so that no class line is mistaken for the total even where colours blur.
 */
export function classDash(k: number): string {
  const n = LINE_DASHES.length - 1;
  return LINE_DASHES[1 + (((k % n) + n) % n)];
}

/** The colour of a gain (a rise in a measure where more is better): dark blue, 6.5:1 on white. */
export const GAIN_COLOR = '#2166ac';
/** The colour of a loss: dark orange, readable as text on white (5:1), distinct from blue for every colour vision. */
export const LOSS_COLOR = '#b35806';
/** The colour of the reference or counterfactual line when it is not a scenario's own colour. */
export const REFERENCE_COLOR = '#555555';
/** The near-white a binding cell fades to as the class nears the balance of finance and demand. */
export const NEUTRAL_COLOR = '#f2f2f2';

// YlGnBu runs from near-white yellow to navy; restricting it to [0.3, 0.95] keeps the lightest class
// visible on white (about 1.6:1, enough for a filled band or a 2 px line) and the darkest short of black.
const CLASS_RAMP_START = 0.3;
const CLASS_RAMP_END = 0.95;

/**
 * Returns `count` colours for size classes ordered from micro (light) to large (dark): a sequential,
 * colour-blind-safe ramp (YlGnBu), so that order reads as size even without the legend.
 */
export function classColors(count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [rgb(interpolateYlGnBu((CLASS_RAMP_START + CLASS_RAMP_END) / 2)).formatHex()];
  return Array.from({ length: count }, (_, i) =>
    rgb(interpolateYlGnBu(CLASS_RAMP_START + ((CLASS_RAMP_END - CLASS_RAMP_START) * i) / (count - 1))).formatHex(),
  );
}

/**
 * Returns the colour of an effect: gains blue, losses orange. `higherIsWorse` flips the meaning for
 * measures such as the bank's expected loss, where a rise is the loss. Zero counts as neither and gets
 * the gain colour (its bar has no length).
 */
export function effectColor(value: number, higherIsWorse = false): string {
  const good = higherIsWorse ? value <= 0 : value >= 0;
  return good ? GAIN_COLOR : LOSS_COLOR;
}

const BALANCE_TOLERANCE = 0.01;

/**
 * Returns the fill of a binding-constraint cell from the class's finance-bound share (0..1, MODEL.md 4
 * `thetaF`): blue where finance binds (> 0.5), orange where demand binds (< 0.5), fading to near-white as
 * the share nears 0.5 (neutral grey within half a percentage point of it). The square root makes a clear lean visible before it is overwhelming.
 */
export function bindingColor(financeShare: number): string {
  if (!Number.isFinite(financeShare)) return NEUTRAL_COLOR;
  const lean = Math.min(1, Math.abs(financeShare - 0.5) * 2);
  // Within half a percentage point of balance the class leans neither way (the base year, theta = 0.5).
  if (lean < BALANCE_TOLERANCE) return NEUTRAL_COLOR;
  const target = financeShare > 0.5 ? GAIN_COLOR : LOSS_COLOR;
  return rgb(interpolateLab(NEUTRAL_COLOR, target)(0.12 + 0.88 * Math.sqrt(lean))).formatHex();
}

/** Tells whether a class is held back by finance rather than demand (MODEL.md 4: `thetaF > 0.5`). */
export function isFinanceBound(financeShare: number): boolean {
  return financeShare > 0.5;
}

/** Returns the WCAG relative luminance of a CSS colour (0 black .. 1 white). */
export function relativeLuminance(color: string): number {
  const c = rgb(color);
  const channel = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** Returns the WCAG contrast ratio of two CSS colours (1..21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Returns a colour for text naming a series drawn in `color`: the colour itself when it reads on white
 * (contrast at least 4.5:1), else the same hue darkened until it does (light class colours would
 * otherwise vanish as text).
 */
export function readableOnWhite(color: string, minContrast = 4.5): string {
  let c = rgb(color);
  for (let i = 0; i < 12 && contrastRatio(c.formatHex(), '#ffffff') < minContrast; i++) c = c.darker(0.4);
  return c.formatHex();
}
