/**
 * The text of a path field (MODEL.md 2): a number, a formula in t, or a row of yearly values written
 * `0.031; 0.077; 0.02` (the known years, then the assumption for the rest; `؛` and `[a, b]` also read).
 * Checked as the file loader checks it: every value in range, every year.
 */
import { LIMITS, compileExpression, formulaParserLoaded, loadFormulaParser, type UnitKind } from '../../engine';
import { fromShown, parseShown, toShown } from './display';
import type { ControlValue } from './values';

/**
 * Writes a value as the field shows it: numbers and rows in the shown unit (percent for a rate, as
 * display.ts says), a formula as written (a formula gives the stored value: 0.02 is 2% a year).
 */
export function pathText(value: ControlValue, unit?: UnitKind): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(toShown(value, unit));
  return value.map((v) => String(toShown(v, unit))).join('; ');
}

/** Why an entry is refused, for the reader: what the entry gave and what is allowed. */
export type PathTextProblem =
  | { readonly kind: 'out-of-range'; readonly value: number; readonly year?: number; readonly index?: number }
  | { readonly kind: 'not-a-number'; readonly index: number; readonly text: string }
  | { readonly kind: 'too-many'; readonly count: number }
  | { readonly kind: 'not-finite'; readonly year: number }
  | { readonly kind: 'formula'; readonly detail: string };

/** Splits a row's text into its values' texts, or returns null where the text is not a row. */
function rowItems(text: string): string[] | null {
  const bracketed = /^\[(.*)\]$/s.exec(text);
  if (bracketed) return bracketed[1].split(/[,;؛]/).map((s) => s.trim());
  if (/[;؛]/.test(text)) return text.split(/[;؛]/).map((s) => s.trim()).filter((s, i, all) => s !== '' || i < all.length - 1);
  return null;
}

/**
 * Reads a path field's text: the value to store, or the first problem; or, for the first formula typed
 * before the formula parser is loaded, the promise of its loading (read the text again once it resolves).
 * Numbers are read in the shown unit (a percent sign allowed); a problem's value is in the stored unit.
 */
export function readPathText(
  text: string,
  min: number,
  max: number,
  horizon: number,
  unit?: UnitKind,
): { value: ControlValue } | { problem: PathTextProblem } | { parserLoading: Promise<void> } {
  const trimmed = text.trim();
  const items = rowItems(trimmed);
  if (items) {
    if (items.length > LIMITS.maxPathValues) return { problem: { kind: 'too-many', count: items.length } };
    const values: number[] = [];
    for (const [index, item] of items.entries()) {
      const v = fromShown(parseShown(item), unit);
      if (!Number.isFinite(v)) return { problem: { kind: 'not-a-number', index, text: item } };
      if (v < min || v > max) return { problem: { kind: 'out-of-range', value: v, index } };
      values.push(v);
    }
    return { value: values };
  }
  const asNumber = fromShown(parseShown(trimmed), unit);
  if (trimmed !== '' && Number.isFinite(asNumber)) {
    return asNumber >= min && asNumber <= max ? { value: asNumber } : { problem: { kind: 'out-of-range', value: asNumber } };
  }
  if (!formulaParserLoaded()) return { parserLoading: loadFormulaParser() };
  const compiled = compileExpression(trimmed);
  if (!compiled.ok) return { problem: { kind: 'formula', detail: compiled.problem.detail } };
  for (let t = 1; t <= horizon; t++) {
    const v = compiled.evaluate({ t, H: horizon });
    if (!Number.isFinite(v)) return { problem: { kind: 'not-finite', year: t } };
    if (v < min || v > max) return { problem: { kind: 'out-of-range', value: v, year: t } };
  }
  return { value: trimmed };
}

/** The year t each value of a row applies to: element i to t = i + 1, the last from then to the horizon. */
export function rowYears(count: number, horizon: number): { index: number; from: number; to: number }[] {
  return Array.from({ length: count }, (_, index) => ({ index, from: index + 1, to: index === count - 1 ? horizon : index + 1 })).filter((r) => r.from <= horizon);
}
