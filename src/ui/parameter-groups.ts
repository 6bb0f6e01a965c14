/**
 * The controls the workbench shows, in which group, with which step and unit (UX.md: grouped and
 * collapsible, Policy open first), derived from the engine's parameter table: a parameter gets its
 * control, its place, its step and its catalog keys from its row there, and nowhere else.
 */
import {
  CONTROL_GROUP_IDS,
  PARAMETERS,
  PARAMETER_NAMES,
  parameterPath,
  type ControlGroupId,
  type ParameterName,
  type ParameterSpec,
  type UnitKind,
} from '../engine';
import type { MessageKey } from '../i18n';

/** The catalog keys the parameter table implies: a label and a help text per parameter, a group's title, a unit's name. */
export type ParameterCatalogKey = `param.${ParameterName}` | `param.${ParameterName}.help` | `group.${ControlGroupId}` | `unit.${UnitKind}`;

// Every key the table implies is a key of the English catalog: a compile error here names a missing one.
type MissingKeys = Exclude<ParameterCatalogKey, MessageKey>;
const everyTableKeyIsInTheCatalog: [MissingKeys] extends [never] ? true : MissingKeys = true;
void everyTableKeyIsInTheCatalog;

/** One control: a parameter, its JSON path base, its table entry and its catalog keys. */
export interface ControlSpec {
  readonly name: ParameterName;
  readonly section: ParameterSpec['section'];
  /** The JSON path of the parameter (`assumptions.pd`, `policy.reallocation`). */
  readonly base: string;
  readonly info: ParameterSpec;
  readonly step: number;
  readonly unit: MessageKey;
  readonly label: MessageKey;
  readonly help: MessageKey;
}

const specs = new Map<ParameterName, ControlSpec>();

/** Returns the control of one parameter (one object per parameter: a stable prop). */
export function controlSpec(name: ParameterName): ControlSpec {
  const kept = specs.get(name);
  if (kept) return kept;
  const info: ParameterSpec = PARAMETERS[name];
  const spec: ControlSpec = {
    name,
    section: info.section,
    base: parameterPath(name),
    info,
    step: info.step,
    unit: `unit.${info.unit}`,
    label: `param.${name}`,
    help: `param.${name}.help`,
  };
  specs.set(name, spec);
  return spec;
}

/** One group of controls. */
export interface ControlGroup {
  readonly id: ControlGroupId;
  readonly label: MessageKey;
  readonly controls: readonly ControlSpec[];
}

/** The groups and their controls, in display order (the table's order within a group). */
export const CONTROL_GROUPS: readonly ControlGroup[] = CONTROL_GROUP_IDS.map((id) => ({
  id,
  label: `group.${id}` as const,
  controls: PARAMETER_NAMES.filter((name) => PARAMETERS[name].group === id).map(controlSpec),
}));

/** The levers workshop mode offers, in the table's order. */
export const PRESENT_LEVER_CONTROLS: readonly ControlSpec[] = PARAMETER_NAMES.filter((name) => PARAMETERS[name].lever).map(controlSpec);
