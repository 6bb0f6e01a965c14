import { memo, useMemo } from 'react';
import { JOBS_EVIDENCE_BAND, impliedFigures, type PreparedModel } from '../../engine';
import type { Scenario } from '../../scenario';
import { useTranslator } from '../context';

/**
 * What the sliders assume, per class, before anything runs (MODEL.md 4, "shown beside the sliders"):
 * elasticity, marginal output, the two headrooms and the long-run jobs per credit moved, the last set
 * against the evidence band with a word and a symbol (not colour alone). Read from the model the charts
 * run on, in O(K), so it follows a slider as it moves.
 */
export const ImpliedFigures = memo(function ImpliedFigures({ model, scenario }: { model: PreparedModel; scenario: Scenario }) {
  const tr = useTranslator();
  const figures = useMemo(() => impliedFigures(model), [model]);
  const economy = scenario.economy;
  const currency = tr.unit(economy.currencyUnit) || tr.t('implied.currencyUnit');
  const people = tr.unit(economy.employmentUnit) || tr.t('implied.employmentUnit');
  const perUsd = Number.isFinite(model.usdPerCurrencyUnit);
  const band = { low: tr.number(JOBS_EVIDENCE_BAND.low), high: tr.number(JOBS_EVIDENCE_BAND.high) };
  return (
    <div className="implied" data-implied-figures="">
      <div className="table-scroll">
        <table className="implied-table">
          <caption>{tr.t('implied.heading')}</caption>
          <thead>
            <tr>
              <Header label={tr.t('implied.elasticity')} unit={tr.t('implied.elasticity.unit')} />
              <Header label={tr.t('implied.marginal')} unit={tr.t('implied.marginal.unit')} />
              <Header label={tr.t('implied.headroomFinance')} unit={tr.t('implied.headroom.unit')} />
              <Header label={tr.t('implied.headroomDemand')} unit={tr.t('implied.headroom.unit')} />
              {perUsd ? (
                <Header label={tr.t('implied.jobsUsd')} unit={tr.t('implied.jobsUsd.unit')} />
              ) : (
                <Header label={tr.t('implied.jobsUnit', { currency })} unit={tr.t('implied.jobsUnit.unit', { people })} />
              )}
            </tr>
          </thead>
          {figures.map((f, k) => {
            const label = tr.text(economy.classes[k]?.label) || f.classId;
            const perUnit = tr.t('implied.jobsPerUnit', { value: tr.number(f.jobsPerCredit), people, currency });
            const outside = f.verdict === 'above' || f.verdict === 'below';
            // One row group per class: its name on a row of its own, so that the five figures get the
            // panel's whole width (a column of names beside them does not fit a sidebar).
            return (
              <tbody key={f.classId}>
                <tr className="implied-class">
                  <th scope="rowgroup" colSpan={5}>
                    {label}
                  </th>
                </tr>
                <tr data-class={f.classId}>
                  <td data-figure="elasticity" title={tr.exact(f.creditElasticity)}>
                    {tr.number(f.creditElasticity)}
                  </td>
                  <td data-figure="marginal" title={tr.exact(f.marginalOutput)}>
                    {tr.number(f.marginalOutput)}
                  </td>
                  <td data-figure="headroom-finance" title={tr.exact(f.headroomFinance)}>
                    {tr.percent(f.headroomFinance)}
                  </td>
                  <td data-figure="headroom-demand" title={tr.exact(f.headroomDemand)}>
                    {tr.percent(f.headroomDemand)}
                  </td>
                  {perUsd ? (
                    <td data-figure="jobs" data-band={f.verdict ?? 'none'} title={perUnit} className={outside ? 'is-outside' : undefined}>
                      <span className="implied-value">{tr.number(f.jobsPerUsdMillion)}</span>
                      {outside ? <span className="implied-mark"> {tr.t(`implied.${f.verdict}`)}</span> : null}
                    </td>
                  ) : (
                    <td data-figure="jobs" data-band="none" title={perUnit}>
                      <span className="implied-value">{tr.number(f.jobsPerCredit)}</span>
                    </td>
                  )}
                </tr>
              </tbody>
            );
          })}
        </table>
      </div>
      <p className="implied-note">
        {tr.t('implied.note')} {perUsd ? tr.t('implied.band', band) : tr.t('implied.noRate')}
      </p>
    </div>
  );
});

function Header({ label, unit }: { label: string; unit: string }) {
  return (
    <th scope="col">
      {label}
      <span className="implied-unit">{unit}</span>
    </th>
  );
}
