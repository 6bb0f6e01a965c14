/**
 * The model's parameters, their kinds, ranges and defaults (MODEL.md 3.2 and 3.3).
 * One table serves the engine (defaults), the file validator (ranges) and the controls (units, ranges).
 */

/** How a parameter is given: one scalar, one value per class, a yearly path, or a path per class. */
export type ParameterKind = 'scalar' | 'perClass' | 'path' | 'perClassPath';

/** Describes one numeric parameter of the model. */
export interface ParameterInfo {
  readonly kind: ParameterKind;
  readonly min: number;
  readonly max: number;
  /** One default for every class, or four (micro, small, medium, large), valid only for four classes. */
  readonly defaultValue: number | readonly [number, number, number, number];
}

/** The assumptions of MODEL.md 3.2, in the table's order. */
export const ASSUMPTION_INFO = {
  creditElasticity: { kind: 'perClass', min: 0, max: 1, defaultValue: [0.4, 0.7, 0.6, 0.16] },
  financeBoundShare: { kind: 'perClass', min: 0.01, max: 0.99, defaultValue: 0.5 },
  smoothness: { kind: 'scalar', min: 0.5, max: 50, defaultValue: 4 },
  adjustmentSpeed: { kind: 'scalar', min: 0.05, max: 1, defaultValue: 0.5 },
  productivityGrowth: { kind: 'perClassPath', min: -0.2, max: 0.3, defaultValue: 0 },
  laborProductivityGrowth: { kind: 'perClassPath', min: -0.2, max: 0.3, defaultValue: 0.01 },
  employmentElasticity: { kind: 'perClass', min: 0, max: 1.5, defaultValue: 1 },
  employmentAdjustment: { kind: 'scalar', min: 0.05, max: 1, defaultValue: 0.3 },
  firmEntryShare: { kind: 'scalar', min: 0, max: 1, defaultValue: 0.5 },
  domesticDemandGrowth: { kind: 'path', min: -0.5, max: 1, defaultValue: 0.02 },
  worldDemandGrowth: { kind: 'path', min: -0.5, max: 1, defaultValue: 0.03 },
  rawMaterialInflation: { kind: 'path', min: -0.5, max: 1, defaultValue: 0 },
  inputCostShare: { kind: 'perClass', min: 0, max: 1, defaultValue: 0.74 },
  creditGrowth: { kind: 'path', min: -0.5, max: 1, defaultValue: 0.02 },
  pd: { kind: 'perClass', min: 0, max: 1, defaultValue: [0.07, 0.06, 0.05, 0.035] },
  lgd: { kind: 'perClass', min: 0, max: 1, defaultValue: [0.6, 0.55, 0.5, 0.45] },
  marginalBorrowerRisk: { kind: 'scalar', min: 1, max: 5, defaultValue: 1.5 },
  guaranteeMoralHazard: { kind: 'scalar', min: 0, max: 2, defaultValue: 0.3 },
  nplResolution: { kind: 'scalar', min: 0.01, max: 1, defaultValue: 0.2 },
  riskWeight: { kind: 'perClass', min: 0, max: 2.5, defaultValue: [0.75, 0.75, 0.85, 1.0] },
  guaranteeRiskWeight: { kind: 'scalar', min: 0, max: 1.5, defaultValue: 0.2 },
  capitalRatio: { kind: 'scalar', min: 0, max: 0.5, defaultValue: 0.08 },
} as const satisfies Record<string, ParameterInfo>;

/** The name of one assumption of MODEL.md 3.2. */
export type AssumptionName = keyof typeof ASSUMPTION_INFO;

/** Lists the assumption names in the table's order. */
export const ASSUMPTION_NAMES = Object.keys(ASSUMPTION_INFO) as AssumptionName[];

/** Numeric policy levers of MODEL.md 3.3 (reallocation's upper bound S_D depends on the donors). */
export const POLICY_INFO = {
  reallocation: { kind: 'scalar', min: 0, max: 1, defaultValue: 0 },
  phaseInYears: { kind: 'scalar', min: 0, max: 30, defaultValue: 3 },
  exportShareTarget: { kind: 'perClass', min: 0, max: 0.9, defaultValue: 0 },
  exportRampYears: { kind: 'scalar', min: 0, max: 30, defaultValue: 5 },
  guaranteeCoverage: { kind: 'perClass', min: 0, max: 1, defaultValue: 0 },
} as const satisfies Record<string, ParameterInfo>;

/** The name of one numeric policy lever. */
export type PolicyLeverName = keyof typeof POLICY_INFO;

/** Limits of the economy table and the horizon (MODEL.md 2 and 3.1). */
export const LIMITS = {
  minClasses: 2,
  maxClasses: 8,
  minHorizon: 1,
  maxHorizon: 30,
  defaultHorizon: 10,
  maxExportShare: 0.9,
  maxDraws: 100_000,
  defaultDraws: 1000,
  defaultSeed: 1,
  maxSeed: 4_294_967_295,
} as const;

/** The class-id pattern of MODEL.md 3.1 (kebab-case, starting with a letter). */
export const CLASS_ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Tells whether a four-value default applies (exactly four classes) or one value serves all. */
export function defaultFor(info: ParameterInfo, classIndex: number, classCount: number): number | undefined {
  const d = info.defaultValue;
  if (typeof d === 'number') return d;
  return classCount === 4 ? d[classIndex] : undefined;
}
