/**
 * Resolves a scenario into the numbers the projection runs on: defaults filled in (MODEL.md 3),
 * donors and recipients settled, weights normalised, and every path evaluated once for t = 1..H.
 * Anything that makes the scenario unusable comes back as issues with JSON paths, never as a throw.
 * Every parameter is resolved by its kind in the table (parameters.ts); none is named here but the
 * few whose rules the table cannot state (the export target's default, the reallocation's bound).
 */
import { compileExpression, type CompiledExpression } from './expressions';
import {
  LIMITS,
  PARAMETERS,
  PARAMETER_NAMES,
  defaultFor,
  type NameOfKind,
  type ParameterName,
  type ParameterSpec,
} from './parameters';
import type { EngineIssue, PathValue, PerClass, ScenarioSpec } from './types';

/** The resolved value of every parameter of the table, by kind; arrays are indexed by class or by year t. */
export type ParameterValues = { [N in NameOfKind<'scalar'>]: number } & { [N in NameOfKind<'perClass'>]: Float64Array } & {
  /** Values by year t = 0..H; index 0 holds the value of year 1 (MODEL.md 4: real rates at t = 0). */
  [N in NameOfKind<'path'>]: Float64Array;
} & { [N in NameOfKind<'perClassPath'>]: Float64Array[] };

/** What a prepared model holds besides the parameters: the data and the settled roles. */
export interface ModelBase {
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
  /** The paths given as a formula or a row of yearly values: they cannot be uncertain (MODEL.md 7). */
  readonly yearlyPaths: ReadonlySet<string>;
  /** The base year's bad-loan share of each class's credit, where the file gives it (data), else null. */
  readonly nplRatio0: Float64Array | null;
  /** True where the file gives the fund's starting capital (0 included): only then can the fund run dry. */
  readonly fundGiven: boolean;
  /** US dollars per currency unit in the base year, where the file gives it (MODEL.md 3.1), else NaN. */
  readonly usdPerCurrencyUnit: number;
  /** Persons in one unit of employment (default 1). */
  readonly personsPerEmploymentUnit: number;
}

/** The resolved, numeric form of a scenario. The parameters' numbers may be changed (Monte Carlo). */
export type PreparedModel = ModelBase & ParameterValues;

/**
 * Builds a model object from its parts, always the same way (the base fields in one literal, then the
 * parameters in the table's order), so that every prepared model and every copy has the same shape and
 * the projection's compiled code serves them all without deoptimising (copies made by spreading had
 * another shape, and Monte Carlo paid for it).
 */
function modelFrom(m: ModelBase, values: ParameterValues): PreparedModel {
  const model: Record<string, unknown> = {
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
    donors: m.donors,
    recipients: m.recipients,
    isDonor: m.isDonor,
    isRecipient: m.isRecipient,
    recipientWeight: m.recipientWeight,
    donorShare: m.donorShare,
    yearlyPaths: m.yearlyPaths,
    nplRatio0: m.nplRatio0,
    fundGiven: m.fundGiven,
    usdPerCurrencyUnit: m.usdPerCurrencyUnit,
    personsPerEmploymentUnit: m.personsPerEmploymentUnit,
  };
  for (const name of PARAMETER_NAMES) model[name] = values[name];
  // The table's kinds give each name its type (ParameterValues); the loop above fills every name.
  return model as unknown as PreparedModel;
}

/** The outcome of preparing a scenario. */
export type PrepareResult =
  | { readonly ok: true; readonly model: PreparedModel }
  | { readonly ok: false; readonly issues: readonly EngineIssue[] };

function isPerClassObject<T>(value: PerClass<T> | undefined): value is { readonly [classId: string]: T } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a path's value at year t (MODEL.md 2): a row of yearly values gives element t-1, then its last. */
export function arrayValueAt(values: readonly number[], t: number): number {
  return values[Math.min(t, values.length) - 1];
}

/** Prepares a scenario for projection, or lists every problem that prevents it. */
export function prepareScenario(spec: ScenarioSpec): PrepareResult {
  const issues: EngineIssue[] = [];
  const classes = spec.economy.classes;
  const K = classes.length;
  const H = spec.horizon ?? LIMITS.defaultHorizon;
  const classIds = classes.map((c) => c.id);
  const inputs: Record<string, Readonly<Record<string, unknown>>> = { assumptions: spec.assumptions ?? {}, policy: spec.policy ?? {} };
  const policy = spec.policy ?? {};
  const yearlyPaths = new Set<string>();
  const compiled = new Map<string, CompiledExpression | null>();

  const fromData = (pick: (i: number) => number) => Float64Array.from({ length: K }, (_, i) => pick(i));
  const output0 = fromData((i) => classes[i].output);
  const credit0 = fromData((i) => classes[i].credit);
  const exportShare0 = fromData((i) => classes[i].exportShare);

  /** Defaults that come from the data rather than the table: an export target is the class's own share. */
  const dataDefault = (name: ParameterName, k: number): number | undefined => (name === 'exportShareTarget' ? exportShare0[k] : undefined);

  function checkClassKeys(path: string, value: object): void {
    for (const key of Object.keys(value)) {
      if (!classIds.includes(key)) issues.push({ path: `${path}.${key}`, code: 'unknown-class', params: { value: key } });
    }
  }

  function perClass(name: ParameterName, path: string, info: ParameterSpec, value: PerClass<number> | undefined): Float64Array {
    const out = new Float64Array(K);
    if (isPerClassObject(value)) checkClassKeys(path, value);
    for (let k = 0; k < K; k++) {
      let v: number | undefined;
      if (value === undefined) v = defaultFor(info, k, K) ?? dataDefault(name, k);
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

  /** Evaluates a path for t = 1..H (index 0 repeats year 1), checking every value against its range. */
  function pathValues(path: string, info: ParameterSpec, value: PathValue): Float64Array {
    const out = new Float64Array(H + 1);
    if (typeof value === 'number') {
      out.fill(value);
      return out;
    }
    yearlyPaths.add(path);
    if (Array.isArray(value)) {
      // The schema checks every element's range; the engine uses element t-1, then the last.
      for (let t = 1; t <= H; t++) out[t] = arrayValueAt(value, t);
      out[0] = out[1];
      return out;
    }
    const evaluate = compile(path, value as string);
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
    out[0] = out[1];
    return out;
  }

  function perClassPath(name: ParameterName, base: string, info: ParameterSpec, value: PerClass<PathValue> | undefined): Float64Array[] {
    if (isPerClassObject(value)) checkClassKeys(base, value);
    if (!isPerClassObject(value)) {
      if (value === undefined && typeof info.defaultValue !== 'number') {
        // A four-value default: one number path per class (four classes only).
        return classIds.map((_, k) => {
          const v = defaultFor(info, k, K) ?? dataDefault(name, k);
          if (v === undefined) {
            if (k === 0) issues.push({ path: base, code: 'required-for-class-count', params: { classes: K } });
            return new Float64Array(H + 1).fill(NaN);
          }
          return new Float64Array(H + 1).fill(v);
        });
      }
      // One number, formula or row serves every class: evaluate it once.
      const shared = pathValues(base, info, value ?? (info.defaultValue as number));
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

  /** Resolves one parameter of the table by its kind. */
  function resolve(name: ParameterName): number | Float64Array | Float64Array[] {
    const info: ParameterSpec = PARAMETERS[name];
    const path = `${info.section}.${name}`;
    const raw = inputs[info.section][name];
    switch (info.kind) {
      case 'scalar':
        return typeof raw === 'number' ? raw : typeof info.defaultValue === 'number' ? info.defaultValue : 0;
      case 'perClass':
        return perClass(name, path, info, raw as PerClass<number> | undefined);
      case 'path':
        return pathValues(path, info, (raw as PathValue | undefined) ?? (info.defaultValue as number));
      case 'perClassPath':
        return perClassPath(name, path, info, raw as PerClass<PathValue> | undefined);
    }
  }

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
    const w = weights === undefined ? credit0[k] : Object.hasOwn(weights, classIds[k]) ? weights[classIds[k]] : 0;
    recipientWeight[k] = w;
    weightSum += w;
  }
  if (weights !== undefined && !(weightSum > 0)) issues.push({ path: 'policy.recipientWeights', code: 'weights-sum-zero' });
  if (weightSum > 0) for (let k = 0; k < K; k++) recipientWeight[k] /= weightSum;

  const values = {} as Record<ParameterName, number | Float64Array | Float64Array[]>;
  for (const name of PARAMETER_NAMES) values[name] = resolve(name);

  const reallocation = values.reallocation as number;
  const rolesValid = !issues.some((i) => i.path.startsWith('policy.donors') || i.path.startsWith('policy.recipients'));
  // With broken donor or recipient lists S_D means nothing: the lists' own messages say what to fix.
  if (rolesValid && reallocation >= donorShare && reallocation > 0) {
    issues.push({ path: 'policy.reallocation', code: 'reallocation-above-donor-share', params: { value: reallocation, max: donorShare } });
  }

  // The base year's bad-loan ratios: every class or none (MODEL.md 3.1).
  const withRatio = classes.filter((c) => c.nplRatio !== undefined).length;
  if (withRatio > 0 && withRatio < K) {
    classes.forEach((c, i) => {
      if (c.nplRatio === undefined) issues.push({ path: `economy.classes[${i}].nplRatio`, code: 'npl-ratio-every-class' });
    });
  }
  const nplRatio0 = withRatio === K ? fromData((i) => classes[i].nplRatio ?? 0) : null;

  const base: ModelBase = {
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
    donors,
    recipients,
    isDonor,
    isRecipient,
    recipientWeight,
    donorShare,
    yearlyPaths,
    nplRatio0,
    fundGiven: policy.guaranteeFundCapital !== undefined,
    usdPerCurrencyUnit: spec.economy.usdPerCurrencyUnit ?? NaN,
    personsPerEmploymentUnit: spec.economy.personsPerEmploymentUnit ?? 1,
  };
  return issues.length > 0 ? { ok: false, issues } : { ok: true, model: modelFrom(base, values as unknown as ParameterValues) };
}

/** Copies a prepared model so that its numbers can be changed (Monte Carlo, sensitivity, goal seek). */
export function cloneModel(model: PreparedModel): PreparedModel {
  const values = {} as Record<ParameterName, number | Float64Array | Float64Array[]>;
  for (const name of PARAMETER_NAMES) {
    const v = model[name] as number | Float64Array | Float64Array[];
    values[name] = typeof v === 'number' ? v : Array.isArray(v) ? v.map((a) => a.slice()) : v.slice();
  }
  return modelFrom(model, values as unknown as ParameterValues);
}
