/**
 * A small seeded generator (sfc32, seeded through splitmix32) and the three distributions of MODEL.md 7,
 * each drawn by inverting its CDF from one uniform number, so every draw uses the same count of random
 * numbers and the same seed gives the same numbers in Node, the page and a Worker.
 */
import type { DistributionKind } from './types';

/** Returns a generator of uniform numbers in [0, 1) for a 32-bit seed. */
export function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** The standard normal CDF (Abramowitz and Stegun 7.1.26 via erf; absolute error below 1.5e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** The standard normal quantile (Acklam's rational approximation; relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/** A distribution ready to turn uniform numbers into draws. */
export interface Distribution {
  readonly kind: DistributionKind;
  readonly low: number;
  readonly high: number;
  /** The value at the centre: the mode (triangular, normal with a mode) or the middle of low..high. */
  readonly centre: number;
  /** Maps a uniform number in [0, 1) to a draw inside [low, high]. */
  fromUniform(u: number): number;
}

/** Builds one of MODEL.md 7's distributions; `normal` is truncated to [low, high]. */
export function createDistribution(kind: DistributionKind, low: number, high: number, mode?: number, sd?: number): Distribution {
  const width = high - low;
  const clamp = (x: number) => (x < low ? low : x > high ? high : x);
  if (width <= 0) return { kind, low, high, centre: low, fromUniform: () => low };
  if (kind === 'uniform') return { kind, low, high, centre: (low + high) / 2, fromUniform: (u) => clamp(low + u * width) };
  if (kind === 'triangular') {
    const c = mode ?? (low + high) / 2;
    const split = (c - low) / width;
    return {
      kind, low, high, centre: c,
      fromUniform: (u) =>
        clamp(u < split ? low + Math.sqrt(u * width * (c - low)) : high - Math.sqrt((1 - u) * width * (high - c))),
    };
  }
  const mean = mode ?? (low + high) / 2;
  const s = sd !== undefined && sd > 0 ? sd : width / 4;
  const pLow = normalCdf((low - mean) / s);
  const pHigh = normalCdf((high - mean) / s);
  return {
    kind, low, high, centre: mean,
    fromUniform: (u) => clamp(mean + s * normalQuantile(pLow + u * (pHigh - pLow))),
  };
}
