import { HEADLINE_MEASURES, isPerClassKind, totalAtHorizon, totalDifference, type ParameterSpec } from '../engine';
import { LinePanel, scenarioColor, sharedDomain } from '../charts';
import type { Translator } from '../i18n';
import type { Scenario } from '../scenario';
import { isResult, resultOf, type ScenarioResult } from '../state';
import { HEADLINE_LABEL, formatFor, projectionLines, unitOf, yearLabel } from './charts/chart-data';
import { useApp, useTranslator } from './context';
import { EvidenceCheck } from './EvidenceCheck';
import { CONTROL_GROUPS } from './parameter-groups';
import { toShown } from './controls/display';
import { shownValue, type ControlValue } from './controls/values';

function valueText(tr: Translator, scenario: Scenario, base: string, info: ParameterSpec): string {
  const classes = scenario.economy.classes;
  const shown = (v: number) => tr.exact(toShown(v, info.unit));
  const show = (v: ControlValue) => (typeof v === 'number' ? shown(v) : typeof v === 'string' ? v : `[${v.map(shown).join('; ')}]`);
  if (isPerClassKind(info.kind)) {
    const values = classes.map((_, k) => shownValue(scenario, base, info, k));
    if (values.every((v) => v === values[0])) return show(values[0]);
    return classes.map((c, k) => `${tr.text(c.label) || c.id} ${show(values[k])}`).join(tr.locale === 'fa' ? '، ' : '; ');
  }
  return show(shownValue(scenario, base, info));
}

function provenanceText(tr: Translator, scenario: Scenario, base: string): string {
  const entries = Object.entries(scenario.provenance ?? {}).filter(([path]) => path === base || path.startsWith(`${base}.`));
  if (entries.length === 0) return '';
  const kinds = new Set(entries.map(([, e]) => e.kind));
  const sources = [...new Set(entries.flatMap(([, e]) => (e.source !== undefined && scenario.sources?.[e.source] ? [scenario.sources[e.source].label] : [])))];
  const kind = [...kinds].map((k) => tr.t(k === 'data' ? 'controls.data' : 'controls.assumption')).join(' / ');
  return sources.length > 0 ? `${kind}: ${sources.join('; ')}` : kind;
}

function HandoutPage({ result, index }: { result: ScenarioResult; index: number }) {
  const tr = useTranslator();
  const { scenario, model, run } = result;
  const year = yearLabel(tr, model, model.horizon);
  const lines = projectionLines(tr, result, 'employment', {
    byClass: false,
    color: scenarioColor(index),
    totalLabel: tr.t('charts.total'),
    comparisonLabel: tr.t('charts.counterfactual'),
    comparison: 'counterfactual',
    reference: null,
  });
  const format = formatFor(tr, result);
  return (
    <section className="handout-page" data-handout={scenario.id}>
      <h1>{tr.text(scenario.title)}</h1>
      {scenario.description ? <p className="handout-description">{tr.text(scenario.description)}</p> : null}
      <h2>{tr.t('handout.results', { year })}</h2>
      <table className="handout-table">
        <thead>
          <tr>
            <th scope="col">{tr.t('handout.parameter')}</th>
            <th scope="col">{tr.t('handout.level')}</th>
            <th scope="col">{tr.t('handout.effect')}</th>
          </tr>
        </thead>
        <tbody>
          {HEADLINE_MEASURES.map((m) => {
            const effect = totalDifference(run.scenario, run.counterfactual, m);
            const base = totalAtHorizon(run.counterfactual, m);
            return (
              <tr key={m}>
                <th scope="row">{tr.t(HEADLINE_LABEL[m])}</th>
                <td>
                  {tr.number(totalAtHorizon(run.scenario, m))} {unitOf(tr, result, m)}
                </td>
                <td>
                  {tr.signed(effect)} {unitOf(tr, result, m)}
                  {base !== 0 && effect !== 0 ? ` (${tr.signed((100 * effect) / base, 2)}%)` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <EvidenceCheck result={result} variant="handout" />
      <LinePanel
        kind="handout-projection"
        title={tr.t('measure.employment')}
        caption={tr.t('charts.caption.projection', { measure: tr.t('measure.employment'), unit: unitOf(tr, result, 'employment'), comparison: tr.t('charts.counterfactual'), from: format.year(0), to: format.year(model.horizon) })}
        unit={unitOf(tr, result, 'employment')}
        yDomain={sharedDomain(lines.map((l) => l.values))}
        lines={lines}
        width={620}
        height={220}
        format={format}
      />
      <h2>{tr.t('handout.assumptions')}</h2>
      <table className="handout-table handout-assumptions">
        <thead>
          <tr>
            <th scope="col">{tr.t('handout.parameter')}</th>
            <th scope="col">{tr.t('handout.value')}</th>
            <th scope="col">{tr.t('handout.kind')}</th>
          </tr>
        </thead>
        <tbody>
          {CONTROL_GROUPS.flatMap((group) =>
            group.controls.map((spec) => {
              const base = spec.base;
              return (
                <tr key={base}>
                  <th scope="row">{tr.t(spec.label)}</th>
                  <td>
                    {valueText(tr, scenario, base, spec.info)} <span className="handout-unit">{tr.t(spec.unit)}</span>
                  </td>
                  <td>{provenanceText(tr, scenario, base)}</td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
      {scenario.sources && scenario.sources.length > 0 ? (
        <>
          <h2>{tr.t('handout.sources')}</h2>
          <ol className="handout-sources">
            {scenario.sources.map((s, i) => (
              <li key={i} dir="auto">
                {s.label}
                {s.url ? ` — ${s.url}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="handout-footer">{tr.t('handout.printed', { app: tr.t('app.title') })}</p>
    </section>
  );
}

/** The printable handout: one scenario per A4 page with its assumptions and key results. */
export default function Handout() {
  const tr = useTranslator();
  const scenarios = useApp((s) => s.workshop.scenarios);
  const title = useApp((s) => s.workshop.title);
  return (
    <div className="handout" aria-hidden="true">
      {scenarios.map((scenario, index) => {
        const result = resultOf(scenario);
        if (!isResult(result)) return null;
        return (
          <div key={scenario.id}>
            <p className="handout-workshop-title">{tr.text(title)}</p>
            <HandoutPage result={result} index={index} />
          </div>
        );
      })}
    </div>
  );
}
