/**
 * fast-check arbitraries for VALID scenarios of MODEL.md (sections 3 and 6), used by the property tests
 * of MODEL.md 8. Ranges are copied from MODEL.md 3.2 / 3.3 here on purpose (not read from
 * src/engine/parameters.ts), so that a wrong range in the engine cannot hide itself from the tests.
 *
 * Paths are generated as data (`PathShape`) so that a test can evaluate them independently of the
 * engine (`pathAt`) and also hand them to the engine as a number or an expression string (`pathText`).
 *
 * Restrictions relative to the full MODEL.md ranges, and why:
 * - Base-year magnitudes: within one economy, output and credit of a class span four orders of magnitude
 *   (1..1e4 times a common unit that itself spans 1e-2..1e6); firms 1..1e6, employment 1..1e7. Wider
 *   spreads add nothing but the risk that a class's credit share is below double precision of the total
 *   (then "sum of shares = 1" is a statement about rounding, not about the model).
 * - The reallocation is a fraction 0..0.95 of S_D (MODEL.md 3.3 requires rho < S_D strictly; 0.95 keeps
 *   it clear of that bound after the engine re-sums S_D in its own order).
 * - Every other number uses its full MODEL.md range (growth paths -0.5..1 over 30 years stay within
 *   2^±30, far from overflow).
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { AssumptionsSpec, ClassData, PathValue, PerClass, PolicySpec, ScenarioSpec } from '../../src/engine/types';

/** [min, max] of each range in MODEL.md 3.2 / 3.3. */
export const RANGE = {
  creditElasticity: [0, 1],
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
  creditGrowth: [-0.5, 1],
  pd: [0, 1],
  lgd: [0, 1],
  marginalBorrowerRisk: [1, 5],
  guaranteeMoralHazard: [0, 2],
  nplResolution: [0.01, 1],
  riskWeight: [0, 2.5],
  guaranteeRiskWeight: [0, 1.5],
  capitalRatio: [0, 0.5],
  exportShare: [0, 0.9],
  exportShareTarget: [0, 0.9],
  guaranteeCoverage: [0, 1],
  phaseInYears: [0, 30],
  exportRampYears: [0, 30],
} as const satisfies Record<string, readonly [number, number]>;

// ---------------------------------------------------------------------------------------------------
// Paths

/** A path as data: a constant, or one of a few expression shapes whose value the test can compute. */
export type PathShape =
  | { readonly kind: 'number'; readonly value: number }
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

/** Returns the scenario-file form of a path: a number, or an expression string. */
export function pathText(p: PathShape): PathValue {
  switch (p.kind) {
    case 'number':
      return p.value;
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

/** Evaluates a path at year t (horizon H) in plain JavaScript, independently of the engine. */
export function pathAt(p: PathShape, t: number, H: number): number {
  switch (p.kind) {
    case 'number':
      return p.value;
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

/**
 * A path whose value stays in [min, max] in every year 1..30 for every horizon. `min <= 0 <= max`
 * holds for every path of MODEL.md, which the `decay` shape relies on.
 */
export function pathShapeArb(min: number, max: number, expressions = true): Arbitrary<PathShape> {
  const constant = real(min, max).map((value): PathShape => ({ kind: 'number', value }));
  if (!expressions) return constant;
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
  return fc.oneof(
    { arbitrary: constant, weight: 4 },
    { arbitrary: step, weight: 1 },
    { arbitrary: switched, weight: 1 },
    { arbitrary: decay, weight: 1 },
    { arbitrary: trend, weight: 1 },
    { arbitrary: halves, weight: 1 },
  );
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

function perClassShapeArb(ids: readonly string[], min: number, max: number, objectsOnly: boolean, expressions: boolean): Arbitrary<PerClassShape> {
  const byClass = fc
    .tuple(...ids.map(() => pathShapeArb(min, max, expressions)))
    .map((shapes): PerClassShape => ({ byClass: Object.fromEntries(ids.map((id, i) => [id, shapes[i]])) }));
  if (objectsOnly) return byClass;
  return fc.oneof(byClass, pathShapeArb(min, max, expressions));
}

/** An object naming every class id once, with values from `value`. */
export function byClassArb<T>(ids: readonly string[], value: Arbitrary<T>): Arbitrary<Record<string, T>> {
  return fc.tuple(...ids.map(() => value)).map((values) => Object.fromEntries(ids.map((id, i) => [id, values[i]])));
}

/** A per-class number: an object keyed by class id (always when `objectsOnly`), or one shared value. */
function perClassNumberArb(ids: readonly string[], min: number, max: number, objectsOnly: boolean): Arbitrary<PerClass<number>> {
  const object = byClassArb(ids, real(min, max));
  if (objectsOnly) return object;
  return fc.oneof({ arbitrary: object, weight: 3 }, { arbitrary: real(min, max), weight: 1 });
}

// ---------------------------------------------------------------------------------------------------
// Economy

/** Class ids c0..c(K-1). */
export function classIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `c${i}`);
}

/** The base-year table of K classes (MODEL.md 3.1). */
export function classesArb(count: number): Arbitrary<ClassData[]> {
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
          }),
        ),
      ),
    )
    .map(([unit, rows]) =>
      rows.map((row, i): ClassData => ({
        id: ids[i],
        label: { en: `Class ${i}` },
        firms: row.firms,
        employment: row.employment,
        output: row.output * unit,
        exportShare: row.exportShare,
        credit: row.credit * unit,
      })),
    );
}

// ---------------------------------------------------------------------------------------------------
// Assumptions

/** The paths of a generated scenario, as data, so that tests can evaluate them independently. */
export interface GeneratedPaths {
  readonly domesticDemandGrowth: PathShape;
  readonly worldDemandGrowth: PathShape;
  readonly rawMaterialInflation: PathShape;
  readonly creditGrowth: PathShape;
  readonly productivityGrowth: PerClassShape;
  readonly laborProductivityGrowth: PerClassShape;
}

/** Assumptions with every per-class value given explicitly (4-value defaults only fit 4 classes). */
export function assumptionsArb(
  ids: readonly string[],
  objectsOnly: boolean,
  expressions: boolean,
): Arbitrary<{ assumptions: AssumptionsSpec; paths: GeneratedPaths }> {
  const num = (name: keyof typeof RANGE) => real(RANGE[name][0], RANGE[name][1]);
  const pc = (name: keyof typeof RANGE) => perClassNumberArb(ids, RANGE[name][0], RANGE[name][1], objectsOnly);
  const path = (name: keyof typeof RANGE) => pathShapeArb(RANGE[name][0], RANGE[name][1], expressions);
  const pcPath = (name: keyof typeof RANGE) => perClassShapeArb(ids, RANGE[name][0], RANGE[name][1], objectsOnly, expressions);
  return fc
    .record({
      creditElasticity: pc('creditElasticity'),
      financeBoundShare: pc('financeBoundShare'),
      smoothness: num('smoothness'),
      adjustmentSpeed: num('adjustmentSpeed'),
      employmentElasticity: pc('employmentElasticity'),
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
      paths: fc.record({
        domesticDemandGrowth: path('domesticDemandGrowth'),
        worldDemandGrowth: path('worldDemandGrowth'),
        rawMaterialInflation: path('rawMaterialInflation'),
        creditGrowth: path('creditGrowth'),
        productivityGrowth: pcPath('productivityGrowth'),
        laborProductivityGrowth: pcPath('laborProductivityGrowth'),
      }),
    })
    .map(({ paths, ...numbers }) => ({
      paths,
      assumptions: {
        ...numbers,
        domesticDemandGrowth: pathText(paths.domesticDemandGrowth),
        worldDemandGrowth: pathText(paths.worldDemandGrowth),
        rawMaterialInflation: pathText(paths.rawMaterialInflation),
        creditGrowth: pathText(paths.creditGrowth),
        productivityGrowth: perClassPathText(paths.productivityGrowth),
        laborProductivityGrowth: perClassPathText(paths.laborProductivityGrowth),
      },
    }));
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

/** Options for `scenarioArb`. */
export interface ScenarioOptions {
  readonly minClasses?: number;
  readonly maxClasses?: number;
  /** Every per-class value as an object keyed by class id (never one shared value). */
  readonly objectsOnly?: boolean;
  /** Donors and recipients always named explicitly. */
  readonly namedRoles?: boolean;
  /** Levers off: reallocation 0 or absent, export targets x_k(0) or absent, coverage 0 or absent. */
  readonly leversOff?: boolean;
  /** Allow expression strings for paths (default true). */
  readonly expressions?: boolean;
  readonly minHorizon?: number;
  readonly maxHorizon?: number;
}

function policyArb(classes: readonly ClassData[], options: ScenarioOptions): Arbitrary<PolicySpec> {
  const ids = classes.map((c) => c.id);
  const K = ids.length;
  const objectsOnly = options.objectsOnly ?? false;
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
    const reallocation = options.leversOff
      ? fc.constantFrom<number | undefined>(undefined, 0)
      : fc.option(real(0, 0.95).map((f) => f * SD), { nil: undefined, freq: 5 });
    const exportShareTarget: Arbitrary<PerClass<number> | undefined> = options.leversOff
      ? fc.constantFrom<PerClass<number> | undefined>(undefined, x0)
      : fc.option(perClassNumberArb(ids, RANGE.exportShareTarget[0], RANGE.exportShareTarget[1], objectsOnly), { nil: undefined, freq: 4 });
    const guaranteeCoverage: Arbitrary<PerClass<number> | undefined> = options.leversOff
      ? fc.constantFrom<PerClass<number> | undefined>(...(objectsOnly ? [undefined, zeros] : [undefined, 0, zeros]))
      : fc.option(perClassNumberArb(ids, RANGE.guaranteeCoverage[0], RANGE.guaranteeCoverage[1], objectsOnly), { nil: undefined, freq: 4 });
    return fc
      .record({
        reallocation,
        recipientWeights: weights,
        phaseInYears: fc.option(years('phaseInYears'), { nil: undefined }),
        exportShareTarget,
        exportRampYears: fc.option(years('exportRampYears'), { nil: undefined }),
        guaranteeCoverage,
      })
      .map((levers) => {
        const policy: Record<string, unknown> = { ...base };
        for (const [key, value] of Object.entries(levers)) if (value !== undefined) policy[key] = value;
        return policy as PolicySpec;
      });
  });
}

// ---------------------------------------------------------------------------------------------------
// Scenarios

/** A generated scenario and its paths as data. */
export interface GeneratedScenario {
  readonly spec: ScenarioSpec;
  readonly paths: GeneratedPaths;
}

/** A valid scenario (MODEL.md 3) of 2 to 8 classes with every per-class assumption given. */
export function scenarioArb(options: ScenarioOptions = {}): Arbitrary<GeneratedScenario> {
  const objectsOnly = options.objectsOnly ?? false;
  const expressions = options.expressions ?? true;
  return fc
    .integer({ min: options.minClasses ?? 2, max: options.maxClasses ?? 8 })
    .chain((K) => classesArb(K))
    .chain((classes) =>
      fc.record({
        horizon: fc.integer({ min: options.minHorizon ?? 1, max: options.maxHorizon ?? 30 }),
        a: assumptionsArb(
          classes.map((c) => c.id),
          objectsOnly,
          expressions,
        ),
        policy: policyArb(classes, options),
        classes: fc.constant(classes),
      }),
    )
    .map(({ horizon, a, policy, classes }) => ({
      paths: a.paths,
      spec: {
        id: 'generated',
        horizon,
        economy: { baseYear: 2020, classes },
        assumptions: a.assumptions,
        policy,
      },
    }));
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
 */
export function balancedScenarioArb(): Arbitrary<BalancedScenario> {
  return scenarioArb({ leversOff: true }).chain(({ spec }) => {
    const ids = spec.economy.classes.map((c) => c.id);
    return fc
      .record({
        growth: pathShapeArb(RANGE.creditGrowth[0], RANGE.creditGrowth[1]),
        laborProductivityGrowth: perClassShapeArb(ids, RANGE.laborProductivityGrowth[0], RANGE.laborProductivityGrowth[1], false, true),
        // "No productivity drift" / "no price shock" as an explicit 0, an object of zeros, or the default (0).
        zeroStyle: fc.constantFrom('number', 'object', 'absent'),
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
          rest.rawMaterialInflation = '0';
        }
        const assumptions: AssumptionsSpec = {
          ...(rest as AssumptionsSpec),
          adjustmentSpeed: 1,
          employmentAdjustment: 1,
          employmentElasticity: unitElasticity,
          domesticDemandGrowth: g,
          worldDemandGrowth: g,
          creditGrowth: g,
          laborProductivityGrowth: perClassPathText(laborProductivityGrowth),
        };
        return { spec: { ...spec, assumptions }, growth, laborProductivityGrowth };
      });
  });
}

// ---------------------------------------------------------------------------------------------------
// Changes that keep a scenario valid

/**
 * Raises a path by `delta >= 0` from year `from` on, never above `max` (the result is >= the original
 * in every year because the original is <= max).
 */
export function raisePath(value: PathValue, delta: number, from: number, max: number): PathValue {
  if (typeof value === 'number' && from <= 1) return Math.min(max, value + delta);
  const original = typeof value === 'number' ? literal(value) : `(${value})`;
  return `min(${literal(max)}, ${original} + ${literal(delta)} * (t >= ${from}))`;
}

/** Reads a per-class value for one class, falling back to `fallback` when absent. */
export function perClassValue<T>(value: PerClass<T> | undefined, id: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'object' && value !== null) {
    const v = (value as Readonly<Record<string, T>>)[id];
    return v === undefined ? fallback : v;
  }
  return value;
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

/** Multiplies every currency field (output, credit) of the economy by `factor` (MODEL.md 8.4). */
export function scaleCurrency(spec: ScenarioSpec, factor: number): ScenarioSpec {
  return {
    ...spec,
    economy: {
      ...spec.economy,
      classes: spec.economy.classes.map((c) => ({ ...c, output: c.output * factor, credit: c.credit * factor })),
    },
  };
}
