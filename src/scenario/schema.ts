/**
 * The scenario and workshop file formats (MODEL.md 7) as zod schemas: the single source of the files'
 * TypeScript types. The parameters' fields, kinds and ranges come from the engine's parameter table;
 * each version's schema holds exactly that version's fields (a version-1 file may not use a version-2
 * field, MODEL.md 10). Checks that need the whole file (class coverage, donors, expressions, provenance
 * paths) run after this, in load.ts.
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
/** The version this app writes; it reads every version from 1 up to it (MODEL.md 7 and 10). */
export const CURRENT_VERSION = 2;
/** A file format version this app reads. */
export type FileVersion = 1 | 2;

/** The limits on text in a file (MODEL.md 7), in characters. */
export const TEXT_LIMITS = {
  label: 200,
  unit: 80,
  sourceLabel: 300,
  url: 2000,
  note: 2000,
  description: 20_000,
} as const;

/** The largest economy numbers a file may give (MODEL.md 3.1): counts of firms and persons, and currency. */
export const ECONOMY_LIMITS = { count: 1e12, currency: 1e15 } as const;

/** The zod schemas of one section's parameters, typed by the table's kinds. */
type ParameterShape<S extends ParameterSection> = { [N in NameIn<S>]: z.ZodOptional<z.ZodType<InputOfKind<(typeof PARAMETERS)[N]['kind']>>> };

/** A number inside [min, max]; the issue carries both bounds so that the message can say what is allowed. */
export function rangedNumber(min: number, max: number) {
  return z.number().refine((v) => v >= min && v <= max, { params: { code: 'out-of-range', min, max } });
}

// Control characters (C0 but tab and line feed where a text may have lines, DEL, C1) and direction
// overrides and isolates, which can make a text read as another (MODEL.md 7).
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const DIRECTION_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/;
// Spaces and invisible characters: a text of nothing else counts as empty.
const INVISIBLE = /^[\s\u200b-\u200d\ufeff]*$/;

/**
 * A text field: at most `max` characters, no control characters (tab and line feed allowed where
 * `lines`), no direction overrides, not empty (unless `mayBeEmpty`). Each problem names the field.
 */
function textField(max: number, options: { lines?: boolean; mayBeEmpty?: boolean } = {}) {
  const control = options.lines ? CONTROL_IN_TEXT : CONTROL_IN_LINE;
  let schema = z
    .string()
    .refine((v) => v.length <= max, { params: { code: 'text-too-long', max }, abort: true })
    .refine((v) => !control.test(v), { params: { code: 'text-control-character' }, abort: true })
    .refine((v) => !DIRECTION_OVERRIDE.test(v), { params: { code: 'text-direction-override' }, abort: true });
  if (!options.mayBeEmpty) schema = schema.refine((v) => !INVISIBLE.test(v), { params: { code: 'empty-text' } });
  return schema;
}

/**
 * Builds the current version's file schemas. Built on first use, not when the module loads. An older
 * file is checked for fields of newer versions first (versionFieldProblems), then migrated, then
 * checked against these.
 */
function buildSchemas() {
  const positiveUpTo = (max: number) =>
    z
      .number()
      .refine((v) => v > 0, { params: { code: 'must-be-positive' }, abort: true })
      .refine((v) => v <= max, { params: { code: 'out-of-range', min: 0, max } });
  const positiveNumber = z.number().refine((v) => v > 0 && Number.isFinite(v), { params: { code: 'must-be-positive' } });

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

  /** Text in English and/or Persian: at least one, no other keys. */
  const localized = (max: number, lines = false) =>
    z
      .strictObject({ en: textField(max, { lines }).optional(), fa: textField(max, { lines }).optional() })
      .refine((v) => v.en !== undefined || v.fa !== undefined, { params: { code: 'needs-a-language' } });
  const localizedTextSchema = localized(TEXT_LIMITS.label);
  const descriptionSchema = localized(TEXT_LIMITS.description, true);
  const noteSchema = localized(TEXT_LIMITS.note, true);

  /** The schema of one parameter of the table, by its kind (MODEL.md 2 and 3). */
  function parameterSchema(info: ParameterSpec): z.ZodType {
    const value = rangedNumber(info.min, info.max);
    // A path is a number, a formula, or a row of 1 to 30 yearly values, each in range.
    const pathValue = z.union([value, z.string(), z.array(value).min(1).max(LIMITS.maxPathValues)]);
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

  /** The schemas of one section's parameters, from the table (one cast: the kinds give the types). */
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
    firms: positiveUpTo(ECONOMY_LIMITS.count),
    employment: positiveUpTo(ECONOMY_LIMITS.count),
    output: positiveUpTo(ECONOMY_LIMITS.currency),
    exportShare: rangedNumber(0, LIMITS.maxExportShare),
    credit: positiveUpTo(ECONOMY_LIMITS.currency),
    nplRatio: rangedNumber(0, 1).optional(),
  });

  const economySchema = z.strictObject({
    baseYear: integerIn(1, 9999),
    calendar: z.enum(['persian', 'gregorian']).optional(),
    currencyUnit: textField(TEXT_LIMITS.unit).optional(),
    employmentUnit: textField(TEXT_LIMITS.unit).optional(),
    usdPerCurrencyUnit: positiveNumber.optional(),
    personsPerEmploymentUnit: positiveNumber.optional(),
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
    label: textField(TEXT_LIMITS.sourceLabel),
    url: textField(TEXT_LIMITS.url).optional(),
    note: textField(TEXT_LIMITS.note, { lines: true }).optional(),
  });

  const provenanceEntrySchema = z.strictObject({
    kind: z.enum(['data', 'assumption']),
    source: integerIn(0, 10_000).optional(),
    note: noteSchema.optional(),
  });

  const scenarioFields = {
    id: classId,
    title: localizedTextSchema,
    description: descriptionSchema.optional(),
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
    description: descriptionSchema.optional(),
    reference: z.string().optional(),
    scenarios: z.array(embeddedScenarioSchema).min(1).max(LIMITS.maxScenarios),
  });

  /** A workshop's own fields, its scenarios left to be checked one by one, each as its own version. */
  const workshopEnvelopeSchema = z.strictObject({
    format: z.literal(WORKSHOP_FORMAT),
    version: z.literal(CURRENT_VERSION),
    title: localizedTextSchema,
    description: descriptionSchema.optional(),
    reference: z.string().optional(),
    scenarios: z.array(z.unknown()).min(1).max(LIMITS.maxScenarios),
  });

  return {
    localizedTextSchema,
    classSchema,
    economySchema,
    assumptionsSchema,
    policySchema,
    uncertaintySchema,
    monteCarloSchema,
    sourceSchema,
    provenanceEntrySchema,
    scenarioFileSchema,
    embeddedScenarioSchema,
    workshopFileSchema,
    workshopEnvelopeSchema,
  };
}

/** The file schemas. */
export type FileSchemas = ReturnType<typeof buildSchemas>;
let built: FileSchemas | undefined;

/** The file schemas, built once. */
export function fileSchemas(): FileSchemas {
  built ??= buildSchemas();
  return built;
}

/**
 * Lists the fields of a scenario object that its version does not have (MODEL.md 10: "a version-1 file
 * that uses a version-2 field is an error naming it"), by the parameter table's `since`: new
 * parameters, rows of yearly values in paths, and the economy's version-2 fields.
 */
export function versionFieldProblems(scenario: Readonly<Record<string, unknown>>, version: FileVersion): { path: string; code: 'field-of-newer-version' | 'array-needs-newer-version'; params: { version: number; since: number } }[] {
  if (version >= CURRENT_VERSION) return [];
  const problems: { path: string; code: 'field-of-newer-version' | 'array-needs-newer-version'; params: { version: number; since: number } }[] = [];
  const newer = (path: string, since: number) => problems.push({ path, code: 'field-of-newer-version', params: { version, since } });
  const object = (value: unknown): Readonly<Record<string, unknown>> | null =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  for (const section of ['assumptions', 'policy'] as const) {
    const values = object(scenario[section]);
    if (!values) continue;
    for (const name of PARAMETER_NAMES) {
      const info = PARAMETERS[name];
      if (info.section !== section || !Object.hasOwn(values, name)) continue;
      if (info.since > version) {
        newer(`${section}.${name}`, info.since);
        continue;
      }
      // Rows of yearly values came with version 2 (MODEL.md 10).
      const value = values[name];
      const rows = Array.isArray(value) ? [[`${section}.${name}`, value]] : Object.entries(object(value) ?? {}).filter(([, v]) => Array.isArray(v)).map(([id, v]) => [`${section}.${name}.${id}`, v]);
      for (const [path] of rows) problems.push({ path: String(path), code: 'array-needs-newer-version', params: { version, since: 2 } });
    }
  }
  const economy = object(scenario.economy);
  if (economy) {
    for (const field of ['usdPerCurrencyUnit', 'personsPerEmploymentUnit']) if (Object.hasOwn(economy, field)) newer(`economy.${field}`, 2);
    const classes = Array.isArray(economy.classes) ? economy.classes : [];
    classes.forEach((c, i) => {
      if (object(c) && Object.hasOwn(object(c) ?? {}, 'nplRatio')) newer(`economy.classes[${i}].nplRatio`, 2);
    });
  }
  return problems;
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
