/**
 * The arithmetic of the evidence check (MODEL.md 5): which figure is compared with the evidence band, the
 * verdict it earns, and the unit a figure per currency unit is shown in so that it never reads
 * "0 jobs per rial". Pure, so that the component only lays the results out.
 */
import { evidenceVerdict, type JobsPerCredit } from '../engine';

/** The verdict the evidence check shows; `none` where there is no figure to compare. */
export type EvidenceVerdictName = 'inside' | 'below' | 'above' | 'none';

/** Why a verdict is `none`: no credit moves, no exchange rate in the file, or no year 2 inside the horizon. */
export type NoVerdictReason = 'noCredit' | 'noUsd' | 'noYear2';

/** What the evidence check shows for one scenario. */
export interface EvidenceFigures {
  /** True when the figures are jobs (persons) per US$ 1m; false when they are per the file's currency unit. */
  readonly perUsd: boolean;
  /** The figure at year 2 and at the horizon, in the unit shown (NaN shown as a dash). */
  readonly year2: number;
  readonly horizon: number;
  /** Powers of ten the currency unit is multiplied by (0 with `perUsd`): see `creditUnitExponent`. */
  readonly exponent: number;
  readonly verdict: EvidenceVerdictName;
  /** Set where the verdict is `none`. */
  readonly reason?: NoVerdictReason;
}

/** The largest multiplier tried: a figure smaller than 1e-300 per unit is beyond any scale worth naming. */
const MAX_EXPONENT = 300;

/**
 * The power of ten, a multiple of three (thousand, million, billion, ...), to multiply the file's currency
 * unit by so that every finite, non-zero figure shown per that larger unit is at least 1 in absolute
 * value: 1.2e-8 jobs per rial is shown as 12 jobs per billion rials. Figures already at least 1, zeros and
 * non-numbers ask for no scaling (0).
 */
export function creditUnitExponent(values: readonly number[]): number {
  const sizes = values.filter((v) => Number.isFinite(v) && v !== 0).map(Math.abs);
  if (sizes.length === 0) return 0;
  const smallest = Math.min(...sizes);
  if (smallest >= 1) return 0;
  // A first guess from the logarithm, then corrected for its rounding: the product itself must reach 1.
  let exponent = Math.max(0, 3 * Math.floor(-Math.log10(smallest) / 3));
  while (exponent > 0 && smallest * 10 ** (exponent - 3) >= 1) exponent -= 3;
  while (smallest * 10 ** exponent < 1 && exponent < MAX_EXPONENT) exponent += 3;
  return exponent;
}

/**
 * The figures and the verdict of the evidence check, from the engine's jobs per credit moved and the
 * file's exchange rate (NaN where it gives none). The verdict compares the year-2 figure per US$ 1m with
 * the band (CALIBRATION.md 5 states it at year 2).
 */
export function evidenceFigures(jobs: JobsPerCredit, usdPerCurrencyUnit: number): EvidenceFigures {
  const perUsd = Number.isFinite(usdPerCurrencyUnit) && usdPerCurrencyUnit > 0;
  const movesCredit = Number.isFinite(jobs.year2) || Number.isFinite(jobs.horizon);
  if (!movesCredit) return { perUsd, year2: NaN, horizon: NaN, exponent: 0, verdict: 'none', reason: 'noCredit' };
  if (perUsd) {
    const verdict = evidenceVerdict(jobs.year2PerUsdMillion);
    return verdict
      ? { perUsd, year2: jobs.year2PerUsdMillion, horizon: jobs.horizonPerUsdMillion, exponent: 0, verdict }
      : { perUsd, year2: jobs.year2PerUsdMillion, horizon: jobs.horizonPerUsdMillion, exponent: 0, verdict: 'none', reason: 'noYear2' };
  }
  const exponent = creditUnitExponent([jobs.year2, jobs.horizon]);
  const scale = 10 ** exponent;
  return { perUsd, year2: jobs.year2 * scale, horizon: jobs.horizon * scale, exponent, verdict: 'none', reason: 'noUsd' };
}
