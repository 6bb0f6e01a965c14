/**
 * Step-by-step migrations of older file versions to the current one (STYLE.md, after tldraw;
 * MODEL.md 10). A step takes one scenario object, already checked against its own version's fields, and
 * returns the next version's object with the paths it wrote, so that the app can say what changed and
 * offer to take those values back out.
 */
import { CURRENT_VERSION, type FileVersion } from './schema';

/** What one scenario's migration did. */
export interface ScenarioMigration {
  readonly from: FileVersion;
  /** The JSON paths (inside the scenario) the migration wrote, with the values it wrote. */
  readonly written: Readonly<Record<string, number>>;
  /**
   * The written paths that switching to the current version's defaults removes: all but those with no
   * default to fall back on (MODEL.md 10: operatingCost and lendingRate in an economy of other than four classes).
   */
  readonly removable: readonly string[];
}

type Json = Record<string, unknown>;
type Step = (scenario: Json) => { scenario: Json; written: Record<string, number>; kept: string[] };

/**
 * Version 1 to 2 (MODEL.md 10): write into `assumptions` the values under which version 2 computes what
 * version 1 did, wherever the file does not set them. With psi = 1 and epsP = 0 own funds follow demand
 * and demand has no price effect: version 1's equations. Only bad loans and losses differ.
 */
const VERSION_1_EQUIVALENTS: Readonly<Record<string, number>> = {
  creditRealisation: 1,
  diversionSensitivity: 0,
  inputPricePassThrough: 1,
  priceElasticity: 0,
  guaranteeAdditionality: 0,
  employmentElasticity: 1,
};
/** Version 2's four-value defaults that an economy of other than four classes must be given. */
const WITHOUT_FOUR_CLASSES: Readonly<Record<string, number>> = { operatingCost: 0.02, lendingRate: 0.12 };

const versionOneToTwo: Step = (scenario) => {
  const assumptions: Json = { ...((scenario.assumptions as Json | undefined) ?? {}) };
  const written: Record<string, number> = {};
  const kept: string[] = [];
  const write = (name: string, value: number, removable: boolean) => {
    if (Object.hasOwn(assumptions, name)) return;
    assumptions[name] = value;
    written[`assumptions.${name}`] = value;
    if (!removable) kept.push(`assumptions.${name}`);
  };
  for (const [name, value] of Object.entries(VERSION_1_EQUIVALENTS)) write(name, value, true);
  const classes = ((scenario.economy as Json | undefined)?.classes as unknown[] | undefined) ?? [];
  if (classes.length !== 4) for (const [name, value] of Object.entries(WITHOUT_FOUR_CLASSES)) write(name, value, false);
  const next: Json = { ...scenario, assumptions };
  if (next.version !== undefined) next.version = 2;
  return { scenario: next, written, kept };
};

/** `steps[v]` migrates a scenario of version v to version v + 1. */
const steps: Partial<Record<number, Step>> = { 1: versionOneToTwo };

/** Brings a scenario object of a version from 1 to the current one up to the current version. */
export function migrateScenario(scenario: Json, from: FileVersion): { scenario: Json; migration: ScenarioMigration | null } {
  if (from >= CURRENT_VERSION) return { scenario, migration: null };
  let current = scenario;
  const written: Record<string, number> = {};
  const kept = new Set<string>();
  for (let version: number = from; version < CURRENT_VERSION; version++) {
    const step = steps[version];
    if (!step) throw new Error(`no migration from version ${version}`);
    const result = step(current);
    current = result.scenario;
    Object.assign(written, result.written);
    result.kept.forEach((path) => kept.add(path));
  }
  return { scenario: current, migration: { from, written, removable: Object.keys(written).filter((path) => !kept.has(path)) } };
}
