/**
 * Plain-data inputs and outputs of the simulation engine (MODEL.md sections 3 and 9).
 * The scenario file's zod schema (src/scenario) produces values of these shapes; the engine
 * never sees the file envelope (titles, sources, provenance).
 */

/** A value given once for every class, or an object naming every class id and no other. */
export type PerClass<T> = T | { readonly [classId: string]: T };

/** A path parameter: a growth rate used for every year, or a math expression in `t` (MODEL.md 6). */
export type PathValue = number | string;

/** Names a text in English and/or Persian. */
export interface LocalizedText {
  readonly en?: string;
  readonly fa?: string;
}

/** Base-year data of one size class (MODEL.md 3.1). */
export interface ClassData {
  readonly id: string;
  readonly label: LocalizedText;
  readonly firms: number;
  readonly employment: number;
  readonly output: number;
  readonly exportShare: number;
  readonly credit: number;
}

/** The economy's base-year table. */
export interface EconomySpec {
  readonly baseYear: number;
  readonly calendar?: 'persian' | 'gregorian';
  readonly currencyUnit?: string;
  readonly employmentUnit?: string;
  readonly classes: readonly ClassData[];
}

/** Behavioural and risk assumptions (MODEL.md 3.2); each optional, defaults in parameters.ts. */
export interface AssumptionsSpec {
  readonly creditElasticity?: PerClass<number>;
  readonly financeBoundShare?: PerClass<number>;
  readonly smoothness?: number;
  readonly adjustmentSpeed?: number;
  readonly productivityGrowth?: PerClass<PathValue>;
  readonly laborProductivityGrowth?: PerClass<PathValue>;
  readonly employmentElasticity?: PerClass<number>;
  readonly employmentAdjustment?: number;
  readonly firmEntryShare?: number;
  readonly domesticDemandGrowth?: PathValue;
  readonly worldDemandGrowth?: PathValue;
  readonly rawMaterialInflation?: PathValue;
  readonly inputCostShare?: PerClass<number>;
  readonly creditGrowth?: PathValue;
  readonly pd?: PerClass<number>;
  readonly lgd?: PerClass<number>;
  readonly marginalBorrowerRisk?: number;
  readonly guaranteeMoralHazard?: number;
  readonly nplResolution?: number;
  readonly riskWeight?: PerClass<number>;
  readonly guaranteeRiskWeight?: number;
  readonly capitalRatio?: number;
}

/** Policy levers (MODEL.md 3.3); each optional. */
export interface PolicySpec {
  readonly reallocation?: number;
  readonly donors?: readonly string[];
  readonly recipients?: readonly string[];
  readonly recipientWeights?: { readonly [classId: string]: number };
  readonly phaseInYears?: number;
  readonly exportShareTarget?: PerClass<number>;
  readonly exportRampYears?: number;
  readonly guaranteeCoverage?: PerClass<number>;
}

/** The distributions an uncertain parameter may follow (MODEL.md 7). */
export type DistributionKind = 'uniform' | 'triangular' | 'normal';

/** One uncertain parameter: its JSON path and its distribution. */
export interface UncertaintySpec {
  readonly param: string;
  readonly dist: DistributionKind;
  readonly low: number;
  readonly high: number;
  readonly mode?: number;
  readonly sd?: number;
}

/** Monte Carlo settings; defaults 1000 draws, seed 1. */
export interface MonteCarloSpec {
  readonly draws?: number;
  readonly seed?: number;
}

/** Everything the engine needs of one scenario. */
export interface ScenarioSpec {
  readonly id: string;
  readonly horizon?: number;
  readonly economy: EconomySpec;
  readonly assumptions?: AssumptionsSpec;
  readonly policy?: PolicySpec;
  readonly uncertainty?: readonly UncertaintySpec[];
  readonly monteCarlo?: MonteCarloSpec;
}

/** A problem found while preparing a scenario: a JSON path, a code and the code's parameters. */
export interface EngineIssue {
  readonly path: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A condition the projection flags (MODEL.md 4, end). */
export type WarningCode = 'credit-above-twice-baseline' | 'pd-capped';

/** The first year a class met a warning condition. */
export interface ProjectionWarning {
  readonly code: WarningCode;
  readonly class: string;
  readonly year: number;
}
