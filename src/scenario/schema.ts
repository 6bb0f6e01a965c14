/**
 * The scenario and workshop file formats (MODEL.md 7) as zod schemas: the single source of the files'
 * TypeScript types. Ranges come from the engine's parameter table. Checks that need the whole file
 * (class coverage, donors, expressions, provenance paths) run after this, in validate.ts.
 */
import { z } from 'zod';
import {
  ASSUMPTION_INFO,
  CLASS_ID_PATTERN,
  LIMITS,
  POLICY_INFO,
  type ParameterInfo,
  type ScenarioSpec,
} from '../engine';

export const SCENARIO_FORMAT = 'sme-credit-scenario';
export const WORKSHOP_FORMAT = 'sme-credit-workshop';
export const CURRENT_VERSION = 1;

/** A number inside [min, max]; the issue carries both bounds so that the message can say what is allowed. */
export function rangedNumber(min: number, max: number) {
  return z.number().refine((v) => v >= min && v <= max, { params: { code: 'out-of-range', min, max } });
}

/**
 * Builds the file schemas. Built on first use, not when the module loads: start-up opens only the
 * shipped workshop, which is not checked again, and building the schemas is some tens of milliseconds.
 */
function buildSchemas() {
  const positiveNumber = z.number().refine((v) => v > 0, { params: { code: 'must-be-positive' } });

  function integerIn(min: number, max: number) {
    return z
      .number()
      .refine((v) => Number.isInteger(v), { params: { code: 'must-be-integer' }, abort: true })
      .refine((v) => v >= min && v <= max, { params: { code: 'out-of-range', min, max } });
  }

  const classId = z
    .string()
    .refine((v) => CLASS_ID_PATTERN.test(v), { params: { code: 'bad-id' }, abort: true })
    .refine((v) => v !== 'total', { params: { code: 'reserved-id' } });

  const nonEmptyText = z.string().refine((v) => v.trim().length > 0, { params: { code: 'empty-text' } });

  /** Text in English and/or Persian: at least one, no other keys. */
  const localizedTextSchema = z
    .strictObject({ en: nonEmptyText.optional(), fa: nonEmptyText.optional() })
    .refine((v) => v.en !== undefined || v.fa !== undefined, { params: { code: 'needs-a-language' } });

  /** A value for every class: one number, or an object keyed by class id. */
  function perClassNumber(info: ParameterInfo) {
    const value = rangedNumber(info.min, info.max);
    return z.union([value, z.record(z.string(), value)]);
  }

  const expression = z.string();

  function pathValue(info: ParameterInfo) {
    return z.union([rangedNumber(info.min, info.max), expression]);
  }

  function perClassPath(info: ParameterInfo) {
    const value = pathValue(info);
    return z.union([value, z.record(z.string(), value)]);
  }

  const classSchema = z.strictObject({
    id: classId,
    label: localizedTextSchema,
    firms: positiveNumber,
    employment: positiveNumber,
    output: positiveNumber,
    exportShare: rangedNumber(0, LIMITS.maxExportShare),
    credit: positiveNumber,
  });

  const economySchema = z.strictObject({
    baseYear: integerIn(-9999, 9999),
    calendar: z.enum(['persian', 'gregorian']).optional(),
    currencyUnit: z.string().optional(),
    employmentUnit: z.string().optional(),
    classes: z.array(classSchema).min(LIMITS.minClasses).max(LIMITS.maxClasses),
  });

  const assumptionsSchema = z.strictObject({
    creditElasticity: perClassNumber(ASSUMPTION_INFO.creditElasticity).optional(),
    financeBoundShare: perClassNumber(ASSUMPTION_INFO.financeBoundShare).optional(),
    smoothness: rangedNumber(ASSUMPTION_INFO.smoothness.min, ASSUMPTION_INFO.smoothness.max).optional(),
    adjustmentSpeed: rangedNumber(ASSUMPTION_INFO.adjustmentSpeed.min, ASSUMPTION_INFO.adjustmentSpeed.max).optional(),
    productivityGrowth: perClassPath(ASSUMPTION_INFO.productivityGrowth).optional(),
    laborProductivityGrowth: perClassPath(ASSUMPTION_INFO.laborProductivityGrowth).optional(),
    employmentElasticity: perClassNumber(ASSUMPTION_INFO.employmentElasticity).optional(),
    employmentAdjustment: rangedNumber(ASSUMPTION_INFO.employmentAdjustment.min, ASSUMPTION_INFO.employmentAdjustment.max).optional(),
    firmEntryShare: rangedNumber(ASSUMPTION_INFO.firmEntryShare.min, ASSUMPTION_INFO.firmEntryShare.max).optional(),
    domesticDemandGrowth: pathValue(ASSUMPTION_INFO.domesticDemandGrowth).optional(),
    worldDemandGrowth: pathValue(ASSUMPTION_INFO.worldDemandGrowth).optional(),
    rawMaterialInflation: pathValue(ASSUMPTION_INFO.rawMaterialInflation).optional(),
    inputCostShare: perClassNumber(ASSUMPTION_INFO.inputCostShare).optional(),
    creditGrowth: pathValue(ASSUMPTION_INFO.creditGrowth).optional(),
    pd: perClassNumber(ASSUMPTION_INFO.pd).optional(),
    lgd: perClassNumber(ASSUMPTION_INFO.lgd).optional(),
    marginalBorrowerRisk: rangedNumber(ASSUMPTION_INFO.marginalBorrowerRisk.min, ASSUMPTION_INFO.marginalBorrowerRisk.max).optional(),
    guaranteeMoralHazard: rangedNumber(ASSUMPTION_INFO.guaranteeMoralHazard.min, ASSUMPTION_INFO.guaranteeMoralHazard.max).optional(),
    nplResolution: rangedNumber(ASSUMPTION_INFO.nplResolution.min, ASSUMPTION_INFO.nplResolution.max).optional(),
    riskWeight: perClassNumber(ASSUMPTION_INFO.riskWeight).optional(),
    guaranteeRiskWeight: rangedNumber(ASSUMPTION_INFO.guaranteeRiskWeight.min, ASSUMPTION_INFO.guaranteeRiskWeight.max).optional(),
    capitalRatio: rangedNumber(ASSUMPTION_INFO.capitalRatio.min, ASSUMPTION_INFO.capitalRatio.max).optional(),
  });

  const policySchema = z.strictObject({
    reallocation: rangedNumber(POLICY_INFO.reallocation.min, POLICY_INFO.reallocation.max).optional(),
    donors: z.array(z.string()).optional(),
    recipients: z.array(z.string()).optional(),
    recipientWeights: z.record(z.string(), z.number().refine((v) => v >= 0, { params: { code: 'must-be-non-negative' } })).optional(),
    phaseInYears: rangedNumber(POLICY_INFO.phaseInYears.min, POLICY_INFO.phaseInYears.max).optional(),
    exportShareTarget: perClassNumber(POLICY_INFO.exportShareTarget).optional(),
    exportRampYears: rangedNumber(POLICY_INFO.exportRampYears.min, POLICY_INFO.exportRampYears.max).optional(),
    guaranteeCoverage: perClassNumber(POLICY_INFO.guaranteeCoverage).optional(),
  });

  const uncertaintySchema = z.strictObject({
    param: z.string(),
    dist: z.enum(['uniform', 'triangular', 'normal']),
    low: z.number(),
    high: z.number(),
    mode: z.number().optional(),
    sd: z.number().optional(),
  });

  const monteCarloSchema = z.strictObject({
    draws: integerIn(1, LIMITS.maxDraws).optional(),
    seed: integerIn(0, LIMITS.maxSeed).optional(),
  });

  const sourceSchema = z.strictObject({
    label: nonEmptyText,
    url: z.string().optional(),
    note: z.string().optional(),
  });

  const provenanceEntrySchema = z.strictObject({
    kind: z.enum(['data', 'assumption']),
    source: integerIn(0, 10_000).optional(),
    note: localizedTextSchema.optional(),
  });

  const scenarioFields = {
    id: classId,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    sources: z.array(sourceSchema).optional(),
    horizon: integerIn(LIMITS.minHorizon, LIMITS.maxHorizon).optional(),
    economy: economySchema,
    assumptions: assumptionsSchema.optional(),
    policy: policySchema.optional(),
    uncertainty: z.array(uncertaintySchema).optional(),
    monteCarlo: monteCarloSchema.optional(),
    provenance: z.record(z.string(), provenanceEntrySchema).optional(),
  };

  /** A standalone scenario file. */
  const scenarioFileSchema = z.strictObject({
    format: z.literal(SCENARIO_FORMAT),
    version: z.literal(CURRENT_VERSION),
    ...scenarioFields,
  });

  /** A scenario inside a workshop file: its own format and version optional, checked where present. */
  const embeddedScenarioSchema = z.strictObject({
    format: z.literal(SCENARIO_FORMAT).optional(),
    version: z.literal(CURRENT_VERSION).optional(),
    ...scenarioFields,
  });

  /** A workshop file: several scenarios and the reference they are compared with. */
  const workshopFileSchema = z.strictObject({
    format: z.literal(WORKSHOP_FORMAT),
    version: z.literal(CURRENT_VERSION),
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    reference: z.string().optional(),
    scenarios: z.array(embeddedScenarioSchema).min(1).max(12),
  });

  return { localizedTextSchema, classSchema, economySchema, assumptionsSchema, policySchema, uncertaintySchema, monteCarloSchema, sourceSchema, provenanceEntrySchema, scenarioFileSchema, embeddedScenarioSchema, workshopFileSchema };
}

/** The file schemas. */
export type FileSchemas = ReturnType<typeof buildSchemas>;
let built: FileSchemas | undefined;

/** The file schemas, built once. */
export function fileSchemas(): FileSchemas {
  built ??= buildSchemas();
  return built;
}

/** A scenario as loaded (standalone or from a workshop). */
export type Scenario = z.infer<FileSchemas['embeddedScenarioSchema']>;
/** A standalone scenario file. */
export type ScenarioFile = z.infer<FileSchemas['scenarioFileSchema']>;
/** A workshop file. */
export type Workshop = z.infer<FileSchemas['workshopFileSchema']>;
/** Localized text as in the file. */
export type LocalizedText = z.infer<FileSchemas['localizedTextSchema']>;
/** One provenance entry. */
export type ProvenanceEntry = z.infer<FileSchemas['provenanceEntrySchema']>;
/** One source. */
export type Source = z.infer<FileSchemas['sourceSchema']>;

// The file's scenario must be usable by the engine as it is: this line fails to compile if not.
const scenarioIsEngineInput: (s: Scenario) => ScenarioSpec = (s) => s;
void scenarioIsEngineInput;
