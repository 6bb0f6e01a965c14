/**
 * Resolves a scenario into the numbers the projection runs on: defaults filled in (MODEL.md 3),
 * donors and recipients settled, weights normalised, and every path evaluated once for t = 1..H.
 * Anything that makes the scenario unusable comes back as issues with JSON paths, never as a throw.
 */
import { compileExpression, type CompiledExpression } from './expressions';
import { ASSUMPTION_INFO, LIMITS, POLICY_INFO, defaultFor, type ParameterInfo } from './parameters';
import type { EngineIssue, PathValue, PerClass, ScenarioSpec } from './types';

/** The resolved, numeric form of a scenario. Arrays are indexed by class (file order) or by year t. */
export interface PreparedModel {
  readonly id: string;
  readonly classIds: readonly string[];
  readonly classCount: number;
  readonly horizon: number;
  readonly baseYear: number;
  readonly calendar: 'persian' | 'gregorian';

  readonly firms0: Float64Array;
  readonly employment0: Float64Array;
  readonly output0: Float64Array;
  readonly exportShare0: Float64Array;
  readonly credit0: Float64Array;

  creditElasticity: Float64Array;
  financeBoundShare: Float64Array;
  employmentElasticity: Float64Array;
  inputCostShare: Float64Array;
  pd: Float64Array;
  lgd: Float64Array;
  riskWeight: Float64Array;

  smoothness: number;
  adjustmentSpeed: number;
  employmentAdjustment: number;
  firmEntryShare: number;
  marginalBorrowerRisk: number;
  guaranteeMoralHazard: number;
  nplResolution: number;
  guaranteeRiskWeight: number;
  capitalRatio: number;

  /** Growth rates by year t (index 0 unused). */
  domesticDemandGrowth: Float64Array;
  worldDemandGrowth: Float64Array;
  rawMaterialInflation: Float64Array;
  creditGrowth: Float64Array;
  /** Per class, growth rates by year t. */
  productivityGrowth: Float64Array[];
  laborProductivityGrowth: Float64Array[];

  reallocation: number;
  phaseInYears: number;
  exportRampYears: number;
  exportShareTarget: Float64Array;
  guaranteeCoverage: Float64Array;

  readonly donors: readonly string[];
  readonly recipients: readonly string[];
  /** 1 for a donor class, 0 otherwise. */
  readonly isDonor: Uint8Array;
  /** 1 for a recipient class, 0 otherwise. */
  readonly isRecipient: Uint8Array;
  /** Normalised recipient weights w_k (0 for non-recipients). */
  readonly recipientWeight: Float64Array;
  /** S_D: the donors' base-year share of total credit. */
  readonly donorShare: number;
  /** Which parameters were given as expressions (they cannot be made uncertain). */
  readonly expressionParams: ReadonlySet<string>;
}

/**
 * Builds a model object from its parts, always through this one literal, so that every prepared model
 * and every copy has the same shape and the projection's compiled code serves them all without
 * deoptimising (copies made by spreading had another shape, and Monte Carlo paid for it).
 */
function modelFrom(m: PreparedModel): PreparedModel {
  return {
    id: m.id,
    classIds: m.classIds,
    classCount: m.classCount,
    horizon: m.horizon,
    baseYear: m.baseYear,
    calendar: m.calendar,
    firms0: m.firms0,
    employment0: m.employment0,
    output0: m.output0,
    exportShare0: m.exportShare0,
    credit0: m.credit0,
    creditElasticity: m.creditElasticity,
    financeBoundShare: m.financeBoundShare,
    employmentElasticity: m.employmentElasticity,
    inputCostShare: m.inputCostShare,
    pd: m.pd,
    lgd: m.lgd,
    riskWeight: m.riskWeight,
    smoothness: m.smoothness,
    adjustmentSpeed: m.adjustmentSpeed,
    employmentAdjustment: m.employmentAdjustment,
    firmEntryShare: m.firmEntryShare,
    marginalBorrowerRisk: m.marginalBorrowerRisk,
    guaranteeMoralHazard: m.guaranteeMoralHazard,
    nplResolution: m.nplResolution,
    guaranteeRiskWeight: m.guaranteeRiskWeight,
    capitalRatio: m.capitalRatio,
    domesticDemandGrowth: m.domesticDemandGrowth,
    worldDemandGrowth: m.worldDemandGrowth,
    rawMaterialInflation: m.rawMaterialInflation,
    creditGrowth: m.creditGrowth,
    productivityGrowth: m.productivityGrowth,
    laborProductivityGrowth: m.laborProductivityGrowth,
    reallocation: m.reallocation,
    phaseInYears: m.phaseInYears,
    exportRampYears: m.exportRampYears,
    exportShareTarget: m.exportShareTarget,
    guaranteeCoverage: m.guaranteeCoverage,
    donors: m.donors,
    recipients: m.recipients,
    isDonor: m.isDonor,
    isRecipient: m.isRecipient,
    recipientWeight: m.recipientWeight,
    donorShare: m.donorShare,
    expressionParams: m.expressionParams,
  };
}

/** The outcome of preparing a scenario. */
export type PrepareResult =
  | { readonly ok: true; readonly model: PreparedModel }
  | { readonly ok: false; readonly issues: readonly EngineIssue[] };

type PerClassName = {
  [N in keyof typeof ASSUMPTION_INFO]: (typeof ASSUMPTION_INFO)[N]['kind'] extends 'perClass' ? N : never;
}[keyof typeof ASSUMPTION_INFO];
type ScalarName = {
  [N in keyof typeof ASSUMPTION_INFO]: (typeof ASSUMPTION_INFO)[N]['kind'] extends 'scalar' ? N : never;
}[keyof typeof ASSUMPTION_INFO];
type PathName = {
  [N in keyof typeof ASSUMPTION_INFO]: (typeof ASSUMPTION_INFO)[N]['kind'] extends 'path' ? N : never;
}[keyof typeof ASSUMPTION_INFO];
type PerClassPathName = {
  [N in keyof typeof ASSUMPTION_INFO]: (typeof ASSUMPTION_INFO)[N]['kind'] extends 'perClassPath' ? N : never;
}[keyof typeof ASSUMPTION_INFO];

function isPerClassObject<T>(value: PerClass<T> | undefined): value is { readonly [classId: string]: T } {
  return typeof value === 'object' && value !== null;
}

/** Prepares a scenario for projection, or lists every problem that prevents it. */
export function prepareScenario(spec: ScenarioSpec): PrepareResult {
  const issues: EngineIssue[] = [];
  const classes = spec.economy.classes;
  const K = classes.length;
  const H = spec.horizon ?? LIMITS.defaultHorizon;
  const classIds = classes.map((c) => c.id);
  const assumptions = spec.assumptions ?? {};
  const policy = spec.policy ?? {};
  const expressionParams = new Set<string>();
  const compiled = new Map<string, CompiledExpression | null>();

  const fromData = (pick: (i: number) => number) => Float64Array.from({ length: K }, (_, i) => pick(i));

  function checkClassKeys(path: string, value: object): void {
    for (const key of Object.keys(value)) {
      if (!classIds.includes(key)) issues.push({ path: `${path}.${key}`, code: 'unknown-class', params: { value: key } });
    }
  }

  function perClass(path: string, info: ParameterInfo, value: PerClass<number> | undefined): Float64Array {
    const out = new Float64Array(K);
    if (isPerClassObject(value)) checkClassKeys(path, value);
    for (let k = 0; k < K; k++) {
      let v: number | undefined;
      if (value === undefined) v = defaultFor(info, k, K);
      else if (isPerClassObject(value)) v = Object.hasOwn(value, classIds[k]) ? value[classIds[k]] : undefined;
      else v = value;
      if (v === undefined) {
        if (value === undefined) {
          if (k === 0) issues.push({ path, code: 'required-for-class-count', params: { classes: K } });
        } else {
          issues.push({ path: `${path}.${classIds[k]}`, code: 'missing-class' });
        }
        v = NaN;
      }
      out[k] = v;
    }
    return out;
  }

  function compile(path: string, source: string): CompiledExpression | null {
    expressionParams.add(path);
    if (compiled.has(source)) {
      const c = compiled.get(source) ?? null;
      if (c === null) issues.push({ path, code: 'expression-invalid' });
      return c;
    }
    const result = compileExpression(source);
    if (!result.ok) {
      issues.push({ path, code: result.problem.code, params: { detail: result.problem.detail } });
      compiled.set(source, null);
      return null;
    }
    compiled.set(source, result.evaluate);
    return result.evaluate;
  }

  function pathValues(path: string, info: ParameterInfo, value: PathValue): Float64Array {
    const out = new Float64Array(H + 1);
    if (typeof value === 'number') {
      out.fill(value, 1);
      return out;
    }
    const evaluate = compile(path, value);
    if (!evaluate) return out;
    for (let t = 1; t <= H; t++) {
      const v = evaluate({ t, H });
      if (!Number.isFinite(v)) {
        issues.push({ path, code: 'expression-not-finite', params: { year: t, value: String(v) } });
        return out;
      }
      // Rounding may put a formula's value a hair outside its range (0.05 * 6 = 0.30000000000000004):
      // within 1e-12 of a bound, it is that bound.
      const slack = 1e-12 * Math.max(1, Math.abs(info.min), Math.abs(info.max));
      if (v > info.max && v <= info.max + slack) {
        out[t] = info.max;
        continue;
      }
      if (v < info.min && v >= info.min - slack) {
        out[t] = info.min;
        continue;
      }
      if (v < info.min || v > info.max) {
        issues.push({ path, code: 'out-of-range-in-year', params: { year: t, value: v, min: info.min, max: info.max } });
        return out;
      }
      out[t] = v;
    }
    return out;
  }

  function scalarPath(name: PathName): Float64Array {
    const info = ASSUMPTION_INFO[name];
    return pathValues(`assumptions.${name}`, info, assumptions[name] ?? info.defaultValue);
  }

  function perClassPath(name: PerClassPathName): Float64Array[] {
    const info = ASSUMPTION_INFO[name];
    const value = assumptions[name];
    const base = `assumptions.${name}`;
    if (isPerClassObject(value)) checkClassKeys(base, value);
    if (!isPerClassObject(value)) {
      // One number or one expression serves every class: evaluate it once.
      const shared = pathValues(base, info, value ?? info.defaultValue);
      return classIds.map(() => shared.slice());
    }
    return classIds.map((id) => {
      if (!Object.hasOwn(value, id)) {
        issues.push({ path: `${base}.${id}`, code: 'missing-class' });
        return new Float64Array(H + 1);
      }
      return pathValues(`${base}.${id}`, info, value[id]);
    });
  }

  const assumption = (name: PerClassName) => perClass(`assumptions.${name}`, ASSUMPTION_INFO[name], assumptions[name]);
  const scalar = (name: ScalarName) => assumptions[name] ?? ASSUMPTION_INFO[name].defaultValue;

  const output0 = fromData((i) => classes[i].output);
  const credit0 = fromData((i) => classes[i].credit);
  const exportShare0 = fromData((i) => classes[i].exportShare);

  // Donors and recipients (MODEL.md 3.3).
  const known = new Set(classIds);
  const checkIds = (field: 'donors' | 'recipients', ids: readonly string[] | undefined) => {
    if (ids === undefined) return;
    if (ids.length === 0) issues.push({ path: `policy.${field}`, code: 'empty-list' });
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (!known.has(id)) issues.push({ path: `policy.${field}[${i}]`, code: 'unknown-class', params: { value: id } });
      else if (seen.has(id)) issues.push({ path: `policy.${field}[${i}]`, code: 'duplicate-id', params: { value: id } });
      seen.add(id);
    });
  };
  checkIds('donors', policy.donors);
  checkIds('recipients', policy.recipients);
  let donors: string[];
  let recipients: string[];
  if (policy.donors !== undefined) {
    donors = [...new Set(policy.donors)];
  } else {
    const named = new Set(policy.recipients ?? []);
    const lastFree = [...classIds].reverse().find((id) => !named.has(id));
    donors = lastFree === undefined ? [] : [lastFree];
    if (lastFree === undefined) issues.push({ path: 'policy.donors', code: 'no-donor-left' });
  }
  if (policy.recipients !== undefined) {
    recipients = [...new Set(policy.recipients)];
  } else {
    recipients = classIds.filter((id) => !donors.includes(id));
    if (recipients.length === 0) issues.push({ path: 'policy.recipients', code: 'no-recipient-left' });
  }
  if (policy.donors !== undefined && policy.recipients !== undefined) {
    policy.donors.forEach((id, i) => {
      if (recipients.includes(id)) issues.push({ path: `policy.donors[${i}]`, code: 'donor-also-recipient', params: { value: id } });
    });
  }
  const isDonor = Uint8Array.from(classIds, (id) => (donors.includes(id) ? 1 : 0));
  const isRecipient = Uint8Array.from(classIds, (id) => (recipients.includes(id) && !donors.includes(id) ? 1 : 0));

  const totalCredit0 = credit0.reduce((a, b) => a + b, 0);
  let donorShare = 0;
  for (let k = 0; k < K; k++) if (isDonor[k]) donorShare += credit0[k] / totalCredit0;

  const recipientWeight = new Float64Array(K);
  const weights = policy.recipientWeights;
  if (weights !== undefined) {
    for (const id of Object.keys(weights)) {
      if (!recipients.includes(id)) issues.push({ path: `policy.recipientWeights.${id}`, code: 'not-a-recipient', params: { value: id } });
    }
    for (const id of recipients) {
      if (!Object.hasOwn(weights, id)) issues.push({ path: `policy.recipientWeights.${id}`, code: 'missing-class' });
    }
  }
  let weightSum = 0;
  for (let k = 0; k < K; k++) {
    if (!isRecipient[k]) continue;
    const w = weights === undefined ? credit0[k] : (Object.hasOwn(weights, classIds[k]) ? weights[classIds[k]] : 0);
    recipientWeight[k] = w;
    weightSum += w;
  }
  if (weights !== undefined && !(weightSum > 0)) issues.push({ path: 'policy.recipientWeights', code: 'weights-sum-zero' });
  if (weightSum > 0) for (let k = 0; k < K; k++) recipientWeight[k] /= weightSum;

  const reallocation = policy.reallocation ?? POLICY_INFO.reallocation.defaultValue;
  const rolesValid = !issues.some((i) => i.path.startsWith('policy.donors') || i.path.startsWith('policy.recipients'));
  // With broken donor or recipient lists S_D means nothing: the lists' own messages say what to fix.
  if (rolesValid && reallocation >= donorShare && reallocation > 0) {
    issues.push({ path: 'policy.reallocation', code: 'reallocation-above-donor-share', params: { value: reallocation, max: donorShare } });
  }

  const exportShareTarget =
    policy.exportShareTarget === undefined
      ? exportShare0.slice()
      : perClass('policy.exportShareTarget', POLICY_INFO.exportShareTarget, policy.exportShareTarget);

  const model: PreparedModel = {
    id: spec.id,
    classIds,
    classCount: K,
    horizon: H,
    baseYear: spec.economy.baseYear,
    calendar: spec.economy.calendar ?? 'gregorian',
    firms0: fromData((i) => classes[i].firms),
    employment0: fromData((i) => classes[i].employment),
    output0,
    exportShare0,
    credit0,
    creditElasticity: assumption('creditElasticity'),
    financeBoundShare: assumption('financeBoundShare'),
    employmentElasticity: assumption('employmentElasticity'),
    inputCostShare: assumption('inputCostShare'),
    pd: assumption('pd'),
    lgd: assumption('lgd'),
    riskWeight: assumption('riskWeight'),
    smoothness: scalar('smoothness'),
    adjustmentSpeed: scalar('adjustmentSpeed'),
    employmentAdjustment: scalar('employmentAdjustment'),
    firmEntryShare: scalar('firmEntryShare'),
    marginalBorrowerRisk: scalar('marginalBorrowerRisk'),
    guaranteeMoralHazard: scalar('guaranteeMoralHazard'),
    nplResolution: scalar('nplResolution'),
    guaranteeRiskWeight: scalar('guaranteeRiskWeight'),
    capitalRatio: scalar('capitalRatio'),
    domesticDemandGrowth: scalarPath('domesticDemandGrowth'),
    worldDemandGrowth: scalarPath('worldDemandGrowth'),
    rawMaterialInflation: scalarPath('rawMaterialInflation'),
    creditGrowth: scalarPath('creditGrowth'),
    productivityGrowth: perClassPath('productivityGrowth'),
    laborProductivityGrowth: perClassPath('laborProductivityGrowth'),
    reallocation,
    phaseInYears: policy.phaseInYears ?? POLICY_INFO.phaseInYears.defaultValue,
    exportRampYears: policy.exportRampYears ?? POLICY_INFO.exportRampYears.defaultValue,
    exportShareTarget,
    guaranteeCoverage: perClass('policy.guaranteeCoverage', POLICY_INFO.guaranteeCoverage, policy.guaranteeCoverage),
    donors,
    recipients,
    isDonor,
    isRecipient,
    recipientWeight,
    donorShare,
    expressionParams,
  };
  return issues.length > 0 ? { ok: false, issues } : { ok: true, model: modelFrom(model) };
}

/** Copies a prepared model so that its numbers can be changed (Monte Carlo, sensitivity, goal seek). */
export function cloneModel(model: PreparedModel): PreparedModel {
  return modelFrom({
    ...model,
    creditElasticity: model.creditElasticity.slice(),
    financeBoundShare: model.financeBoundShare.slice(),
    employmentElasticity: model.employmentElasticity.slice(),
    inputCostShare: model.inputCostShare.slice(),
    pd: model.pd.slice(),
    lgd: model.lgd.slice(),
    riskWeight: model.riskWeight.slice(),
    domesticDemandGrowth: model.domesticDemandGrowth.slice(),
    worldDemandGrowth: model.worldDemandGrowth.slice(),
    rawMaterialInflation: model.rawMaterialInflation.slice(),
    creditGrowth: model.creditGrowth.slice(),
    productivityGrowth: model.productivityGrowth.map((a) => a.slice()),
    laborProductivityGrowth: model.laborProductivityGrowth.map((a) => a.slice()),
    exportShareTarget: model.exportShareTarget.slice(),
    guaranteeCoverage: model.guaranteeCoverage.slice(),
  });
}
