/**
 * fast-check arbitraries for VALID scenarios of MODEL.md version 2 (sections 3, 6 and 7), used by the
 * property tests of MODEL.md 8, and of version-1 files (MODEL.md 10) for the migration invariant.
 * Ranges and defaults are copied from MODEL.md 3.2 / 3.3 here on purpose (not read from
 * src/engine/parameters.ts), so that a wrong range or default in the engine cannot hide itself from
 * the tests.
 *
 * Paths are generated as data (`PathShape`) so that a test can evaluate them independently of the
 * engine (`pathAt`) and also hand them to the engine as a number, an expression string or a row of
 * yearly values (`pathText`).
 *
 * Restrictions relative to the full MODEL.md ranges, and why:
 * - Base-year magnitudes: within one economy, output and credit of a class span four orders of magnitude
 *   (1..1e4 times a common unit that itself spans 1e-2..1e6); firms 1..1e6, employment 1..1e7. Wider
 *   spreads add nothing but the risk that a class's credit share is below double precision of the total
 *   (then "sum of shares = 1" is a statement about rounding, not about the model).
 * - The reallocation is a fraction 0..0.95 of S_D (MODEL.md 3.3 requires rho < S_D strictly; 0.95 keeps
 *   it clear of that bound after the engine re-sums S_D in its own order).
 * - The rates (inflation, lending and funding rates), the diversion sensitivity and the base year's
 *   bad-loan ratios are drawn three times in four from the band a room would type (`TYPICAL`), so that
 *   lending rates below and above inflation both come up often; the rest of the draws use the full range.
 * - Every other number uses its full MODEL.md range (growth paths -0.5..1 over 30 years stay within
 *   2^±30, far from overflow).
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { AssumptionsSpec, ClassData, EconomySpec, PathValue, PerClass, PolicySpec, ScenarioSpec } from '../../src/engine/types';

/** [min, max] of each range in MODEL.md 3.1 / 3.2 / 3.3. */
export const RANGE = {
  creditElasticity: [0, 1],
  creditRealisation: [0, 1],
  diversionSensitivity: [0, 20],
  financeBoundShare: [0.01, 0.99],
  smoothness: [0.5, 50],
  adjustmentSpeed: [0.05, 1],
  productivityGrowth: [-0.2, 0.3],
  laborProductivityGrowth: [-0.2, 0.3],
  employmentElasticity: [0, 1.5],
  employmentAdjustment: [0.05, 1],
  firmEntryShare: [0, 1],
  domesticDemandGrowth: [-0.5, 1],
  worldDemandGrowth: [-0.5, 1],
  rawMaterialInflation: [-0.5, 1],
  inputCostShare: [0, 1],
  inputPricePassThrough: [0, 1],
  priceElasticity: [0, 5],
  creditGrowth: [-0.5, 1],
  inflation: [-0.5, 5],
  lendingRate: [0, 5],
  fundingRate: [0, 5],
  operatingCost: [0, 0.3],
  costOfEquity: [0, 0.5],
  pd: [0, 1],
  lgd: [0, 1],
  marginalBorrowerRisk: [1, 5],
  guaranteeAdditionality: [0, 2],
  guaranteeMoralHazard: [0, 2],
  guaranteeFee: [0, 0.2],
  fundReturn: [-0.5, 0.5],
  fundLeverageCap: [1, 100],
  nplResolution: [0.01, 1],
  riskWeight: [0, 2.5],
  guaranteeRiskWeight: [0, 1.5],
  capitalRatio: [0, 0.5],
  exportShare: [0, 0.9],
  nplRatio: [0, 1],
  exportShareTarget: [0, 0.9],
  guaranteeCoverage: [0, 1],
  phaseInYears: [0, 30],
  exportRampYears: [0, 30],
} as const satisfies Record<string, readonly [number, number]>;

/** A name of RANGE. */
export type RangeName = keyof typeof RANGE;

/** The band most draws of a few inputs come from (the rest use the full range); each holds 0. */
export const TYPICAL = {
  inflation: [-0.05, 0.6],
  lendingRate: [0, 0.6],
  fundingRate: [0, 0.4],
  diversionSensitivity: [0, 5],
  nplRatio: [0, 0.3],
} as const satisfies Partial<Record<RangeName, readonly [number, number]>>;

/** The single-value defaults of MODEL.md 3.2 of the version-2 inputs the generator may leave out. */
export const DEFAULTS = {
  creditRealisation: 0.6,
  diversionSensitivity: 0,
  inputPricePassThrough: 0.5,
  priceElasticity: 1,
  inflation: 0.03,
  fundingRate: 0.05,
  costOfEquity: 0.1,
  guaranteeAdditionality: 0.4,
  guaranteeFee: 0.01,
  fundReturn: 0,
  fundLeverageCap: 10,
} as const;

/** The four-value defaults (four classes only) of MODEL.md 3.2 that the generator may leave out. */
export const FOUR_CLASS_DEFAULTS = {
  lendingRate: [0.16, 0.14, 0.115, 0.09],
  operatingCost: [0.04, 0.03, 0.02, 0.01],
} as const;

/** The version-2 assumptions of MODEL.md 10 that a version-1 file may not hold. */
export const VERSION_2_ASSUMPTIONS = [
  'creditRealisation',
  'diversionSensitivity',
  'inputPricePassThrough',
  'priceElasticity',
  'inflation',
  'lendingRate',
  'fundingRate',
  'operatingCost',
  'costOfEquity',
  'guaranteeAdditionality',
  'guaranteeFee',
  'fundReturn',
  'fundLeverageCap',
] as const;

/** The values under which version 2 computes what version 1 did (MODEL.md 10). */
export const VERSION_1_EQUIVALENTS = {
  creditRealisation: 1,
  diversionSensitivity: 0,
  inputPricePassThrough: 1,
  priceElasticity: 0,
  guaranteeAdditionality: 0,
  employmentElasticity: 1,
} as const;

/**
 * The version-2 inputs of MODEL.md 3.2 as a file gives them. `AssumptionsSpec`, derived from the
 * engine's parameter table, types each of them as `undefined`: the table's `newInVersion2` rows spread
 * a row typed `since: 1` into one with `since: 2`, an intersection TypeScript reduces to `never`. The
 * tests write and read them through this type, with one cast where a scenario is built.
 */
export interface Version2Inputs {
  readonly creditRealisation?: PerClass<number>;
  readonly diversionSensitivity?: number;
  readonly inputPricePassThrough?: PerClass<number>;
  readonly priceElasticity?: PerClass<number>;
  readonly inflation?: PathValue;
  readonly lendingRate?: PerClass<PathValue>;
  readonly fundingRate?: PathValue;
  readonly operatingCost?: PerClass<number>;
  readonly costOfEquity?: number;
  readonly guaranteeAdditionality?: number;
  readonly guaranteeFee?: PerClass<number>;
  readonly fundReturn?: number;
  readonly fundLeverageCap?: number;
}

/** Every assumption of MODEL.md 3.2, each optional, typed as the file gives it. */
export type Assumptions = Omit<AssumptionsSpec, keyof Version2Inputs> & Version2Inputs;

/** Reads a scenario's assumptions, the version-2 inputs typed (see Version2Inputs). */
export function assumptionsOf(spec: ScenarioSpec): Assumptions {
  return (spec.assumptions ?? {}) as Assumptions;
}

/** Returns assumptions as the engine's input type (see Version2Inputs for why this is a cast). */
export function toAssumptionsSpec(assumptions: Assumptions): AssumptionsSpec {
  return assumptions as unknown as AssumptionsSpec;
}

/** Returns the scenario with some assumptions changed (the others kept). */
export function withAssumptions(spec: ScenarioSpec, changes: Assumptions): ScenarioSpec {
  return { ...spec, assumptions: toAssumptionsSpec({ ...assumptionsOf(spec), ...changes }) };
}

// ---------------------------------------------------------------------------------------------------
// Paths

/** A path as data: a constant, a row of yearly values, or one of a few expression shapes. */
export type PathShape =
  | { readonly kind: 'number'; readonly value: number }
  /** A row of yearly values: element t-1 for t <= n, the last after that (MODEL.md 2). */
  | { readonly kind: 'array'; readonly values: readonly number[] }
  /** `before + jump * (t >= from)` */
  | { readonly kind: 'step'; readonly before: number; readonly jump: number; readonly from: number }
  /** `t <= until ? early : late` */
  | { readonly kind: 'switch'; readonly early: number; readonly late: number; readonly until: number }
  /** `start * exp(-t / years)` */
  | { readonly kind: 'decay'; readonly start: number; readonly years: number }
  /** `max(lo, min(hi, start + slope * t))` */
  | { readonly kind: 'trend'; readonly start: number; readonly slope: number; readonly lo: number; readonly hi: number }
  /** `t <= H / 2 ? first : second` */
  | { readonly kind: 'halves'; readonly first: number; readonly second: number };

/** Writes a number for an expression (negative numbers in parentheses). */
export function literal(x: number): string {
  return x < 0 ? `(${String(x)})` : String(x);
}

/** Returns the scenario-file form of a path: a number, an expression string or a row of values. */
export function pathText(p: PathShape): PathValue {
  switch (p.kind) {
    case 'number':
      return p.value;
    case 'array':
      return [...p.values];
    case 'step':
      return `${literal(p.before)} + ${literal(p.jump)} * (t >= ${p.from})`;
    case 'switch':
      return `t <= ${p.until} ? ${literal(p.early)} : ${literal(p.late)}`;
    case 'decay':
      return `${literal(p.start)} * exp(-t / ${p.years})`;
    case 'trend':
      return `max(${literal(p.lo)}, min(${literal(p.hi)}, ${literal(p.start)} + ${literal(p.slope)} * t))`;
    case 'halves':
      return `t <= H / 2 ? ${literal(p.first)} : ${literal(p.second)}`;
  }
}

/** Reads a row of yearly values at year t >= 1 (MODEL.md 2): element t-1, then the last. */
export function rowAt(values: readonly number[], t: number): number {
  return values[Math.min(t, values.length) - 1];
}

/** Evaluates a path at year t >= 1 (horizon H) in plain JavaScript, independently of the engine. */
export function pathAt(p: PathShape, t: number, H: number): number {
  switch (p.kind) {
    case 'number':
      return p.value;
    case 'array':
      return rowAt(p.values, t);
    case 'step':
      return p.before + p.jump * (t >= p.from ? 1 : 0);
    case 'switch':
      return t <= p.until ? p.early : p.late;
    case 'decay':
      return p.start * Math.exp(-t / p.years);
    case 'trend':
      return Math.max(p.lo, Math.min(p.hi, p.start + p.slope * t));
    case 'halves':
      return t <= H / 2 ? p.first : p.second;
  }
}

/** `G_g(t) = prod_{tau=1..t} (1 + g(tau))` of MODEL.md 2, from a path as data. */
export function growthFactor(p: PathShape, t: number, H: number): number {
  let G = 1;
  for (let tau = 1; tau <= t; tau++) G *= 1 + pathAt(p, tau, H);
  return G;
}

/** A number in [min, max] on a grid of 1/1000 (readable inside expressions). */
function gridValue(min: number, max: number): Arbitrary<number> {
  return fc.integer({ min: Math.ceil(min * 1000), max: Math.floor(max * 1000) }).map((k) => k / 1000);
}

/**
 * A double in [min, max], never NaN: one third from fc.double (which favours the edges and tiny
 * magnitudes), two thirds spread evenly over the range (typical values). Magnitudes below 1e-100 snap
 * to 0: fc.double likes subnormal doubles (5e-324...), which carry fewer than 53 significant bits, so
 * products of them lose relative precision and no relative tolerance (1e-12, 1e-9) could hold; 0 itself
 * stays covered.
 */
export function real(min: number, max: number): Arbitrary<number> {
  const edgy = fc.double({ min, max, noNaN: true }).map((x) => (Math.abs(x) < 1e-100 ? 0 : x));
  const even = fc.integer({ min: 0, max: 1_000_000_000 }).map((i) => Math.min(max, min + ((max - min) * i) / 1_000_000_000));
  return fc.oneof({ arbitrary: edgy, weight: 1 }, { arbitrary: even, weight: 2 });
}

/** A value of a named input: from its typical band three times in four where it has one, else its range. */
export function valueOf(name: RangeName): Arbitrary<number> {
  const [min, max] = RANGE[name];
  const typical = (TYPICAL as Partial<Record<RangeName, readonly [number, number]>>)[name];
  if (!typical) return real(min, max);
  return fc.oneof({ arbitrary: real(typical[0], typical[1]), weight: 3 }, { arbitrary: real(min, max), weight: 1 });
}

/** What kinds of path value a scenario may hold. */
export interface PathForms {
  /** Expression strings (MODEL.md 6). */
  readonly expressions: boolean;
  /** Rows of yearly values (version 2 only, MODEL.md 10). */
  readonly arrays: boolean;
}

const ALL_FORMS: PathForms = { expressions: true, arrays: true };

/**
 * A path whose value stays in [min, max] in every year 1..30 for every horizon. `min <= 0 <= max`
 * holds for every path of MODEL.md (and every TYPICAL band), which the `decay` shape relies on.
 */
export function pathShapeArb(min: number, max: number, forms: PathForms = ALL_FORMS): Arbitrary<PathShape> {
  const constant = real(min, max).map((value): PathShape => ({ kind: 'number', value }));
  const shapes: { arbitrary: Arbitrary<PathShape>; weight: number }[] = [{ arbitrary: constant, weight: 4 }];
  if (forms.arrays) {
    const row = fc.array(real(min, max), { minLength: 1, maxLength: 30 }).map((values): PathShape => ({ kind: 'array', values }));
    shapes.push({ arbitrary: row, weight: 2 });
  }
  if (forms.expressions) {
    const inRange = (x: number) => x >= min && x <= max;
    const step = fc
      .record({ before: gridValue(min, max), after: gridValue(min, max), from: fc.integer({ min: 1, max: 12 }) })
      .map(({ before, after, from }): PathShape => ({ kind: 'step', before, jump: after - before, from }))
      .filter((p) => p.kind === 'step' && inRange(p.before + p.jump));
    const switched = fc
      .record({ early: gridValue(min, max), late: gridValue(min, max), until: fc.integer({ min: 0, max: 12 }) })
      .map((r): PathShape => ({ kind: 'switch', ...r }));
    const decay = fc
      .record({ start: gridValue(min, max), years: fc.integer({ min: 1, max: 10 }) })
      .map((r): PathShape => ({ kind: 'decay', ...r }));
    const trend = fc
      .record({ a: gridValue(min, max), b: gridValue(min, max), start: gridValue(min, max), slope: gridValue(-0.05, 0.05) })
      .map(({ a, b, start, slope }): PathShape => ({ kind: 'trend', start, slope, lo: Math.min(a, b), hi: Math.max(a, b) }));
    const halves = fc
      .record({ first: gridValue(min, max), second: gridValue(min, max) })
      .map((r): PathShape => ({ kind: 'halves', ...r }));
    shapes.push(
      { arbitrary: step, weight: 1 },
      { arbitrary: switched, weight: 1 },
      { arbitrary: decay, weight: 1 },
      { arbitrary: trend, weight: 1 },
      { arbitrary: halves, weight: 1 },
    );
  }
  return fc.oneof(...shapes);
}

/** A path of a named input: inside its typical band three times in four where it has one. */
export function pathOf(name: RangeName, forms: PathForms = ALL_FORMS): Arbitrary<PathShape> {
  const [min, max] = RANGE[name];
  const typical = (TYPICAL as Partial<Record<RangeName, readonly [number, number]>>)[name];
  if (!typical) return pathShapeArb(min, max, forms);
  return fc.oneof({ arbitrary: pathShapeArb(typical[0], typical[1], forms), weight: 3 }, { arbitrary: pathShapeArb(min, max, forms), weight: 1 });
}

/** A per-class path: one shape for every class, or one per class id. */
export type PerClassShape = PathShape | { readonly byClass: Readonly<Record<string, PathShape>> };

/** Returns the value of a per-class path for one class at year t. */
export function classPathAt(p: PerClassShape, id: string, t: number, H: number): number {
  return 'byClass' in p ? pathAt(p.byClass[id], t, H) : pathAt(p, t, H);
}

/** Returns the scenario-file form of a per-class path. */
export function perClassPathText(p: PerClassShape): PerClass<PathValue> {
  if (!('byClass' in p)) return pathText(p);
  return Object.fromEntries(Object.entries(p.byClass).map(([id, shape]) => [id, pathText(shape)]));
}

/** A per-class path of a named input: an object keyed by class id (always when `objectsOnly`), or one shape. */
export function perClassPathOf(ids: readonly string[], name: RangeName, objectsOnly: boolean, forms: PathForms = ALL_FORMS): Arbitrary<PerClassShape> {
  const byClass = fc
    .tuple(...ids.map(() => pathOf(name, forms)))
    .map((shapes): PerClassShape => ({ byClass: Object.fromEntries(ids.map((id, i) => [id, shapes[i]])) }));
  if (objectsOnly) return byClass;
  return fc.oneof(byClass, pathOf(name, forms));
}

/** An object naming every class id once, with values from `value`. */
export function byClassArb<T>(ids: readonly string[], value: Arbitrary<T>): Arbitrary<Record<string, T>> {
  return fc.tuple(...ids.map(() => value)).map((values) => Object.fromEntries(ids.map((id, i) => [id, values[i]])));
}

/** A per-class number: an object keyed by class id (always when `objectsOnly`), or one shared value. */
export function perClassNumberArb(ids: readonly string[], value: Arbitrary<number>, objectsOnly: boolean): Arbitrary<PerClass<number>> {
  const object = byClassArb(ids, value);
  if (objectsOnly) return object;
  return fc.oneof({ arbitrary: object, weight: 3 }, { arbitrary: value, weight: 1 });
}

/** Sometimes nothing (one time in `freq`), else a value. */
function sometimes<T>(arb: Arbitrary<T>, freq = 5): Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq });
}

/** 0 about one time in three (an input switched off), else a value of its range. */
function zeroOr(name: RangeName): Arbitrary<number> {
  return fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: valueOf(name), weight: 2 });
}

// ---------------------------------------------------------------------------------------------------
// Economy

/** Class ids c0..c(K-1). */
export function classIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `c${i}`);
}

/**
 * The base-year table of K classes (MODEL.md 3.1). With `nplRatio`, every class holds a bad-loan ratio
 * or none does (half the time each); a version-1 table never does.
 */
export function classesArb(count: number, nplRatio: 'maybe' | 'none' = 'maybe'): Arbitrary<ClassData[]> {
  const ids = classIds(count);
  // One currency unit per economy (1e-2..1e6); each class's output and credit 1..1e4 of it.
  return fc
    .tuple(
      real(-2, 6).map((e) => Math.pow(10, e)),
      fc.tuple(
        ...ids.map(() =>
          fc.record({
            firms: real(1, 1e6),
            employment: real(1, 1e7),
            output: real(1, 1e4),
            exportShare: real(RANGE.exportShare[0], RANGE.exportShare[1]),
            credit: real(1, 1e4),
            nplRatio: valueOf('nplRatio'),
          }),
        ),
      ),
      nplRatio === 'maybe' ? fc.boolean() : fc.constant(false),
    )
    .map(([unit, rows, withRatios]) =>
      rows.map((row, i): ClassData => {
        const c: ClassData = {
          id: ids[i],
          label: { en: `Class ${i}` },
          firms: row.firms,
          employment: row.employment,
          output: row.output * unit,
          exportShare: row.exportShare,
          credit: row.credit * unit,
        };
        return withRatios ? { ...c, nplRatio: row.nplRatio } : c;
      }),
    );
}

// ---------------------------------------------------------------------------------------------------
// Assumptions

/** The paths of a generated scenario, as data, each as it takes effect (a default where the file has none). */
export interface GeneratedPaths {
  readonly domesticDemandGrowth: PathShape;
  readonly worldDemandGrowth: PathShape;
  readonly rawMaterialInflation: PathShape;
  readonly creditGrowth: PathShape;
  readonly inflation: PathShape;
  readonly fundingRate: PathShape;
  readonly productivityGrowth: PerClassShape;
  readonly laborProductivityGrowth: PerClassShape;
  readonly lendingRate: PerClassShape;
}

interface AssumptionOptions {
  readonly objectsOnly: boolean;
  readonly forms: PathForms;
  /** Only the fields of a version-1 file (MODEL.md 10). */
  readonly version1: boolean;
}

/** Drops the entries whose value is undefined (an input the file leaves out). */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Assumptions with every version-1 per-class value given explicitly (4-value defaults only fit 4
 * classes), and the version-2 inputs each sometimes left to its default: `lendingRate` and
 * `operatingCost` (four-value defaults) only in an economy of four classes, never with `objectsOnly`.
 */
export function assumptionsArb(ids: readonly string[], options: AssumptionOptions): Arbitrary<{ assumptions: AssumptionsSpec; paths: GeneratedPaths }> {
  const { objectsOnly, forms, version1 } = options;
  const K = ids.length;
  const num = (name: RangeName) => valueOf(name);
  const pc = (name: RangeName) => perClassNumberArb(ids, valueOf(name), objectsOnly);
  const path = (name: RangeName) => pathOf(name, forms);
  const pcPath = (name: RangeName) => perClassPathOf(ids, name, objectsOnly, forms);
  const fourDefaults = K === 4 && !objectsOnly;
  const version1Fields = fc.record({
    creditElasticity: pc('creditElasticity'),
    financeBoundShare: pc('financeBoundShare'),
    smoothness: num('smoothness'),
    adjustmentSpeed: num('adjustmentSpeed'),
    // Version 1's default (1) differs from version 2's (0.6): a version-1 file sometimes leaves it to the migration.
    employmentElasticity: version1 ? sometimes(pc('employmentElasticity'), 3) : pc('employmentElasticity'),
    employmentAdjustment: num('employmentAdjustment'),
    firmEntryShare: num('firmEntryShare'),
    inputCostShare: pc('inputCostShare'),
    pd: pc('pd'),
    lgd: pc('lgd'),
    marginalBorrowerRisk: num('marginalBorrowerRisk'),
    guaranteeMoralHazard: num('guaranteeMoralHazard'),
    nplResolution: num('nplResolution'),
    riskWeight: pc('riskWeight'),
    guaranteeRiskWeight: num('guaranteeRiskWeight'),
    capitalRatio: num('capitalRatio'),
  });
  const version2Fields = fc.record({
    creditRealisation: sometimes(perClassNumberArb(ids, zeroOr('creditRealisation'), objectsOnly)),
    diversionSensitivity: sometimes(zeroOr('diversionSensitivity')),
    inputPricePassThrough: sometimes(pc('inputPricePassThrough')),
    priceElasticity: sometimes(pc('priceElasticity')),
    operatingCost: fourDefaults ? sometimes(pc('operatingCost'), 2) : pc('operatingCost'),
    costOfEquity: sometimes(num('costOfEquity')),
    guaranteeAdditionality: sometimes(zeroOr('guaranteeAdditionality')),
    guaranteeFee: sometimes(pc('guaranteeFee')),
    fundReturn: sometimes(num('fundReturn')),
    fundLeverageCap: sometimes(num('fundLeverageCap')),
  });
  const paths = fc.record({
    domesticDemandGrowth: path('domesticDemandGrowth'),
    worldDemandGrowth: path('worldDemandGrowth'),
    rawMaterialInflation: path('rawMaterialInflation'),
    creditGrowth: path('creditGrowth'),
    productivityGrowth: pcPath('productivityGrowth'),
    laborProductivityGrowth: pcPath('laborProductivityGrowth'),
  });
  const version2Paths = fc.record({
    inflation: sometimes(path('inflation')),
    fundingRate: sometimes(path('fundingRate')),
    lendingRate: fourDefaults ? sometimes(pcPath('lendingRate'), 2) : pcPath('lendingRate'),
  });
  return fc.record({ v1: version1Fields, v2: version2Fields, paths, v2Paths: version2Paths }).map(({ v1, v2, paths, v2Paths }) => {
    const common: Assumptions = defined({
      ...v1,
      domesticDemandGrowth: pathText(paths.domesticDemandGrowth),
      worldDemandGrowth: pathText(paths.worldDemandGrowth),
      rawMaterialInflation: pathText(paths.rawMaterialInflation),
      creditGrowth: pathText(paths.creditGrowth),
      productivityGrowth: perClassPathText(paths.productivityGrowth),
      laborProductivityGrowth: perClassPathText(paths.laborProductivityGrowth),
    });
    // The paths as they take effect: a version-1 file's rates are version 2's defaults after migration.
    const effective = (shape: PathShape | undefined, fallback: number): PathShape => shape ?? { kind: 'number', value: fallback };
    const lendingDefault: PerClassShape = {
      byClass: Object.fromEntries(ids.map((id, k) => [id, { kind: 'number', value: K === 4 ? FOUR_CLASS_DEFAULTS.lendingRate[k] : 0.12 }])),
    };
    if (version1) {
      return {
        assumptions: toAssumptionsSpec(common),
        paths: { ...paths, inflation: effective(undefined, DEFAULTS.inflation), fundingRate: effective(undefined, DEFAULTS.fundingRate), lendingRate: lendingDefault },
      };
    }
    const assumptions: Assumptions = defined({
      ...common,
      ...v2,
      inflation: v2Paths.inflation && pathText(v2Paths.inflation),
      fundingRate: v2Paths.fundingRate && pathText(v2Paths.fundingRate),
      lendingRate: v2Paths.lendingRate && perClassPathText(v2Paths.lendingRate),
    });
    return {
      assumptions: toAssumptionsSpec(assumptions),
      paths: {
        ...paths,
        inflation: effective(v2Paths.inflation, DEFAULTS.inflation),
        fundingRate: effective(v2Paths.fundingRate, DEFAULTS.fundingRate),
        lendingRate: v2Paths.lendingRate ?? lendingDefault,
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// Policy

/** Donors and recipients as MODEL.md 3.3 settles them from what the policy names. */
export function effectiveRoles(ids: readonly string[], policy: PolicySpec | undefined): { donors: string[]; recipients: string[] } {
  const named = new Set(policy?.recipients ?? []);
  const donors = policy?.donors
    ? [...policy.donors]
    : [[...ids].reverse().find((id) => !named.has(id))].filter((id): id is string => id !== undefined);
  const recipients = policy?.recipients ? [...policy.recipients] : ids.filter((id) => !donors.includes(id));
  return { donors, recipients };
}

/** S_D of MODEL.md 3.3: the donors' base-year share of total credit. */
export function donorShareOf(spec: ScenarioSpec): number {
  const classes = spec.economy.classes;
  const { donors } = effectiveRoles(
    classes.map((c) => c.id),
    spec.policy,
  );
  const total = classes.reduce((sum, c) => sum + c.credit, 0);
  return classes.filter((c) => donors.includes(c.id)).reduce((sum, c) => sum + c.credit, 0) / total;
}

type Role = 'donor' | 'recipient' | 'other';
type Naming = 'both' | 'donors' | 'recipients' | 'neither';

/** The three levers of MODEL.md 5. */
export type Lever = 'credit' | 'exports' | 'guarantee';

/** Options for `scenarioArb`. */
export interface ScenarioOptions {
  readonly minClasses?: number;
  readonly maxClasses?: number;
  /** Every per-class value as an object keyed by class id (never one shared value, never a four-value default). */
  readonly objectsOnly?: boolean;
  /** Donors and recipients always named explicitly. */
  readonly namedRoles?: boolean;
  /** Every lever off (MODEL.md 8.3): reallocation 0 or absent, export targets x_k(0) or absent, coverage 0 or absent, no fund capital. */
  readonly leversOff?: boolean;
  /** These levers off (as with `leversOff`), the others free. */
  readonly off?: readonly Lever[];
  /** Allow expression strings for paths (default true). */
  readonly expressions?: boolean;
  /** Allow rows of yearly values for paths (default true; never in a version-1 file). */
  readonly arrays?: boolean;
  /** Base-year bad-loan ratios: for every class or none at random (default), or never. */
  readonly nplRatio?: 'maybe' | 'none';
  /** Only the fields of a version-1 file (MODEL.md 10): no version-2 input, no rows of values. */
  readonly version1?: boolean;
  readonly minHorizon?: number;
  readonly maxHorizon?: number;
}

function policyArb(classes: readonly ClassData[], options: ScenarioOptions): Arbitrary<PolicySpec> {
  const ids = classes.map((c) => c.id);
  const K = ids.length;
  const objectsOnly = options.objectsOnly ?? false;
  const isOff = (lever: Lever) => options.leversOff === true || (options.off ?? []).includes(lever);
  const namings: Naming[] = options.namedRoles ? ['both'] : ['both', 'donors', 'recipients', 'neither'];
  const roles = fc
    .record({
      free: fc.array(fc.constantFrom<Role>('donor', 'recipient', 'other'), { minLength: K, maxLength: K }),
      donor: fc.integer({ min: 0, max: K - 1 }),
      offset: fc.integer({ min: 1, max: K - 1 }),
      naming: fc.constantFrom(...namings),
    })
    .map(({ free, donor, offset, naming }) => {
      const r = [...free];
      r[donor] = 'donor';
      r[(donor + offset) % K] = 'recipient';
      const donors = ids.filter((_, i) => r[i] === 'donor');
      const recipients = ids.filter((_, i) => r[i] === 'recipient');
      // Only donors named: every other class becomes a recipient. Only recipients named: the last class
      // not named is the donor. Neither: the last class gives to all others. All valid by construction.
      const named: PolicySpec =
        naming === 'both' ? { donors, recipients } : naming === 'donors' ? { donors } : naming === 'recipients' ? { recipients } : {};
      return named;
    });
  return roles.chain((named) => {
    const { recipients } = effectiveRoles(ids, named);
    const base: PolicySpec = { ...named };
    const SD = donorShareOf({ id: 'x', economy: { baseYear: 0, classes }, policy: base });
    const L0 = classes.reduce((sum, c) => sum + c.credit, 0);
    const years = (name: 'phaseInYears' | 'exportRampYears') =>
      fc.oneof(fc.constant(0), fc.integer({ min: 0, max: RANGE[name][1] }), real(RANGE[name][0], RANGE[name][1]));
    const weights = fc.option(
      fc
        .record({
          values: fc.tuple(...recipients.map(() => fc.oneof(fc.constant(0), real(0, 10)))),
          forced: fc.integer({ min: 0, max: recipients.length - 1 }),
          floor: real(0.01, 10),
        })
        .map(({ values, forced, floor }) => {
          // One weight at least `floor`, so that the weights sum to more than 0.
          const w = values.map((v, i) => (i === forced ? Math.max(v, floor) : v));
          return Object.fromEntries(recipients.map((id, i) => [id, w[i]]));
        }),
      { nil: undefined },
    );
    const x0 = Object.fromEntries(classes.map((c) => [c.id, c.exportShare]));
    const zeros = Object.fromEntries(ids.map((id) => [id, 0]));
    const reallocation = isOff('credit')
      ? fc.constantFrom<number | undefined>(undefined, 0)
      : fc.option(real(0, 0.95).map((f) => f * SD), { nil: undefined, freq: 5 });
    const exportShareTarget: Arbitrary<PerClass<number> | undefined> = isOff('exports')
      ? fc.constantFrom<PerClass<number> | undefined>(undefined, x0)
      : fc.option(perClassNumberArb(ids, valueOf('exportShareTarget'), objectsOnly), { nil: undefined, freq: 4 });
    const guaranteeCoverage: Arbitrary<PerClass<number> | undefined> = isOff('guarantee')
      ? fc.constantFrom<PerClass<number> | undefined>(...(objectsOnly ? [undefined, zeros] : [undefined, 0, zeros]))
      : fc.option(perClassNumberArb(ids, zeroOr('guaranteeCoverage'), objectsOnly), { nil: undefined, freq: 4 });
    // The fund's capital (version 2): absent (no fund), 0 (a fund with nothing in it), or up to half the credit stock.
    const guaranteeFundCapital: Arbitrary<number | undefined> =
      isOff('guarantee') || options.version1
        ? fc.constant(undefined)
        : fc.oneof(fc.constant(undefined), fc.constant(0), real(0, 0.5).map((f) => f * L0));
    return fc
      .record({
        reallocation,
        recipientWeights: weights,
        phaseInYears: fc.option(years('phaseInYears'), { nil: undefined }),
        exportShareTarget,
        exportRampYears: fc.option(years('exportRampYears'), { nil: undefined }),
        guaranteeCoverage,
        guaranteeFundCapital,
      })
      .map((levers) => ({ ...base, ...defined(levers) }) as PolicySpec);
  });
}

// ---------------------------------------------------------------------------------------------------
// Scenarios

/** A generated scenario and its paths as data. */
export interface GeneratedScenario {
  readonly spec: ScenarioSpec;
  readonly paths: GeneratedPaths;
}

/** A valid scenario (MODEL.md 3) of 2 to 8 classes with every version-1 per-class assumption given. */
export function scenarioArb(options: ScenarioOptions = {}): Arbitrary<GeneratedScenario> {
  const version1 = options.version1 ?? false;
  const assumptionOptions: AssumptionOptions = {
    objectsOnly: options.objectsOnly ?? false,
    forms: { expressions: options.expressions ?? true, arrays: !version1 && (options.arrays ?? true) },
    version1,
  };
  const economyExtras: Arbitrary<Partial<EconomySpec>> = version1
    ? fc.constant({})
    : fc.record({ usdPerCurrencyUnit: sometimes(real(1e-7, 10), 2), personsPerEmploymentUnit: sometimes(fc.constantFrom(1, 1000, 0.5), 2) }).map(defined);
  return fc
    .integer({ min: options.minClasses ?? 2, max: options.maxClasses ?? 8 })
    .chain((K) => classesArb(K, version1 ? 'none' : (options.nplRatio ?? 'maybe')))
    .chain((classes) =>
      fc.record({
        horizon: fc.integer({ min: options.minHorizon ?? 1, max: options.maxHorizon ?? 30 }),
        a: assumptionsArb(
          classes.map((c) => c.id),
          assumptionOptions,
        ),
        policy: policyArb(classes, options),
        classes: fc.constant(classes),
        extras: economyExtras,
      }),
    )
    .map(({ horizon, a, policy, classes, extras }) => ({
      paths: a.paths,
      spec: {
        id: 'generated',
        horizon,
        economy: { baseYear: 2020, ...extras, classes },
        assumptions: a.assumptions,
        policy,
      },
    }));
}

/** Writes a generated version-1 scenario as a version-1 scenario file (MODEL.md 7 and 10). */
export function version1File(spec: ScenarioSpec): Record<string, unknown> {
  // Through JSON, as a file would be: what the loader sees is exactly what a file can hold.
  return JSON.parse(JSON.stringify({ format: 'sme-credit-scenario', version: 1, title: { en: 'Generated version-1 scenario' }, ...spec })) as Record<string, unknown>;
}

/** A balanced scenario for MODEL.md 8.9, with the common growth path g and each class's g_y,k. */
export interface BalancedScenario {
  readonly spec: ScenarioSpec;
  readonly growth: PathShape;
  readonly laborProductivityGrowth: PerClassShape;
}

/**
 * MODEL.md 8.9: adjustmentSpeed 1, employmentAdjustment 1, domestic and world demand and credit all
 * growing by one path g, no productivity drift, no price shock, levers off, employment elasticity 1.
 * Everything else (the rates, realisation and diversion, pass-through and price elasticity, the bank's
 * and the fund's inputs) is as generated: with the levers off none of it may move output or jobs.
 */
export function balancedScenarioArb(): Arbitrary<BalancedScenario> {
  return scenarioArb({ leversOff: true }).chain(({ spec }) => {
    const ids = spec.economy.classes.map((c) => c.id);
    return fc
      .record({
        growth: pathShapeArb(RANGE.creditGrowth[0], RANGE.creditGrowth[1]),
        laborProductivityGrowth: perClassPathOf(ids, 'laborProductivityGrowth', false),
        // "No productivity drift" / "no price shock" as an explicit 0, an object of zeros, a formula or a row of zeros, or the default (0).
        zeroStyle: fc.constantFrom('number', 'object', 'formula', 'absent'),
        unitElasticity: fc.constantFrom<PerClass<number>>(1, Object.fromEntries(ids.map((id) => [id, 1]))),
      })
      .map(({ growth, laborProductivityGrowth, zeroStyle, unitElasticity }) => {
        const g = pathText(growth);
        const rest: Record<string, unknown> = { ...spec.assumptions };
        delete rest.productivityGrowth;
        delete rest.rawMaterialInflation;
        if (zeroStyle === 'number') {
          rest.productivityGrowth = 0;
          rest.rawMaterialInflation = 0;
        } else if (zeroStyle === 'object') {
          rest.productivityGrowth = Object.fromEntries(ids.map((id) => [id, 0]));
          rest.rawMaterialInflation = [0];
        } else if (zeroStyle === 'formula') {
          rest.productivityGrowth = '0 * t';
          rest.rawMaterialInflation = '0';
        }
        const assumptions: Assumptions = {
          ...(rest as Assumptions),
          adjustmentSpeed: 1,
          employmentAdjustment: 1,
          employmentElasticity: unitElasticity,
          domesticDemandGrowth: g,
          worldDemandGrowth: g,
          creditGrowth: g,
          laborProductivityGrowth: perClassPathText(laborProductivityGrowth),
        };
        return { spec: { ...spec, assumptions: toAssumptionsSpec(assumptions) }, growth, laborProductivityGrowth };
      });
  });
}

// ---------------------------------------------------------------------------------------------------
// Changes that keep a scenario valid

/** The most years a path's row of values may hold (MODEL.md 2). */
const MAX_ROW = 30;

/**
 * Raises a path by `delta >= 0` in the years `years(t)` picks, never above `max` (the result is >= the
 * original in every year because the original is <= max). A number or a formula becomes a formula; a
 * row of values stays a row (it cannot sit inside a formula), long enough to hold every changed year.
 */
function raiseWhere(value: PathValue, delta: number, max: number, formulaCondition: string, years: (t: number) => boolean, rowLength: number): PathValue {
  if (Array.isArray(value)) {
    const row = value as readonly number[];
    const n = Math.min(MAX_ROW, Math.max(row.length, rowLength));
    return Array.from({ length: n }, (_, i) => Math.min(max, rowAt(row, i + 1) + (years(i + 1) ? delta : 0)));
  }
  const original = typeof value === 'number' ? literal(value) : `(${String(value)})`;
  return `min(${literal(max)}, ${original} + ${literal(delta)} * ${formulaCondition})`;
}

/** Raises a path by `delta >= 0` from year `from` on, never above `max`. */
export function raisePath(value: PathValue, delta: number, from: number, max: number): PathValue {
  if (typeof value === 'number' && from <= 1) return Math.min(max, value + delta);
  // A row must reach year `from`, so that its last value (which holds for every later year) is raised.
  return raiseWhere(value, delta, max, `(t >= ${from})`, (t) => t >= from, from);
}

/** Raises a path by `delta >= 0` in year `year` only, never above `max`. */
export function raisePathInYear(value: PathValue, delta: number, year: number, max: number): PathValue {
  // A row must reach the year after, so that the years after `year` keep their values.
  return raiseWhere(value, delta, max, `(t == ${year})`, (t) => t === year, year + 1);
}

/** Tells a per-class object from one value for every class (a number, a formula or a row). */
export function isByClass<T>(value: PerClass<T> | undefined): value is { readonly [classId: string]: T } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a per-class value for one class, falling back to `fallback` when absent. */
export function perClassValue<T>(value: PerClass<T> | undefined, id: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (isByClass(value)) {
    const v = value[id];
    return v === undefined ? fallback : v;
  }
  return value as T;
}

/** Returns a per-class value as an object over `ids` with class `id`'s entry replaced. */
export function withClassValue<T>(value: PerClass<T> | undefined, ids: readonly string[], id: string, fallback: (id: string) => T, next: (current: T) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of ids) {
    const current = perClassValue(value, k, fallback(k));
    out[k] = k === id ? next(current) : current;
  }
  return out;
}

/** Multiplies every currency field (output, credit, guaranteeFundCapital) by `factor` (MODEL.md 8.4). */
export function scaleCurrency(spec: ScenarioSpec, factor: number): ScenarioSpec {
  const policy = spec.policy ?? {};
  return {
    ...spec,
    economy: {
      ...spec.economy,
      classes: spec.economy.classes.map((c) => ({ ...c, output: c.output * factor, credit: c.credit * factor })),
    },
    policy: policy.guaranteeFundCapital === undefined ? policy : { ...policy, guaranteeFundCapital: policy.guaranteeFundCapital * factor },
  };
}
