import { JOBS_EVIDENCE, JOBS_EVIDENCE_BAND } from '../engine';
import type { MessageKey, Translator } from '../i18n';
import type { ScenarioResult } from '../state';
import { yearLabel } from './charts/chart-data';
import { useTranslator } from './context';
import { useFirstScreenOnly } from './first-screen';
import { evidenceFigures, type EvidenceVerdictName } from './evidence-check';

/** Where the check is shown: a scoreboard card, the workshop's reveal, or the printed handout. */
export type EvidenceCheckVariant = 'card' | 'present' | 'handout';

const VERDICT_TEXT: Record<Exclude<EvidenceVerdictName, 'none'>, MessageKey> = {
  inside: 'evidence.verdict.inside',
  below: 'evidence.verdict.below',
  above: 'evidence.verdict.above',
};

// A mark beside the words, so that the verdict reads without its colour (and without the words' language).
const VERDICT_MARK: Record<Exclude<EvidenceVerdictName, 'none'>, string> = { inside: '✓', below: '↓', above: '↑' };

const SCALE_KEY: Readonly<Record<number, MessageKey>> = {
  3: 'evidence.scale.thousand',
  6: 'evidence.scale.million',
  9: 'evidence.scale.billion',
  12: 'evidence.scale.trillion',
};

/** The file's currency unit times 10^exponent, in words: "billion rials", "10^15 rials". */
function scaledUnit(tr: Translator, unit: string, exponent: number): string {
  if (exponent === 0) return unit;
  const key = SCALE_KEY[exponent];
  return key ? tr.t(key, { unit }) : tr.t('evidence.scale.power', { exponent: tr.integer(exponent), unit });
}

/** A study's figure: one number, or a range low–high. */
function rangeText(tr: Translator, low: number, high: number): string {
  return low === high ? tr.number(low) : `${tr.number(low)}–${tr.number(high)}`;
}

/**
 * The model's jobs per credit moved set against the evidence (MODEL.md 5): the figure at year 2 and at the
 * horizon, per US$ 1m where the file gives an exchange rate, the verdict against the 3-25 band, and the
 * studies behind the band in a table that stays folded until asked for (open on the printed handout).
 */
export function EvidenceCheck({ result, variant }: { result: ScenarioResult; variant: EvidenceCheckVariant }) {
  const tr = useTranslator();
  const firstScreenOnly = useFirstScreenOnly();
  const { model, scenario } = result;
  const shown = evidenceFigures(result.jobsFigures, model.usdPerCurrencyUnit);
  const heading = shown.perUsd
    ? tr.t('evidence.perUsd')
    : tr.t('evidence.perUnit', { jobs: tr.unit(scenario.economy.employmentUnit), credit: scaledUnit(tr, tr.unit(scenario.economy.currencyUnit), shown.exponent) });
  // Year 2 is shown where the horizon reaches it; a horizon of 2 shows its one year once.
  const years: Array<{ t: number; value: number }> = [];
  if (model.horizon > 2) years.push({ t: 2, value: shown.year2 });
  years.push({ t: model.horizon, value: model.horizon === 2 ? shown.year2 : shown.horizon });
  const verdict = shown.verdict;
  return (
    <div className={`evidence-check evidence-${variant}`} data-evidence-check={scenario.id} data-verdict={verdict}>
      <p className="evidence-heading">
        <span className="evidence-title">{tr.t('evidence.title')}</span> <span className="evidence-measure">{heading}</span>
      </p>
      <dl className="evidence-figures">
        {years.map(({ t, value }) => (
          <div key={t} data-year={t}>
            <dt>{tr.t('evidence.by', { year: yearLabel(tr, model, t) })}</dt>
            <dd title={Number.isFinite(value) ? tr.exact(value) : undefined}>{tr.number(value)}</dd>
          </div>
        ))}
      </dl>
      {verdict !== 'none' ? (
        <p className="evidence-verdict">
          <span className="evidence-mark" aria-hidden="true">
            {VERDICT_MARK[verdict]}
          </span>{' '}
          {tr.t(VERDICT_TEXT[verdict], { low: JOBS_EVIDENCE_BAND.low, high: JOBS_EVIDENCE_BAND.high })}
        </p>
      ) : (
        <p className="evidence-none">{tr.t(shown.reason === 'noUsd' ? 'evidence.noUsd' : shown.reason === 'noYear2' ? 'evidence.noYear2' : 'evidence.noCredit')}</p>
      )}
      <details className="evidence-details" open={variant === 'handout'}>
        <summary>{tr.t('evidence.table.summary', { count: JOBS_EVIDENCE.length })}</summary>
        {/* Folded, the studies are drawn just after the first paint, as the closed control groups are. */}
        {firstScreenOnly && variant !== 'handout' ? null : (
        <div className="evidence-table-wrap">
          <table className="evidence-table">
            <thead>
              <tr>
                <th scope="col">{tr.t('evidence.table.source')}</th>
                <th scope="col">{tr.t('evidence.table.country')}</th>
                <th scope="col">{tr.t('evidence.table.horizon')}</th>
                <th scope="col">{tr.t('evidence.table.figure')}</th>
              </tr>
            </thead>
            <tbody>
              {JOBS_EVIDENCE.map((row) => (
                <tr key={row.id} data-evidence-row={row.id}>
                  <th scope="row">
                    {tr.text(row.source)}
                    <span className="evidence-row-note">{tr.text(row.note)}</span>
                  </th>
                  <td>{tr.text(row.country)}</td>
                  <td className="evidence-row-horizon">{tr.t('evidence.table.years', { years: row.horizonYears })}</td>
                  <td className="evidence-row-figure">{rangeText(tr, row.low, row.high)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        )}
      </details>
    </div>
  );
}
