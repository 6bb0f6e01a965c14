/**
 * Reads and writes one numeric parameter of a prepared model by its JSON path, as the file's
 * `uncertainty` entries name them (MODEL.md 7): `assumptions.smoothness`, `assumptions.pd.micro`,
 * `policy.reallocation`, `policy.exportShareTarget.small`, `policy.guaranteeCoverage.micro`.
 * Which parameters may be uncertain, and how each is stored, comes from the parameter table.
 */
import { PARAMETERS, isParameterName, type ParameterName } from './parameters';
import type { PreparedModel } from './prepare';

/** A handle on one numeric parameter of a model: its range and accessors. */
export interface ParameterHandle {
  readonly path: string;
  readonly name: ParameterName;
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

// The table's kinds say how each name is stored (prepare.ts, ParameterValues); these views read them so.
type Scalars = Record<string, number>;
type PerClassArrays = Record<string, Float64Array>;
type PathArrays = Record<string, Float64Array>;
type PerClassPaths = Record<string, Float64Array[]>;

/** Finds the parameter a path names in this model, or says why it cannot be varied. */
export function resolveParameter(model: PreparedModel, path: string): ParameterHandle | ParameterPathProblem {
  const parts = path.split('.');
  const [section, name, classId, ...rest] = parts;
  if (rest.length > 0 || name === undefined || !isParameterName(name)) return 'unknown-parameter';
  const info = PARAMETERS[name];
  if (info.section !== section || !info.uncertain) return 'unknown-parameter';
  const k = classId === undefined ? -1 : model.classIds.indexOf(classId);
  if (classId !== undefined && k < 0) return 'unknown-class';
  const maxExclusive = name === 'reallocation';
  const base = { path, name, min: info.min, max: maxExclusive ? model.donorShare : info.max, maxExclusive };
  switch (info.kind) {
    case 'scalar': {
      if (classId !== undefined) return 'unknown-parameter';
      return { ...base, get: (m) => (m as unknown as Scalars)[name], set: (m, v) => { (m as unknown as Scalars)[name] = v; } };
    }
    case 'perClass': {
      if (classId === undefined) return 'needs-class';
      return { ...base, get: (m) => (m as unknown as PerClassArrays)[name][k], set: (m, v) => { (m as unknown as PerClassArrays)[name][k] = v; } };
    }
    case 'path': {
      if (classId !== undefined) return 'unknown-parameter';
      if (model.yearlyPaths.has(path)) return 'expression-cannot-vary';
      return { ...base, get: (m) => (m as unknown as PathArrays)[name][1] ?? 0, set: (m, v) => { (m as unknown as PathArrays)[name].fill(v); } };
    }
    case 'perClassPath': {
      if (classId === undefined) return 'needs-class';
      if (model.yearlyPaths.has(path) || model.yearlyPaths.has(`${section}.${name}`)) return 'expression-cannot-vary';
      return { ...base, get: (m) => (m as unknown as PerClassPaths)[name][k][1] ?? 0, set: (m, v) => { (m as unknown as PerClassPaths)[name][k].fill(v); } };
    }
  }
}
