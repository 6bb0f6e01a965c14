/**
 * Plain-data inputs and outputs of the simulation engine (MODEL.md sections 3 and 9).
 * The scenario file's zod schema (src/scenario) produces values of these shapes; the engine
 * never sees the file envelope (titles, sources, provenance).
 */
import type { NameIn, ParameterKind, ParameterSection, PARAMETERS } from './parameters';

/** A value given once for every class, or an object naming every class id and no other. */
export type PerClass<T> = T | { readonly [classId: string]: T };

/**
 * A path parameter (MODEL.md 2): one number for every year, a math expression in `t` (MODEL.md 6), or a
 * row of yearly values (the known years, then one assumption for the rest: element t-1, then the last).
 */
export type PathValue = number | string | readonly number[];

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
  /** The bad-loan share of the class's credit in the base year (data; every class or none). */
  readonly nplRatio?: number;
}

/** The economy's base-year table. */
export interface EconomySpec {
  readonly baseYear: number;
  readonly calendar?: 'persian' | 'gregorian';
  readonly currencyUnit?: string;
  readonly employmentUnit?: string;
  /** US dollars one currency unit was worth in the base year (for jobs per US$ 1 million, MODEL.md 5). */
  readonly usdPerCurrencyUnit?: number;
  /** Persons in one unit of employment (1000 where employment is in thousands; default 1). */
  readonly personsPerEmploymentUnit?: number;
  readonly classes: readonly ClassData[];
}

/** What the file gives for a parameter of each kind (MODEL.md 2: per-class values and paths). */
export type InputOfKind<K extends ParameterKind> = K extends 'scalar'
  ? number
  : K extends 'perClass'
    ? PerClass<number>
    : K extends 'path'
      ? PathValue
      : PerClass<PathValue>;

type InputsOf<S extends ParameterSection> = { readonly [N in NameIn<S>]?: InputOfKind<(typeof PARAMETERS)[N]['kind']> };

/** Behavioural and risk assumptions (MODEL.md 3.2), derived from the parameter table; each optional. */
export type AssumptionsSpec = InputsOf<'assumptions'>;

/** Policy levers (MODEL.md 3.3): the table's numeric levers, and who gives and receives credit; each optional. */
export type PolicySpec = InputsOf<'policy'> & {
  readonly donors?: readonly string[];
  readonly recipients?: readonly string[];
  readonly recipientWeights?: { readonly [classId: string]: number };
};

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

/** The problems the engine can find (the file format's messages cover each, src/scenario/messages.ts). */
export type EngineIssueCode =
  | 'unknown-class'
  | 'missing-class'
  | 'required-for-class-count'
  | 'expression-syntax'
  | 'expression-forbidden'
  | 'expression-invalid'
  | 'expression-not-finite'
  | 'out-of-range-in-year'
  | 'empty-list'
  | 'duplicate-id'
  | 'no-donor-left'
  | 'no-recipient-left'
  | 'donor-also-recipient'
  | 'not-a-recipient'
  | 'weights-sum-zero'
  | 'reallocation-above-donor-share'
  | 'npl-ratio-every-class'
  | 'run-not-finite'
  | 'invalid';

/** A problem found while preparing a scenario: a JSON path, a code and the code's parameters. */
export interface EngineIssue {
  readonly path: string;
  readonly code: EngineIssueCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A condition a class's projection flags (MODEL.md 4, end). */
export type ClassWarningCode = 'credit-above-twice-baseline' | 'pd-capped';
/** A condition the guarantee fund's projection flags (only where the file gives the fund's capital). */
export type FundWarningCode = 'fund-leverage-above-cap' | 'fund-exhausted';
/** A condition the projection flags. */
export type WarningCode = ClassWarningCode | FundWarningCode;

/** The first year a condition held: a class's, or the fund's (no class). */
export type ProjectionWarning =
  | { readonly code: ClassWarningCode; readonly class: string; readonly year: number }
  | { readonly code: FundWarningCode; readonly year: number };
