/**
 * Which controls the workbench shows, in which group, with which step and unit (UX.md: grouped and
 * collapsible, Policy open first). Ranges and defaults come from the engine's parameter table.
 */
import { ASSUMPTION_INFO, POLICY_INFO, type AssumptionName, type ParameterInfo, type PolicyLeverName } from '../engine';
import type { MessageKey } from '../i18n';

/** The groups of controls. */
export type GroupId = 'policy' | 'productivity' | 'markets' | 'bank' | 'economy';

/** One control: a JSON path base, its table entry, and how the slider moves. */
export interface ControlSpec {
  readonly section: 'assumptions' | 'policy';
  readonly name: AssumptionName | PolicyLeverName;
  readonly info: ParameterInfo;
  readonly step: number;
  readonly unit: MessageKey;
  readonly label: MessageKey;
  readonly help: MessageKey;
}

const a = (name: AssumptionName, step: number, unit: MessageKey): ControlSpec => ({
  section: 'assumptions',
  name,
  info: ASSUMPTION_INFO[name],
  step,
  unit,
  label: `param.${name}` as MessageKey,
  help: `param.${name}.help` as MessageKey,
});

const p = (name: PolicyLeverName, step: number, unit: MessageKey): ControlSpec => ({
  section: 'policy',
  name,
  info: POLICY_INFO[name],
  step,
  unit,
  label: `param.${name}` as MessageKey,
  help: `param.${name}.help` as MessageKey,
});

/** The groups and their controls, in display order. */
export const CONTROL_GROUPS: ReadonlyArray<{ readonly id: GroupId; readonly label: MessageKey; readonly controls: readonly ControlSpec[] }> = [
  {
    id: 'policy',
    label: 'group.policy',
    controls: [
      p('reallocation', 0.001, 'unit.ppOfCredit'),
      p('phaseInYears', 0.5, 'unit.years'),
      p('guaranteeCoverage', 0.01, 'unit.share'),
    ],
  },
  {
    id: 'productivity',
    label: 'group.productivity',
    controls: [
      a('creditElasticity', 0.01, 'unit.elasticity'),
      a('financeBoundShare', 0.01, 'unit.share'),
      a('smoothness', 0.5, 'unit.factor'),
      a('adjustmentSpeed', 0.05, 'unit.share'),
      a('productivityGrowth', 0.001, 'unit.perYear'),
      a('laborProductivityGrowth', 0.001, 'unit.perYear'),
      a('employmentElasticity', 0.05, 'unit.elasticity'),
      a('employmentAdjustment', 0.05, 'unit.share'),
      a('firmEntryShare', 0.05, 'unit.share'),
    ],
  },
  {
    id: 'markets',
    label: 'group.markets',
    controls: [
      p('exportShareTarget', 0.005, 'unit.share'),
      p('exportRampYears', 0.5, 'unit.years'),
      a('domesticDemandGrowth', 0.005, 'unit.perYear'),
      a('worldDemandGrowth', 0.005, 'unit.perYear'),
      a('rawMaterialInflation', 0.005, 'unit.perYear'),
      a('inputCostShare', 0.01, 'unit.share'),
      a('creditGrowth', 0.005, 'unit.perYear'),
    ],
  },
  {
    id: 'bank',
    label: 'group.bank',
    controls: [
      a('pd', 0.001, 'unit.share'),
      a('lgd', 0.01, 'unit.share'),
      a('marginalBorrowerRisk', 0.05, 'unit.factor'),
      a('guaranteeMoralHazard', 0.05, 'unit.factor'),
      a('nplResolution', 0.01, 'unit.share'),
      a('riskWeight', 0.05, 'unit.factor'),
      a('guaranteeRiskWeight', 0.05, 'unit.factor'),
      a('capitalRatio', 0.005, 'unit.share'),
    ],
  },
];
