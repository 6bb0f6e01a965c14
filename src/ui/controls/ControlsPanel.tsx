import { Fragment, memo, useCallback, useMemo } from 'react';
import { LIMITS, isPathKind, isPerClassKind, reallocationMax, type PreparedModel } from '../../engine';
import type { Scenario } from '../../scenario';
import { getAtPath, isResult, resultOf } from '../../state';
import { useApp, useAppStore, useTranslator } from '../context';
import { useFirstScreenOnly } from '../first-screen';
import { formatIssueText } from '../issue-text';
import { CONTROL_GROUPS, type ControlSpec } from '../parameter-groups';
import { EconomyTable } from './EconomyTable';
import { ImpliedFigures } from './ImpliedFigures';
import { toShown } from './display';
import { NumberSlider } from './NumberSlider';
import { PathField } from './PathField';
import { Provenance } from './Provenance';
import { LeverPreview } from './LeverPreview';
import { RolesEditor } from './RolesEditor';
import { perClassUpdate, shownValueOf, type ControlValue } from './values';
import { selectedScenario, useSelected, useSelectedProvenance } from './selected';

/** The controls of the selected scenario, grouped and collapsible (Policy open first). */
export function ControlsPanel() {
  const tr = useTranslator();
  const scenario = useApp((s) => s.workshop.scenarios.find((x) => x.id === s.selectedId));
  const index = useApp((s) => s.workshop.scenarios.findIndex((x) => x.id === s.selectedId));
  // The closed groups show their titles only: their controls are drawn just after the first paint.
  const firstScreenOnly = useFirstScreenOnly();
  if (!scenario) return null;
  const result = resultOf(scenario);
  if (!isResult(result)) return null;
  return (
    <section className="controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading" className="controls-heading">
        {tr.t('controls.heading', { name: tr.text(scenario.title) })}
      </h2>
      {CONTROL_GROUPS.map((group) => (
        <details key={group.id} className="control-group" open={group.id === 'policy'} data-group={group.id}>
          <summary>{tr.t(group.label)}</summary>
          {firstScreenOnly && group.id !== 'policy' ? null : (
            <>
              {group.controls.map((spec) => (
                <Fragment key={spec.name}>
                  <Control spec={spec} />
                  {spec.name === 'reallocation' ? <LeverPreview result={result} index={index} /> : null}
                </Fragment>
              ))}
              {/* After the levers, so that credit moved is the first control of the page. */}
              {group.id === 'policy' ? <PolicyExtras scenario={scenario} model={result.model} /> : null}
              {group.id === 'productivity' ? <ImpliedFigures model={result.model} scenario={scenario} /> : null}
            </>
          )}
        </details>
      ))}
      <details className="control-group" data-group="economy">
        <summary>{tr.t('group.economy')}</summary>
        {firstScreenOnly ? null : <EconomyTable />}
      </details>
    </section>
  );
}

function useSetValue() {
  const store = useAppStore();
  return useCallback(
    (path: string, value: unknown, gesture: string | undefined, trusted = false) => {
      const outcome = store.getState().setValue(path, value, { gesture, trusted });
      if (!outcome.ok && trusted) store.getState().setFieldError(path, outcome.issues);
    },
    [store],
  );
}

function ControlLabel({ spec, provenance, paths }: { spec: ControlSpec; provenance: Pick<Scenario, 'provenance' | 'sources'>; paths: string[] }) {
  const tr = useTranslator();
  return (
    <div className="control-label">
      <span className="control-name">{tr.t(spec.label)}</span>
      <span className="control-unit">{tr.t(spec.unit)}</span>
      <Provenance scenario={provenance} paths={paths} />
      <p className="control-help">
        {tr.t(spec.help)} <span className="control-range">{tr.t('controls.range', { min: tr.exact(toShown(spec.info.min, spec.info.unit)), max: tr.exact(toShown(spec.info.max, spec.info.unit)) })}</span>
      </p>
    </div>
  );
}

/**
 * One parameter's control. It reads from the selected scenario only what it shows (see selected.ts),
 * so that during a drag only the dragged control redraws, not all sixty.
 */
const Control = memo(function Control({ spec }: { spec: ControlSpec }) {
  const tr = useTranslator();
  const store = useAppStore();
  const setValue = useSetValue();
  const fieldErrors = useApp((s) => s.fieldErrors);
  const base = spec.base;
  const raw = useSelected((s) => getAtPath(s, base));
  const economy = useSelected((s) => s.economy);
  const provenance = useSelectedProvenance();
  const donorShare = useSelected((_, m) => m.donorShare) ?? 0;
  const horizon = useSelected((_, m) => m.horizon) ?? 0;
  const baseYear = useSelected((_, m) => m.baseYear) ?? 0;
  const calendar = useSelected((_, m) => m.calendar) ?? 'gregorian';
  const yearOf = useMemo(() => (t: number) => tr.year(baseYear + t, calendar), [tr, baseYear, calendar]);
  if (!economy) return null;
  const classes = economy.classes;
  const perClass = isPerClassKind(spec.info.kind);
  const isPath = isPathKind(spec.info.kind);
  // Strictly below the donors' share: a donor keeps some credit (MODEL.md 3.3).
  const max = spec.name === 'reallocation' ? reallocationMax(donorShare) : spec.info.max;
  const unit = tr.t(spec.unit);
  const errorFor = (path: string) => {
    const issues = fieldErrors[path];
    return issues && issues.length > 0 ? issues.map((i) => formatIssueText(tr, i)).join('; ') : null;
  };

  const rows = perClass ? classes.map((c, k) => ({ path: `${base}.${c.id}`, label: `${tr.t(spec.label)}: ${tr.text(c.label) || c.id}`, classLabel: tr.text(c.label) || c.id, k })) : [{ path: base, label: tr.t(spec.label), classLabel: '', k: -1 }];
  const onPerClass = (k: number) => (path: string, value: ControlValue, gesture: string | undefined) => {
    void path;
    const scenario = selectedScenario(store.getState());
    if (k < 0) setValue(base, value, gesture, typeof value === 'number');
    else if (scenario) setValue(base, perClassUpdate(scenario, base, spec.info, k, value), gesture, typeof value === 'number');
  };

  return (
    <div className="control" data-control={base}>
      <ControlLabel spec={spec} provenance={provenance} paths={[base, ...rows.map((r) => r.path)]} />
      {rows.map((row) => {
        const value = shownValueOf(raw, classes, base, spec.info, row.k < 0 ? undefined : row.k);
        return (
          <div className="control-row" key={row.path}>
            {row.classLabel ? <span className="class-label">{row.classLabel}</span> : null}
            {isPath ? (
              <PathField
                path={row.path}
                label={row.label}
                value={value}
                min={spec.info.min}
                max={max}
                step={spec.step}
                horizon={horizon}
                yearOf={yearOf}
                unit={unit}
                unitKind={spec.info.unit}
                storeError={errorFor(base)}
                onChange={onPerClass(row.k)}
              />
            ) : (
              <NumberSlider
                path={row.path}
                label={row.label}
                value={typeof value === 'number' ? value : NaN}
                min={spec.info.min}
                max={max}
                step={spec.step}
                {...(spec.info.unit === 'currency' ? moneySlider(economy) : {})}
                absentText={spec.info.defaultValue === null ? tr.t('controls.absent') : undefined}
                unit={unit}
                unitKind={spec.info.unit}
                onChange={onPerClass(row.k)}
              />
            )}
          </div>
        );
      })}
      {spec.name === 'reallocation' ? (
        <p className="control-note">{tr.t('controls.maxReallocation', { max: tr.exact(toShown(donorShare, spec.info.unit)) })}</p>
      ) : null}
      {errorFor(base) && !isPath ? (
        <p className="field-error" role="alert">
          {tr.t('alert.field', { message: errorFor(base) ?? '' })}
        </p>
      ) : null}
    </div>
  );
});

/**
 * The slider of an amount of money (the guarantee fund's capital) spans 0 to 5% of the economy's
 * base-year credit, in 200 round steps; the box beside it takes any amount in the file's range.
 */
function moneySlider(economy: Scenario['economy']): { sliderMax: number; sliderStep: number } {
  const credit = economy.classes.reduce((sum, c) => sum + c.credit, 0);
  const top = 0.05 * credit;
  const magnitude = 10 ** Math.floor(Math.log10(top / 200));
  const sliderStep = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => top / s <= 200) ?? magnitude * 10;
  return { sliderMax: Math.ceil(top / sliderStep) * sliderStep, sliderStep };
}

/** What PolicyExtras shows: the horizon, the roles and weights, their provenance. */
function samePolicyExtras(a: { scenario: Scenario; model: PreparedModel }, b: { scenario: Scenario; model: PreparedModel }): boolean {
  const pa = a.scenario.policy;
  const pb = b.scenario.policy;
  return (
    a.scenario.id === b.scenario.id &&
    a.scenario.economy === b.scenario.economy &&
    a.scenario.provenance === b.scenario.provenance &&
    a.scenario.sources === b.scenario.sources &&
    pa?.donors === pb?.donors &&
    pa?.recipients === pb?.recipients &&
    pa?.recipientWeights === pb?.recipientWeights &&
    a.model.horizon === b.model.horizon
  );
}

/** Horizon and who gives and receives credit. Not redrawn while another policy slider moves. */
const PolicyExtras = memo(function PolicyExtras({ scenario, model }: { scenario: Scenario; model: PreparedModel }) {
  const tr = useTranslator();
  const setValue = useSetValue();
  return (
    <>
      <div className="control" data-control="horizon">
        <div className="control-label">
          <span className="control-name">{tr.t('controls.horizon')}</span>
          <span className="control-unit">{tr.t('unit.years')}</span>
          <Provenance scenario={scenario} paths={['horizon']} />
          <p className="control-help">{tr.t('controls.horizon.help')}</p>
        </div>
        <NumberSlider
          path="horizon"
          label={tr.t('controls.horizon')}
          value={model.horizon}
          min={LIMITS.minHorizon}
          max={LIMITS.maxHorizon}
          step={1}
          unit={tr.t('unit.years')}
          onChange={(path, value, gesture) => setValue(path, Math.round(value), gesture, true)}
        />
      </div>
      <RolesEditor scenario={scenario} model={model} />
    </>
  );
}, samePolicyExtras);
