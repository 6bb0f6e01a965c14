/**
 * Reads and writes one numeric parameter of a prepared model by its JSON path, as the file's
 * `uncertainty` entries name them (MODEL.md 7): `assumptions.smoothness`, `assumptions.pd.micro`,
 * `policy.reallocation`, `policy.exportShareTarget.small`, `policy.guaranteeCoverage.micro`.
 */
import { ASSUMPTION_INFO, POLICY_INFO, type AssumptionName } from './parameters';
import type { PreparedModel } from './prepare';

/** A handle on one numeric parameter of a model: its range and accessors. */
export interface ParameterHandle {
  readonly path: string;
  readonly min: number;
  /** The upper bound; for `policy.reallocation` the donors' share S_D, which the value must stay below. */
  readonly max: number;
  /** True where the value must stay strictly below `max` (reallocation). */
  readonly maxExclusive: boolean;
  get(model: PreparedModel): number;
  set(model: PreparedModel, value: number): void;
}

/** Why a path names no uncertain-able parameter. */
export type ParameterPathProblem = 'unknown-parameter' | 'needs-class' | 'unknown-class' | 'expression-cannot-vary';

type ArrayField = 'creditElasticity' | 'financeBoundShare' | 'employmentElasticity' | 'inputCostShare' | 'pd' | 'lgd' | 'riskWeight';
type ScalarField =
  | 'smoothness' | 'adjustmentSpeed' | 'employmentAdjustment' | 'firmEntryShare' | 'marginalBorrowerRisk'
  | 'guaranteeMoralHazard' | 'nplResolution' | 'guaranteeRiskWeight' | 'capitalRatio';
type PathField = 'domesticDemandGrowth' | 'worldDemandGrowth' | 'rawMaterialInflation' | 'creditGrowth';
type ClassPathField = 'productivityGrowth' | 'laborProductivityGrowth';

/** Finds the parameter a path names in this model, or says why it cannot be varied. */
export function resolveParameter(model: PreparedModel, path: string): ParameterHandle | ParameterPathProblem {
  const parts = path.split('.');
  const [group, name, classId, ...rest] = parts;
  if (rest.length > 0 || name === undefined) return 'unknown-parameter';
  const k = classId === undefined ? -1 : model.classIds.indexOf(classId);
  if (classId !== undefined && k < 0) return 'unknown-class';

  if (group === 'policy') {
    if (name === 'reallocation' && classId === undefined) {
      return {
        path, min: 0, max: model.donorShare, maxExclusive: true,
        get: (m) => m.reallocation,
        set: (m, v) => { m.reallocation = v; },
      };
    }
    if (name === 'exportShareTarget' || name === 'guaranteeCoverage') {
      if (classId === undefined) return 'needs-class';
      const info = POLICY_INFO[name];
      return {
        path, min: info.min, max: info.max, maxExclusive: false,
        get: (m) => m[name][k],
        set: (m, v) => { m[name][k] = v; },
      };
    }
    return 'unknown-parameter';
  }
  if (group !== 'assumptions' || !Object.hasOwn(ASSUMPTION_INFO, name)) return 'unknown-parameter';
  const info = ASSUMPTION_INFO[name as AssumptionName];
  const base = { path, min: info.min, max: info.max, maxExclusive: false };
  switch (info.kind) {
    case 'scalar': {
      if (classId !== undefined) return 'unknown-parameter';
      const field = name as ScalarField;
      return { ...base, get: (m) => m[field], set: (m, v) => { m[field] = v; } };
    }
    case 'perClass': {
      if (classId === undefined) return 'needs-class';
      const field = name as ArrayField;
      return { ...base, get: (m) => m[field][k], set: (m, v) => { m[field][k] = v; } };
    }
    case 'path': {
      if (classId !== undefined) return 'unknown-parameter';
      if (model.expressionParams.has(path)) return 'expression-cannot-vary';
      const field = name as PathField;
      return { ...base, get: (m) => m[field][1] ?? 0, set: (m, v) => { m[field].fill(v, 1); } };
    }
    case 'perClassPath': {
      if (classId === undefined) return 'needs-class';
      if (model.expressionParams.has(path) || model.expressionParams.has(`assumptions.${name}`)) return 'expression-cannot-vary';
      const field = name as ClassPathField;
      return { ...base, get: (m) => m[field][k][1] ?? 0, set: (m, v) => { m[field][k].fill(v, 1); } };
    }
  }
}
