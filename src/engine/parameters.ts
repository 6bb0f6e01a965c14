/**
 * The model's parameters (MODEL.md 3.2 and 3.3): THE ONE TABLE. Each parameter is declared here once,
 * with its kind, range, default(s), the step a person would choose, the control group it sits in, the
 * kind of unit it is shown in, and whether it may be uncertain. Everything else derives from it: the
 * engine's input and prepared-model types (types.ts, prepare.ts), parameter paths (parameter-paths.ts),
 * the file schema (src/scenario/schema.ts), the controls and their groups (src/ui/parameter-groups.ts),
 * the uncertainty choices and the sensitivity defaults, and the catalog keys `param.<name>` and
 * `param.<name>.help` (a test walks the table and fails where one is missing).
 *
 * A new input costs its row here, its equation in project.ts and two catalog lines per language.
 */

/** How a parameter is given: one scalar, one value per class, a yearly path, or a path per class. */
export type ParameterKind = 'scalar' | 'perClass' | 'path' | 'perClassPath';

/** Where a parameter sits in the file. */
export type ParameterSection = 'assumptions' | 'policy';

/**
 * The kind of unit a parameter is shown in (the catalog key is `unit.<kind>`). Shares, rates and
 * percentage points are stored as fractions and shown in percent.
 */
export type UnitKind = 'share' | 'perYear' | 'years' | 'elasticity' | 'factor' | 'ppOfCredit' | 'currency' | 'rate' | 'shareOfLoan' | 'leverage';

/** The control groups of the workbench, in display order (the catalog key is `group.<id>`). */
export const CONTROL_GROUP_IDS = ['policy', 'productivity', 'markets', 'prices', 'rates', 'realisation', 'bank', 'guarantee'] as const;
/** One control group. */
export type ControlGroupId = (typeof CONTROL_GROUP_IDS)[number];

/** Four default values: micro, small, medium, large. They apply only to an economy of exactly four classes. */
export type FourValues = readonly [number, number, number, number];

/** Describes one parameter of the model. */
export interface ParameterSpec {
  readonly section: ParameterSection;
  readonly kind: ParameterKind;
  readonly min: number;
  readonly max: number;
  /**
   * One default for every class, four (micro, small, medium, large: only for four classes), or null where
   * the default is not a number of this table (an export target defaults to the class's own export share).
   */
  readonly defaultValue: number | FourValues | null;
  /** The step of a slider and of the arrow keys: what a person would choose for this parameter. */
  readonly step: number;
  readonly group: ControlGroupId;
  readonly unit: UnitKind;
  /** May be given a range in `uncertainty` (MODEL.md 7). */
  readonly uncertain: boolean;
  /** Offered among the levers of workshop mode. */
  readonly lever: boolean;
  /** Shown in workshop mode unless the facilitator chooses otherwise. */
  readonly presentedByDefault: boolean;
  /** The file format version that introduced it (MODEL.md 10): a version-1 file may not use a version-2 field. */
  readonly since: 1 | 2;
}

const assumption = <K extends ParameterKind, G extends ControlGroupId, U extends UnitKind>(
  kind: K,
  min: number,
  max: number,
  defaultValue: number | FourValues,
  step: number,
  group: G,
  unit: U,
) => ({ section: 'assumptions', kind, min, max, defaultValue, step, group, unit, uncertain: true, lever: false, presentedByDefault: false, since: 1 }) as const;

/** An assumption new in version 2 of the file format (MODEL.md 10). */
const newInVersion2 = <T extends { readonly since: 1 }>(row: T): Omit<T, 'since'> & { readonly since: 2 } => ({ ...row, since: 2 });

/**
 * The parameters, in the order the controls show them within each group. The table's order is also
 * the order of the handout's assumptions and of the uncertainty choices.
 */
export const PARAMETERS = {
  // Policy levers (MODEL.md 3.3). The reallocation's upper bound is the donors' share S_D, which the
  // value must stay below: `max` here is the file's absolute bound (reallocationMax gives the real one).
  reallocation: { section: 'policy', kind: 'scalar', min: 0, max: 1, defaultValue: 0, step: 0.001, group: 'policy', unit: 'ppOfCredit', uncertain: true, lever: true, presentedByDefault: true, since: 1 },
  phaseInYears: { section: 'policy', kind: 'scalar', min: 0, max: 30, defaultValue: 3, step: 0.5, group: 'policy', unit: 'years', uncertain: false, lever: true, presentedByDefault: true, since: 1 },
  guaranteeCoverage: { section: 'policy', kind: 'perClass', min: 0, max: 1, defaultValue: 0, step: 0.01, group: 'policy', unit: 'share', uncertain: true, lever: true, presentedByDefault: true, since: 1 },
  exportShareTarget: { section: 'policy', kind: 'perClass', min: 0, max: 0.9, defaultValue: null, step: 0.005, group: 'markets', unit: 'share', uncertain: true, lever: true, presentedByDefault: false, since: 1 },
  exportRampYears: { section: 'policy', kind: 'scalar', min: 0, max: 30, defaultValue: 5, step: 0.5, group: 'markets', unit: 'years', uncertain: false, lever: true, presentedByDefault: false, since: 1 },
  // The fund's starting capital; absent, there is no fund to run dry (K_G0 = 0 and no fund warnings).
  guaranteeFundCapital: { section: 'policy', kind: 'scalar', min: 0, max: 1e15, defaultValue: null, step: 1, group: 'guarantee', unit: 'currency', uncertain: true, lever: true, presentedByDefault: false, since: 2 },

  // Assumptions (MODEL.md 3.2).
  creditElasticity: assumption('perClass', 0, 1, [0.4, 0.7, 0.6, 0.16], 0.01, 'productivity', 'elasticity'),
  financeBoundShare: assumption('perClass', 0.01, 0.99, 0.5, 0.01, 'productivity', 'share'),
  smoothness: assumption('scalar', 0.5, 50, 4, 0.5, 'productivity', 'factor'),
  adjustmentSpeed: assumption('scalar', 0.05, 1, 0.5, 0.05, 'productivity', 'share'),
  productivityGrowth: assumption('perClassPath', -0.2, 0.3, 0, 0.001, 'productivity', 'perYear'),
  laborProductivityGrowth: assumption('perClassPath', -0.2, 0.3, 0.01, 0.001, 'productivity', 'perYear'),
  employmentElasticity: assumption('perClass', 0, 1.5, 0.6, 0.05, 'productivity', 'elasticity'),
  employmentAdjustment: assumption('scalar', 0.05, 1, 0.3, 0.05, 'productivity', 'share'),
  firmEntryShare: assumption('scalar', 0, 1, 0.5, 0.05, 'productivity', 'share'),
  domesticDemandGrowth: assumption('path', -0.5, 1, 0.02, 0.005, 'markets', 'perYear'),
  worldDemandGrowth: assumption('path', -0.5, 1, 0.03, 0.005, 'markets', 'perYear'),
  creditGrowth: assumption('path', -0.5, 1, 0.02, 0.005, 'markets', 'perYear'),
  rawMaterialInflation: assumption('path', -0.5, 1, 0, 0.005, 'prices', 'perYear'),
  inputCostShare: assumption('perClass', 0, 1, 0.74, 0.01, 'prices', 'share'),
  inputPricePassThrough: newInVersion2(assumption('perClass', 0, 1, 0.5, 0.05, 'prices', 'share')),
  priceElasticity: newInVersion2(assumption('perClass', 0, 5, 1, 0.1, 'prices', 'elasticity')),
  inflation: newInVersion2(assumption('path', -0.5, 5, 0.03, 0.005, 'rates', 'perYear')),
  lendingRate: newInVersion2(assumption('perClassPath', 0, 5, [0.16, 0.14, 0.115, 0.09], 0.005, 'rates', 'rate')),
  fundingRate: newInVersion2(assumption('path', 0, 5, 0.05, 0.005, 'rates', 'rate')),
  creditRealisation: newInVersion2(assumption('perClass', 0, 1, 0.6, 0.05, 'realisation', 'share')),
  diversionSensitivity: newInVersion2(assumption('scalar', 0, 20, 0, 0.5, 'realisation', 'factor')),
  pd: assumption('perClass', 0, 1, [0.07, 0.06, 0.05, 0.035], 0.001, 'bank', 'share'),
  lgd: assumption('perClass', 0, 1, [0.6, 0.55, 0.5, 0.45], 0.01, 'bank', 'share'),
  marginalBorrowerRisk: assumption('scalar', 1, 5, 1.5, 0.05, 'bank', 'factor'),
  nplResolution: assumption('scalar', 0.01, 1, 0.2, 0.01, 'bank', 'share'),
  riskWeight: assumption('perClass', 0, 2.5, [0.75, 0.75, 0.85, 1.0], 0.05, 'bank', 'factor'),
  capitalRatio: assumption('scalar', 0, 0.5, 0.08, 0.005, 'bank', 'share'),
  operatingCost: newInVersion2(assumption('perClass', 0, 0.3, [0.04, 0.03, 0.02, 0.01], 0.005, 'bank', 'shareOfLoan')),
  costOfEquity: newInVersion2(assumption('scalar', 0, 0.5, 0.1, 0.005, 'bank', 'rate')),
  guaranteeAdditionality: newInVersion2(assumption('scalar', 0, 2, 0.4, 0.05, 'guarantee', 'factor')),
  guaranteeMoralHazard: assumption('scalar', 0, 2, 0.3, 0.05, 'guarantee', 'factor'),
  guaranteeRiskWeight: assumption('scalar', 0, 1.5, 0.2, 0.05, 'guarantee', 'factor'),
  guaranteeFee: newInVersion2(assumption('perClass', 0, 0.2, 0.01, 0.001, 'guarantee', 'shareOfLoan')),
  fundReturn: newInVersion2(assumption('scalar', -0.5, 0.5, 0, 0.005, 'guarantee', 'rate')),
  fundLeverageCap: newInVersion2(assumption('scalar', 1, 100, 10, 0.5, 'guarantee', 'leverage')),
} as const satisfies Record<string, ParameterSpec>;

/** The name of one parameter (assumption or policy lever). */
export type ParameterName = keyof typeof PARAMETERS;

type Table = typeof PARAMETERS;

/** The names of the parameters of one section. */
export type NameIn<S extends ParameterSection> = { [N in ParameterName]: Table[N]['section'] extends S ? N : never }[ParameterName];
/** The names of the parameters of one kind. */
export type NameOfKind<K extends ParameterKind> = { [N in ParameterName]: Table[N]['kind'] extends K ? N : never }[ParameterName];

/** The name of one assumption of MODEL.md 3.2. */
export type AssumptionName = NameIn<'assumptions'>;
/** The name of one numeric policy lever of MODEL.md 3.3. */
export type PolicyLeverName = NameIn<'policy'>;

/** Lists every parameter name in the table's order. */
export const PARAMETER_NAMES = Object.keys(PARAMETERS) as ParameterName[];
/** Lists the assumption names in the table's order. */
export const ASSUMPTION_NAMES = PARAMETER_NAMES.filter((n): n is AssumptionName => PARAMETERS[n].section === 'assumptions');
/** Lists the policy levers in the table's order. */
export const POLICY_LEVER_NAMES = PARAMETER_NAMES.filter((n): n is PolicyLeverName => PARAMETERS[n].section === 'policy');

/** Returns the table's entry of a parameter. */
export function parameterSpec(name: ParameterName): ParameterSpec {
  return PARAMETERS[name];
}

/** Tells whether a string names a parameter of the table. */
export function isParameterName(name: string): name is ParameterName {
  return Object.hasOwn(PARAMETERS, name);
}

/** Returns the JSON path base of a parameter: `assumptions.pd`, `policy.reallocation`. */
export function parameterPath(name: ParameterName): string {
  return `${PARAMETERS[name].section}.${name}`;
}

/** Tells whether a parameter has one value per class. */
export function isPerClassKind(kind: ParameterKind): boolean {
  return kind === 'perClass' || kind === 'perClassPath';
}

/** Tells whether a parameter is a yearly path. */
export function isPathKind(kind: ParameterKind): boolean {
  return kind === 'path' || kind === 'perClassPath';
}

/** Limits of the economy table, the horizon, the workshop and Monte Carlo (MODEL.md 2, 3.1 and 7): every rule once. */
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
  /** Yearly values in a path given as a row (MODEL.md 2). */
  maxPathValues: 30,
  /** Scenarios in one workshop (MODEL.md 7). */
  maxScenarios: 12,
  /** Scenarios shown side by side (UX.md). */
  maxVisibleScenarios: 4,
} as const;

/** The class-id pattern of MODEL.md 3.1 (kebab-case, starting with a letter). */
export const CLASS_ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Returns the default of a parameter for one class: one value for all, or the four-value default (four classes only). */
export function defaultFor(spec: ParameterSpec, classIndex: number, classCount: number): number | undefined {
  const d = spec.defaultValue;
  if (d === null) return undefined;
  if (typeof d === 'number') return d;
  return classCount === 4 ? d[classIndex] : undefined;
}

/**
 * The largest reallocation a slider offers: strictly below the donors' share S_D (a donor keeps some
 * credit, MODEL.md 3.3), on the slider's step. The one source of that rule for every control.
 */
export function reallocationMax(donorShare: number, step: number = PARAMETERS.reallocation.step): number {
  return Math.max(0, Math.floor((donorShare - 1e-9) / step) * step);
}

/** The share of a range's width a value of 0 moves by in a default range (MODEL.md 5, sensitivity). */
const ZERO_MOVE_SHARE = 0.1;
/** How far a default range reaches either side of a value: -25% and +25% (MODEL.md 5). */
const DEFAULT_RANGE_SHARE = 0.25;

/**
 * The default range of a value: -25% to +25% of it, or 10% of its range's width either side of 0,
 * clamped to [min, max] (an exclusive max is kept just below). The one rule for the tornado's default
 * ranges and the first range the app proposes for an uncertain parameter.
 */
export function defaultRange(value: number, min: number, max: number, maxExclusive = false): { low: number; high: number } {
  const top = maxExclusive ? max * (1 - 1e-6) : max;
  const clamp = (x: number) => Math.min(top, Math.max(min, x));
  const move = value === 0 ? ZERO_MOVE_SHARE * (max - min) : Math.abs(value) * DEFAULT_RANGE_SHARE;
  return { low: clamp(value - move), high: clamp(value + move) };
}
