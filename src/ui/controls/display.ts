/**
 * How a control shows, reads and steps a value: in the units people think in. The model stores shares,
 * rates and percentage points as fractions (MODEL.md); a room reads and types them in percent (10 for
 * ten points of credit, `10%` and Persian digits accepted). The one source of that rule for every
 * control (sliders, number boxes, rows of yearly values, ranges, hints).
 */
import type { UnitKind } from '../../engine';
import { parseLocalizedNumber } from './gesture';

/** The units stored as fractions and shown in percent. */
const PERCENT_UNITS: ReadonlySet<UnitKind> = new Set<UnitKind>(['share', 'perYear', 'ppOfCredit', 'rate', 'shareOfLoan']);

/** How many of the stored unit one shown unit is: 100 for a share shown in percent, 1 otherwise. */
export function displayFactor(unit: UnitKind | undefined): number {
  return unit !== undefined && PERCENT_UNITS.has(unit) ? 100 : 1;
}

/** The value as shown, without the float noise of the multiplication (0.07 × 100 is 7, not 7.000000000000001). */
export function toShown(value: number, unit: UnitKind | undefined): number {
  const factor = displayFactor(unit);
  return factor === 1 ? value : tidy(value * factor);
}

/** The stored value of a shown one. */
export function fromShown(shown: number, unit: UnitKind | undefined): number {
  const factor = displayFactor(unit);
  return factor === 1 ? shown : tidy(shown / factor);
}

/** Drops the last binary digits of a sum or product (12 significant digits are more than any input needs). */
export function tidy(value: number): number {
  return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(12)) : value;
}

/**
 * Reads what a person typed into a box: digits in Latin, Persian or Arabic-Indic, a percent sign (Latin
 * or Arabic) after or before the number, in the shown unit. NaN when it is not a number.
 */
export function parseShown(text: string): number {
  const bare = text.trim().replace(/^[%٪]\s*|\s*[%٪]$/g, '');
  return parseLocalizedNumber(bare);
}

/**
 * The step of the arrow keys, in the stored unit: what a person would choose. A share moves by one
 * percentage point (the table's finer step stays the slider's, for a drag), anything else by its step.
 */
export function keyStepOf(unit: UnitKind | undefined, step: number): number {
  return unit === 'share' || unit === 'ppOfCredit' ? Math.max(step, 0.01) : step;
}

/** How far Page Up and Page Down move: ten key steps. */
export const PAGE_STEPS = 10;

/**
 * The next value on the key step's grid, up or down `steps` (a value between two grid points goes to
 * the next one in that direction), kept within min and max.
 */
export function stepped(value: number, keyStep: number, steps: number, min: number, max: number): number {
  const position = value / keyStep;
  const from = steps > 0 ? Math.floor(position + 1e-9) : Math.ceil(position - 1e-9);
  return Math.min(max, Math.max(min, tidy((from + steps) * keyStep)));
}
