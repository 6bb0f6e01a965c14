import { memo } from 'react';
import { HEADLINE_MEASURES, totalAtHorizon, totalDifference } from '../engine';
import { SCENARIO_COLORS } from '../charts';
import { isResult, resultOf, type ScenarioResult } from '../state';
import { percentSign, type Translator } from '../i18n';
import type { Scenario } from '../scenario';
import { HEADLINE_LABEL, unitOf, yearLabel } from './charts/chart-data';
import { useApp, useTranslator } from './context';
import { EvidenceCheck } from './EvidenceCheck';
import { useOnScreen, useValueWhenSeen } from './when-seen';

/** The sentence under a card: the policy's effect on jobs, in words (UX.md, after PolicyEngine). */
function sentence(tr: Translator, result: ScenarioResult, year: string): string {
  const base = totalAtHorizon(result.run.counterfactual, 'employment');
  const effect = totalDifference(result.run.scenario, result.run.counterfactual, 'employment');
  const share = base !== 0 ? effect / base : 0;
  if (Math.abs(share) < 5e-4) return tr.t('score.sentence.none', { year });
  return tr.t(share > 0 ? 'score.sentence.up' : 'score.sentence.down', { pct: tr.percent(Math.abs(share), 2), year });
}

/** One card per visible scenario, in the scenario's colour, with the headline effects at the horizon. */
export function Scoreboard() {
  const tr = useTranslator();
  // Scrolled out of view while a slider is dragged, it catches up when the drag ends.
  const [boardRef, onScreen] = useOnScreen<HTMLElement>();
  const scenarios = useValueWhenSeen(useApp((s) => s.workshop.scenarios), onScreen);
  const visibleIds = useApp((s) => s.visibleIds);
  const referenceId = useApp((s) => s.workshop.reference ?? s.workshop.scenarios[0]?.id);
  return (
    <section className="scoreboard" aria-label={tr.t('score.region')} ref={boardRef}>
      {visibleIds.map((id) => {
        const index = scenarios.findIndex((s) => s.id === id);
        const scenario = scenarios[index];
        if (!scenario) return null;
        return <ScoreCard key={id} id={id} index={index} scenario={scenario} isReference={id === referenceId} />;
      })}
    </section>
  );
}

/** One scenario's card: redrawn only when that scenario changes. */
const ScoreCard = memo(function ScoreCard({ id, index, scenario, isReference }: { id: string; index: number; scenario: Scenario; isReference: boolean }) {
  const tr = useTranslator();
  const result = resultOf(scenario);
  if (!isResult(result)) return null;
  const { model, run } = result;
  const year = yearLabel(tr, model, model.horizon);
  const noLevers = HEADLINE_MEASURES.every((m) => totalDifference(run.scenario, run.counterfactual, m) === 0);
  return (
    <article
      className="score-card"
      data-score={id}
      style={{ '--scenario-color': SCENARIO_COLORS[index % SCENARIO_COLORS.length] } as React.CSSProperties}
    >
      <h3 title={tr.text(scenario.title) || id}>
        <span className="swatch" aria-hidden="true" />
        {tr.text(scenario.title) || id}
        {isReference ? <span className="reference-mark"> ★ {tr.t('scenarios.reference')}</span> : null}
      </h3>
      <p className="score-when">{tr.t('score.heading', { year })}</p>
      <dl className="score-figures">
        {HEADLINE_MEASURES.map((m) => {
          const effect = totalDifference(run.scenario, run.counterfactual, m);
          const base = totalAtHorizon(run.counterfactual, m);
          return (
            <div key={m} className={`score-figure ${effect > 0 ? 'is-up' : effect < 0 ? 'is-down' : ''}`} data-measure={m}>
              <dt>{tr.t(HEADLINE_LABEL[m])}</dt>
              <dd title={`${tr.exact(effect)} ${unitOf(tr, result, m)}`}>
                <span className="score-value">{tr.signed(effect)}</span>
                {base !== 0 && effect !== 0 ? <span className="score-pct"> ({tr.signed((100 * effect) / base, 2)}{percentSign(tr.locale)})</span> : null}{' '}
                <span className="score-unit">{unitOf(tr, result, m)}</span>
                {m === 'exports' && effect !== 0 ? <DomesticSales result={result} /> : null}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="score-sentence">{noLevers ? tr.t('score.noLevers') : sentence(tr, result, year)}</p>
      <EvidenceCheck result={result} variant="card" />
    </article>
  );
});

/**
 * Beside an export effect, what happened to the same classes' domestic sales (output less exports):
 * where finance binds, sales abroad come partly out of sales at home, and a room should see both.
 */
function DomesticSales({ result }: { result: ScenarioResult }) {
  const tr = useTranslator();
  const { run } = result;
  const change = totalDifference(run.scenario, run.counterfactual, 'domesticSales');
  return (
    <span className="score-displaced" data-domestic-sales>
      {tr.t('score.domesticSales', { value: `${tr.signed(change)} ${unitOf(tr, result, 'exports')}` })}
    </span>
  );
}
