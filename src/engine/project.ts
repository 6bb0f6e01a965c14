/**
 * The yearly projection (MODEL.md 4). One function, `projectInto`, runs a prepared model with a given
 * setting of the three levers and writes every series into one flat buffer, so that Monte Carlo can
 * reuse the buffer and the counterfactual goes through exactly the same code path.
 */
import { SERIES_NAMES, type SeriesName } from './measures';
import type { PreparedModel } from './prepare';
import type { ProjectionWarning } from './types';

const S = Object.fromEntries(SERIES_NAMES.map((name, i) => [name, i])) as Record<SeriesName, number>;

/** Returns the index of a series in the projection buffer. */
export function seriesIndex(name: SeriesName): number {
  return S[name];
}

/** The setting of the three levers for one run (MODEL.md 5: counterfactual and Shapley runs). */
export interface LeverSwitches {
  readonly credit: boolean;
  readonly exports: boolean;
  readonly guarantee: boolean;
}

/** All three levers on: the scenario as written. */
export const ALL_LEVERS: LeverSwitches = { credit: true, exports: true, guarantee: true };
/** All three levers off: the counterfactual. */
export const NO_LEVERS: LeverSwitches = { credit: false, exports: false, guarantee: false };

/** One run's results: series x (classes + total) x years, in one buffer. */
export interface Projection {
  readonly classIds: readonly string[];
  readonly classCount: number;
  readonly horizon: number;
  /** Index `(series * (classCount + 1) + classIndex) * (horizon + 1) + t`; classIndex = classCount is the total. */
  readonly values: Float64Array;
  readonly warnings: readonly ProjectionWarning[];
}

/** Returns the buffer length one projection of this model needs. */
export function projectionLength(model: PreparedModel): number {
  return SERIES_NAMES.length * (model.classCount + 1) * (model.horizon + 1);
}

/** Reads one value: a series, a class index (classCount for the total) and a year. */
export function valueAt(p: Projection, series: SeriesName, classIndex: number, t: number): number {
  return p.values[(S[series] * (p.classCount + 1) + classIndex) * (p.horizon + 1) + t];
}

/** Copies one series of one class (or the total, classIndex = classCount) over the years 0..H. */
export function seriesOf(p: Projection, series: SeriesName, classIndex: number): number[] {
  const start = (S[series] * (p.classCount + 1) + classIndex) * (p.horizon + 1);
  return Array.from(p.values.subarray(start, start + p.horizon + 1));
}

/** ramp(t, T) of MODEL.md 2. */
export function ramp(t: number, years: number): number {
  if (t <= 0) return 0;
  if (years <= 0) return 1;
  return Math.min(1, t / years);
}

/**
 * Runs the model once and writes every series into `out` (length `projectionLength(model)`).
 * Pushes warnings (first year per class and code, then the fund's) into `warnings` when it is given,
 * already in MODEL.md 4's order: by year, then class order (credit before default probability), then
 * the fund's (leverage before exhaustion).
 */
export function projectInto(
  model: PreparedModel,
  levers: LeverSwitches,
  out: Float64Array,
  warnings: ProjectionWarning[] | null,
): void {
  const K = model.classCount;
  const H = model.horizon;
  const T1 = H + 1;
  const stride = (K + 1) * T1;
  const sigma = model.smoothness;
  const invSigma = -1 / sigma;
  const phi = model.adjustmentSpeed;
  const lambdaE = model.employmentAdjustment;
  const nu = model.firmEntryShare;
  const mMinus1 = model.marginalBorrowerRisk - 1;
  const deltaG = model.guaranteeMoralHazard;
  const omega = model.nplResolution;
  const rwG = model.guaranteeRiskWeight;
  const kappa = model.capitalRatio;
  const beta = model.diversionSensitivity;
  const rhoE = model.costOfEquity;
  const rho = levers.credit ? model.reallocation : 0;
  const SD = model.donorShare;
  const eps = model.creditElasticity;
  const theta = model.financeBoundShare;
  const eta = model.employmentElasticity;
  const mu = model.inputCostShare;
  const psi = model.inputPricePassThrough;
  const epsP = model.priceElasticity;
  const realisation = model.creditRealisation;
  const pd = model.pd;
  const lgd = model.lgd;
  const rw = model.riskWeight;
  const opCost = model.operatingCost;
  const fee = model.guaranteeFee;
  const lendingRate = model.lendingRate;
  const inflation = model.inflation;
  const fundingRate = model.fundingRate;
  const x0 = model.exportShare0;
  const C0 = model.credit0;
  const Y0 = model.output0;
  const E0 = model.employment0;
  const N0 = model.firms0;
  const isDonor = model.isDonor;
  const isRecipient = model.isRecipient;
  const weight = model.recipientWeight;
  const xTarget = levers.exports ? model.exportShareTarget : x0;
  // The guarantee lever is coverage together with the fund (MODEL.md 3.3): off, there is no fund at all.
  const gammaOn = levers.guarantee;
  const gammaK = model.guaranteeCoverage;
  const alpha = model.guaranteeAdditionality;
  const fundReturn = model.fundReturn;
  const leverageCap = model.fundLeverageCap;
  const fundWarnings = warnings !== null && gammaOn && model.fundGiven;

  let L0 = 0;
  for (let k = 0; k < K; k++) L0 += C0[k];

  // Per-class state carried from year to year, and this year's values, in one scratch buffer.
  const state = new Float64Array(22 * K);
  const D0 = state.subarray(0, K);
  const F0 = state.subarray(K, 2 * K);
  const F = state.subarray(2 * K, 3 * K);
  const logE = state.subarray(3 * K, 4 * K);
  const NPL = state.subarray(4 * K, 5 * K);
  const GA = state.subarray(5 * K, 6 * K);
  const Gy = state.subarray(6 * K, 7 * K);
  const logE0 = state.subarray(7 * K, 8 * K);
  const credit = state.subarray(8 * K, 9 * K);
  const baseline = state.subarray(9 * K, 10 * K);
  const demand = state.subarray(10 * K, 11 * K);
  const exportDemand = state.subarray(11 * K, 12 * K);
  const power = state.subarray(12 * K, 13 * K);
  const output = state.subarray(13 * K, 14 * K);
  const employment = state.subarray(14 * K, 15 * K);
  const realised = state.subarray(15 * K, 16 * K);
  const realRate = state.subarray(16 * K, 17 * K);
  const priceEffect = state.subarray(17 * K, 18 * K);
  const logPrice = state.subarray(18 * K, 19 * K);
  const realisationNow = state.subarray(19 * K, 20 * K);
  const fundsPerSale = state.subarray(20 * K, 21 * K);
  const marketIndex = state.subarray(21 * K, 22 * K);
  const warnedCredit = warnings ? new Uint8Array(K) : null;
  const warnedPd = warnings ? new Uint8Array(K) : null;
  let warnedLeverage = false;
  let warnedExhausted = false;

  const iCredit = S.credit * stride;
  const iReal = S.realisedCredit * stride;
  const iFin = S.financeCapacity * stride;
  const iDem = S.demand * stride;
  const iOut = S.output * stride;
  const iExp = S.exports * stride;
  const iEmp = S.employment * stride;
  const iFirms = S.firms * stride;
  const iEL = S.expectedLoss * stride;
  const iGC = S.guaranteeCost * stride;
  const iNpl = S.npl * stride;
  const iRwa = S.rwa * stride;
  const iProfit = S.bankProfit * stride;
  const iCap = S.capital * stride;
  const iGX = S.guaranteedExposure * stride;
  const iGF = S.guaranteeFees * stride;
  const iKG = S.fundCapital * stride;
  const iCn = S.creditWithoutReallocation * stride;
  const iPd = S.defaultProbability * stride;
  const iRL = S.realLendingRate * stride;
  const iProv = S.provisions * stride;
  const iDom = S.domesticSales * stride;

  // (lo/hi)^sigma: by repeated squaring when sigma is a whole number (the default 4, and 50), else exp-log.
  const wholeSigma = Number.isInteger(sigma) && sigma <= 64 ? sigma : 0;
  // (1 + x)^(-1/sigma): by square roots when sigma is 1, 2, 4, 8, 16 or 32 (the default 4), else exp-log.
  const sqrtSteps = sigma === 1 ? 0 : sigma === 2 ? 1 : sigma === 4 ? 2 : sigma === 8 ? 3 : sigma === 16 ? 4 : sigma === 32 ? 5 : -1;

  for (let k = 0; k < K; k++) {
    D0[k] = Y0[k] * Math.pow(1 - theta[k], invSigma);
    F0[k] = Y0[k] * Math.pow(theta[k], invSigma);
    F[k] = F0[k];
    GA[k] = 1;
    Gy[k] = 1;
    logE0[k] = Math.log(E0[k]);
    logE[k] = logE0[k];
  }

  // Each year runs over the classes in passes, and the passes that call Math.log and Math.exp do nothing
  // else: a call into C spills every live floating-point register, so the fewer live values around the
  // calls the better (about a third faster than one pass doing everything).
  let GD = 1;
  let GW = 1;
  let GL = 1;
  let Gpim = 1;
  let fundCapital = gammaOn ? model.guaranteeFundCapital : 0;
  // Year 0's bad-loan flows use the first year's credit growth and inflation (MODEL.md 4, bad-loan stock).
  const firstYearGrowth = (1 + model.creditGrowth[1]) * (1 + inflation[1]);
  for (let t = 0; t <= H; t++) {
    if (t > 0) {
      GD *= 1 + model.domesticDemandGrowth[t];
      GW *= 1 + model.worldDemandGrowth[t];
      GL *= 1 + model.creditGrowth[t];
      Gpim *= 1 + model.rawMaterialInflation[t];
    }
    const L = L0 * GL;
    const r = rho * ramp(t, model.phaseInYears);
    const rx = ramp(t, model.exportRampYears);
    const logGpim = Gpim === 1 ? 0 : Math.log(Gpim);
    // Index 0 of a path holds year 1's value: real rates at t = 0 are those of t = 1 (MODEL.md 4).
    const onePlusInflation = 1 + inflation[t];
    const realFunding = (1 + fundingRate[t]) / onePlusInflation - 1;

    // Credit: the allocated share, the guarantee's extra lending on top, the no-policy credit, the real rate.
    for (let k = 0; k < K; k++) {
      const s0 = C0[k] / L0;
      const share = isRecipient[k] ? s0 + r * weight[k] : isDonor[k] ? s0 * (1 - r / SD) : s0;
      const gamma = t > 0 && gammaOn ? gammaK[k] : 0;
      credit[k] = share * L * (1 + alpha * gamma);
      baseline[k] = s0 * L;
      realRate[k] = (1 + lendingRate[k][t]) / onePlusInflation - 1;
    }

    // Realisation falls as the real lending rate goes below zero (diversion); prices act through
    // P = G_pim^mu (unit cost), p = P^psi (the class's price) and q = p^(-epsP) (demand at that price).
    for (let k = 0; k < K; k++) {
      const negative = realRate[k] < 0 ? -realRate[k] : 0;
      realisationNow[k] = beta === 0 || negative === 0 ? realisation[k] : realisation[k] * Math.exp(-beta * negative);
      if (logGpim === 0) {
        priceEffect[k] = 1;
        logPrice[k] = 0;
        fundsPerSale[k] = 1;
      } else {
        const logP = mu[k] * logGpim;
        const logp = psi[k] * logP;
        logPrice[k] = logp;
        priceEffect[k] = Math.exp(-epsP[k] * logp);
        // p / P: what a unit of sales buys of inputs once they are dearer and part is passed on.
        fundsPerSale[k] = Math.exp(logp - logP);
      }
    }

    // Realised credit and demand (MODEL.md 4).
    for (let k = 0; k < K; k++) {
      const Cn = baseline[k];
      realised[k] = Cn + realisationNow[k] * (credit[k] - Cn);
      const x = x0[k];
      const xp = x + (xTarget[k] - x) * rx;
      const q = priceEffect[k];
      const Dd = (1 - x) * D0[k] * GD * q;
      const Dx = ((1 - x) * D0[k] * GW * q * xp) / (1 - xp);
      exportDemand[k] = Dx;
      demand[k] = Dd + Dx;
    }

    // Finance capacity: starts balanced with demand, then moves toward its target
    // F0 * G_A * o^(1-eps) * ci^eps, with own funds o = B p / P (B the market without the export lever)
    // and realised credit ci = (Ce / C0) / P, written o * (ci / o)^eps, where log(ci / o) =
    // log(Ce / C0 / B) - log p. Powers are exp(b * log(a)) for a > 0: four times faster than Math.pow
    // here, and within a few ulps of it.
    if (t > 0) {
      for (let k = 0; k < K; k++) {
        const x = x0[k];
        const B = ((1 - x) * GD + x * GW) * priceEffect[k];
        marketIndex[k] = B;
        power[k] = eps[k] === 0 ? 1 : Math.exp(eps[k] * (Math.log(realised[k] / C0[k] / B) - logPrice[k]));
      }
      for (let k = 0; k < K; k++) {
        GA[k] *= 1 + model.productivityGrowth[k][t];
        Gy[k] *= 1 + model.laborProductivityGrowth[k][t];
        const target = F0[k] * GA[k] * marketIndex[k] * fundsPerSale[k] * power[k];
        F[k] += phi * (target - F[k]);
      }
    }

    // Output: the smooth minimum lo * (1 + (lo/hi)^sigma)^(-1/sigma) of capacity and demand, computed stably.
    for (let k = 0; k < K; k++) {
      const Fk = F[k];
      const D = demand[k];
      const lo = Fk < D ? Fk : D;
      const hi = Fk < D ? D : Fk;
      let Y = 0;
      if (lo > 0) {
        const ratio = lo / hi;
        let p: number;
        if (wholeSigma === 0) p = Math.exp(sigma * Math.log(ratio));
        else {
          p = 1;
          let base = ratio;
          for (let e = wholeSigma; e > 0; e >>= 1) {
            if (e & 1) p *= base;
            base *= base;
          }
        }
        let root: number;
        if (sqrtSteps < 0) root = Math.exp(Math.log1p(p) * invSigma);
        else {
          let v = 1 + p;
          for (let i = 0; i < sqrtSteps; i++) v = Math.sqrt(v);
          root = 1 / v;
        }
        Y = lo * root;
      }
      output[k] = Y;
    }

    // Employment follows its target in logs (MODEL.md 4).
    if (t > 0) {
      for (let k = 0; k < K; k++) {
        const Y = output[k];
        const logEstar =
          eta[k] === 1 ? logE0[k] + Math.log(Y / (Y0[k] * Gy[k])) : logE0[k] + eta[k] * Math.log(Y / Y0[k]) - Math.log(Gy[k]);
        logE[k] += lambdaE * (logEstar - logE[k]);
      }
      for (let k = 0; k < K; k++) employment[k] = Math.exp(logE[k]);
    }

    let tC = 0, tCe = 0, tF = 0, tD = 0, tY = 0, tX = 0, tE = 0, tN = 0, tEL = 0, tGC = 0, tNPL = 0, tRWA = 0, tBP = 0;
    let tCn = 0, tPdC = 0, tRlC = 0, tProv = 0, GX = 0, GF = 0;
    for (let k = 0; k < K; k++) {
      const o = k * T1 + t;
      const C = credit[k];
      const Cn = baseline[k];
      const D = demand[k];
      const Fk = F[k];
      const Y = output[k];
      const X = (Y * exportDemand[k]) / D;
      const Ek = t === 0 ? E0[k] : employment[k];
      // Firms follow employment.
      const N =
        t === 0 || nu === 0
          ? N0[k]
          : nu === 1
            ? (N0[k] * Ek) / E0[k]
            : nu === 0.5
              ? N0[k] * Math.sqrt(Ek / E0[k])
              : N0[k] * Math.exp(nu * (logE[k] - logE0[k]));

      // Bank (MODEL.md 4).
      const gamma = t > 0 && gammaOn ? gammaK[k] : 0;
      const newShare = C > 0 ? Math.max(0, 1 - Cn / C) : 0;
      const pdUncapped = pd[k] * (1 + mMinus1 * newShare) * (1 + deltaG * gamma);
      const PD = pdUncapped < 1 ? pdUncapped : 1;
      // Bad loans are nominal claims: inflation erodes those carried over; only performing loans default.
      let carried: number;
      let npl: number;
      if (t === 0) {
        npl = startingBadLoans(model.nplRatio0, k, C, PD, omega, firstYearGrowth);
        NPL[k] = npl;
        carried = ((1 - omega) * npl) / firstYearGrowth;
      } else {
        carried = ((1 - omega) * NPL[k]) / onePlusInflation;
        npl = 0; // set below, once the year's defaults are known
      }
      const performing = C > carried ? C - carried : 0;
      const defaults = PD * lgd[k] * performing;
      if (t > 0) {
        npl = carried + PD * performing;
        // Carried bad loans above the book (a donor cut faster than its bad loans resolve): the excess counts as resolved.
        if (npl > C) npl = C;
        NPL[k] = npl;
      }
      const EL = defaults * (1 - gamma);
      const GC = defaults * gamma;
      const RWA = rw[k] * C * (1 - gamma) + rwG * C * gamma;
      const rL = realRate[k];
      // Economic profit, real, a year: interest on performing loans less funding, running costs, expected
      // losses and the cost of the capital the loans need above its funding cost.
      const BP = rL * (C - npl) - (realFunding + opCost[k]) * C - EL - (rhoE - realFunding) * kappa * RWA;

      out[iCredit + o] = C;
      out[iReal + o] = realised[k];
      out[iFin + o] = Fk;
      out[iDem + o] = D;
      out[iOut + o] = Y;
      out[iExp + o] = X;
      out[iEmp + o] = Ek;
      out[iFirms + o] = N;
      out[iEL + o] = EL;
      out[iGC + o] = GC;
      out[iNpl + o] = npl;
      out[iRwa + o] = RWA;
      out[iProfit + o] = BP;
      out[iCn + o] = Cn;
      out[iPd + o] = PD;
      out[iRL + o] = rL;
      out[iProv + o] = lgd[k] * npl;
      out[iDom + o] = Y - X;
      tC += C; tCe += realised[k]; tF += Fk; tD += D; tY += Y; tX += X; tE += Ek; tN += N;
      tEL += EL; tGC += GC; tNPL += npl; tRWA += RWA; tBP += BP; tCn += Cn; tPdC += PD * C; tRlC += rL * C; tProv += lgd[k] * npl;
      GX += gamma * C;
      GF += fee[k] * gamma * C;

      if (warnings && warnedCredit && warnedPd) {
        if (!warnedCredit[k] && C > 2 * Cn) {
          warnedCredit[k] = 1;
          warnings.push({ code: 'credit-above-twice-baseline', class: model.classIds[k], year: t });
        }
        if (!warnedPd[k] && pdUncapped > 1) {
          warnedPd[k] = 1;
          warnings.push({ code: 'pd-capped', class: model.classIds[k], year: t });
        }
      }
    }
    // The guarantee fund (totals only): a negative capital is a deficit carried at the same real return.
    if (t > 0 && gammaOn) fundCapital = fundCapital * (1 + fundReturn) + GF - tGC;
    if (fundWarnings && warnings) {
      if (!warnedLeverage && GX > 0 && GX > leverageCap * fundCapital) {
        warnedLeverage = true;
        warnings.push({ code: 'fund-leverage-above-cap', year: t });
      }
      if (!warnedExhausted && fundCapital < 0) {
        warnedExhausted = true;
        warnings.push({ code: 'fund-exhausted', year: t });
      }
    }

    const o = K * T1 + t;
    out[iCredit + o] = tC;
    out[iReal + o] = tCe;
    out[iFin + o] = tF;
    out[iDem + o] = tD;
    out[iOut + o] = tY;
    out[iExp + o] = tX;
    out[iEmp + o] = tE;
    out[iFirms + o] = tN;
    out[iEL + o] = tEL;
    out[iGC + o] = tGC;
    out[iNpl + o] = tNPL;
    out[iRwa + o] = tRWA;
    out[iProfit + o] = tBP;
    out[iCap + o] = kappa * tRWA;
    out[iGX + o] = GX;
    out[iGF + o] = GF;
    out[iKG + o] = fundCapital;
    out[iCn + o] = tCn;
    // The total's default probability and real lending rate are the credit-weighted means of the classes'.
    out[iPd + o] = tC > 0 ? tPdC / tC : 0;
    out[iRL + o] = tC > 0 ? tRlC / tC : 0;
    out[iProv + o] = tProv;
    out[iDom + o] = tY - tX;
  }
}

/**
 * The bad-loan stock at t = 0 (MODEL.md 4): the file's ratio where given, else the steady state of a book
 * growing at the first year's credit growth under its inflation (all of the book where that state would
 * exceed it, none where nothing defaults).
 */
function startingBadLoans(ratios: Float64Array | null, k: number, C: number, PD: number, omega: number, firstYearGrowth: number): number {
  if (ratios) return ratios[k] * C;
  if (PD === 0) return 0;
  const den = 1 - ((1 - omega) * (1 - PD)) / firstYearGrowth;
  return den > PD ? (C * PD) / den : C;
}

/** Runs one scenario with the given levers and returns its projection (and warnings). */
export function project(model: PreparedModel, levers: LeverSwitches = ALL_LEVERS): Projection {
  const values = new Float64Array(projectionLength(model));
  const warnings: ProjectionWarning[] = [];
  // projectInto pushes the warnings in MODEL.md 4's order (year, class, code; the fund's last).
  projectInto(model, levers, values, warnings);
  return { classIds: model.classIds, classCount: model.classCount, horizon: model.horizon, values, warnings };
}

/**
 * The finance-bound share of a class per year (MODEL.md 4): thetaF(t) = (Y(t) / F(t))^sigma, the share of
 * the class held back by finance; above 0.5 the class is finance-bound (F < D), below it demand-bound.
 */
export function financeBoundShareSeries(p: Projection, classIndex: number, smoothness: number): number[] {
  const output = seriesOf(p, 'output', classIndex);
  const capacity = seriesOf(p, 'financeCapacity', classIndex);
  return output.map((y, t) => (capacity[t] > 0 && y > 0 ? Math.min(1, Math.exp(smoothness * Math.log(y / capacity[t]))) : 0));
}
