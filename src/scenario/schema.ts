/**
 * The scenario and workshop file formats (MODEL.md 7) as zod schemas: the single source of the files'
 * TypeScript types. Ranges come from the engine's parameter table. Checks that need the whole file
 * (class coverage, donors, expressions, provenance paths) run after this, in validate.ts.
 */
import { z } from 'zod';
import {
  CLASS_ID_PATTERN,
  LIMITS,
  PARAMETERS,
  PARAMETER_NAMES,
  type InputOfKind,
  type NameIn,
  type ParameterSection,
  type ParameterSpec,
  type ScenarioSpec,
} from '../engine';

export const SCENARIO_FORMAT = 'sme-credit-scenario';
export const WORKSHOP_FORMAT = 'sme-credit-workshop';
export const CURRENT_VERSION = 1;

/** The zod schemas of one section's parameters, typed by the table's kinds. */
type ParameterShape<S extends ParameterSection> = { [N in NameIn<S>]: z.ZodOptional<z.ZodType<InputOfKind<(typeof PARAMETERS)[N]['kind']>>> };

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

  /** The schema of one parameter of the table, by its kind (MODEL.md 2 and 3). */
  function parameterSchema(info: ParameterSpec): z.ZodType {
    const value = rangedNumber(info.min, info.max);
    const pathValue = z.union([value, z.string()]);
    switch (info.kind) {
      case 'scalar':
        return value;
      case 'perClass':
        return z.union([value, z.record(z.string(), value)]);
      case 'path':
        return pathValue;
      case 'perClassPath':
        return z.union([pathValue, z.record(z.string(), pathValue)]);
    }
  }

  /** The schemas of one section's parameters, derived from the table (one cast: the kinds give the types). */
  function parameterShape<S extends ParameterSection>(section: S): ParameterShape<S> {
    const shape: Record<string, z.ZodType> = {};
    for (const name of PARAMETER_NAMES) {
      const info = PARAMETERS[name];
      if (info.section === section) shape[name] = parameterSchema(info).optional();
    }
    return shape as ParameterShape<S>;
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

  const assumptionsSchema = z.strictObject(parameterShape('assumptions'));

  const policySchema = z.strictObject({
    ...parameterShape('policy'),
    donors: z.array(z.string()).optional(),
    recipients: z.array(z.string()).optional(),
    recipientWeights: z.record(z.string(), z.number().refine((v) => v >= 0, { params: { code: 'must-be-non-negative' } })).optional(),
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
    scenarios: z.array(embeddedScenarioSchema).min(1).max(LIMITS.maxScenarios),
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
