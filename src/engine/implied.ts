/**
 * What a scenario's assumptions imply before anything runs (MODEL.md 4, "shown beside the sliders"):
 * per class, the effective output elasticity of bank credit, the marginal output per unit of credit at
 * the base year, the headroom that smoothness and the finance-bound share leave on either side, and the
 * long-run jobs per unit of credit moved to the class, also per US$ 1 million set against the evidence
 * band. O(K): read from the prepared model, no projection, so it can follow a slider as it moves.
 */
import { evidenceVerdict } from './evidence';
import type { PreparedModel } from './prepare';

/** One class's implied figures; NaN where a figure is undefined (no exchange rate in the file). */
export interface ImpliedClassFigures {
  readonly classId: string;
  /** Realisation at year 1, diversion included: `a_k * exp(-beta * max(0, -rL_k(1)))`, 0..1. */
  readonly realisationYear1: number;
  /** Effective output elasticity of bank credit `a_k * eps_k * theta_k` (dimensionless, 0..1). */
  readonly creditElasticity: number;
  /** Marginal output per unit of credit at the base year, once capacity has adjusted: `a_k eps_k theta_k Y_k(0) / C_k(0)` (output units per currency unit). */
  readonly marginalOutput: number;
  /** The most output could rise with unlimited finance, `(1 - theta_k)^(-1/sigma) - 1` (a share of base output). */
  readonly headroomFinance: number;
  /** The most output could rise with unlimited demand, `theta_k^(-1/sigma) - 1` (a share of base output). */
  readonly headroomDemand: number;
  /** Long-run jobs per unit of credit moved to the class, `a_k(1) eps_k theta_k eta_k E_k(0) / C_k(0)`, in employment units per currency unit. */
  readonly jobsPerCredit: number;
  /** The same in persons per US$ 1 million (MODEL.md 5); NaN where the file gives no `usdPerCurrencyUnit`. */
  readonly jobsPerUsdMillion: number;
  /** Where the figure per US$ 1 million lies against the evidence band (undefined where it is NaN). */
  readonly verdict: 'below' | 'inside' | 'above' | undefined;
}

/**
 * Computes each class's implied figures from a prepared model (MODEL.md 4). Year 1's lending rate and
 * inflation give the real rate that diversion reads; `a_k(1)` enters the jobs figure only, as the model
 * says: the elasticity and marginal output state what the realisation assumption implies by itself.
 */
export function impliedFigures(model: PreparedModel): ImpliedClassFigures[] {
  const sigma = model.smoothness;
  const beta = model.diversionSensitivity;
  const onePlusInflation = 1 + model.inflation[1];
  const out: ImpliedClassFigures[] = [];
  for (let k = 0; k < model.classCount; k++) {
    const a = model.creditRealisation[k];
    const eps = model.creditElasticity[k];
    const theta = model.financeBoundShare[k];
    const eta = model.employmentElasticity[k];
    const realRate = (1 + model.lendingRate[k][1]) / onePlusInflation - 1;
    const realisationYear1 = a * Math.exp(-beta * Math.max(0, -realRate));
    const creditElasticity = a * eps * theta;
    const jobsPerCredit = (realisationYear1 * eps * theta * eta * model.employment0[k]) / model.credit0[k];
    const jobsPerUsdMillion = ((jobsPerCredit * model.personsPerEmploymentUnit) / model.usdPerCurrencyUnit) * 1e6;
    out.push({
      classId: model.classIds[k],
      realisationYear1,
      creditElasticity,
      marginalOutput: (creditElasticity * model.output0[k]) / model.credit0[k],
      headroomFinance: Math.pow(1 - theta, -1 / sigma) - 1,
      headroomDemand: Math.pow(theta, -1 / sigma) - 1,
      jobsPerCredit,
      jobsPerUsdMillion,
      verdict: evidenceVerdict(jobsPerUsdMillion),
    });
  }
  return out;
}
