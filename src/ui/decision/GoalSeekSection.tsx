import { memo, useEffect, useRef, useState } from 'react';
import type { GoalSeekResult, HeadlineMeasure } from '../../engine';
import type { Scenario } from '../../scenario';
import { MEASURE_LABEL, unitOf, yearLabel } from '../charts/chart-data';
import { MeasureSelect } from '../charts/MeasureSelect';
import { useAppStore, useTranslator } from '../context';
import { parseLocalizedNumber } from '../controls/gesture';
import { formatIssueText } from '../issue-text';
import { engineClient } from './engine-client';
import type { SelectedProps } from './selected';

/**
 * Goal seek on the selected scenario: the smallest reallocation whose horizon effect reaches a target
 * (or stays under an expected-loss ceiling), with a button that applies it; or, unreachable, the best
 * that can be done.
 */
export const GoalSeekSection = memo(function GoalSeekSection({ scenario, result }: SelectedProps) {
  const tr = useTranslator();
  const store = useAppStore();
  const [measure, setMeasure] = useState<HeadlineMeasure>('employment');
  const [target, setTarget] = useState('');
  const [answer, setAnswer] = useState<{ result: GoalSeekResult; measure: HeadlineMeasure; target: number; for: Scenario } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useRef<number | null>(null);
  const unit = unitOf(tr, result, measure);
  const year = yearLabel(tr, result.model, result.model.horizon);
  // The search runs some 150 projections: in the engine's Worker, so that the page keeps its frames. A
  // newer search replaces one still running, whose late answer is dropped.
  const seek = () => {
    const value = parseLocalizedNumber(target);
    if (!Number.isFinite(value)) {
      setError(tr.t('decision.goal.needNumber'));
      return;
    }
    setError(null);
    const client = engineClient();
    if (job.current !== null) client.forget(job.current);
    const direction = measure === 'expectedLoss' ? 'atMost' : 'atLeast';
    const asked = { measure, target: value, for: scenario };
    job.current = client.start({ type: 'goal-seek', scenario, target: { measure, direction, value } }, (message) => {
      job.current = null;
      if (message.type === 'goal-seek') setAnswer({ ...asked, result: message.result });
      else if (message.type === 'error') setError(message.issues.map((i) => formatIssueText(tr, i)).join('; '));
    });
  };
  useEffect(() => () => {
    if (job.current !== null) engineClient().forget(job.current);
  }, []);
  const current = answer && answer.for === scenario ? answer : null;
  return (
    <div className="decision-block" data-block="goal-seek">
      <h3>{tr.t('decision.goal.title')}</h3>
      <p className="decision-help">{tr.t('decision.goal.help', { year })}</p>
      <form
        className="decision-actions"
        onSubmit={(e) => {
          e.preventDefault();
          seek();
        }}
      >
        <MeasureSelect value={measure} onChange={setMeasure} setting="goal-measure" />
        <label>
          {measure === 'expectedLoss' ? tr.t('decision.goal.ceiling', { unit }) : tr.t('decision.goal.target', { unit })}{' '}
          <input type="text" inputMode="decimal" data-goal="target" value={target} onChange={(e) => setTarget(e.currentTarget.value)} />
        </label>
        <button type="submit" className="primary" data-action="goal-seek">
          {tr.t('decision.goal.run')}
        </button>
      </form>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {current ? (
        current.result.reachable ? (
          <div className="goal-answer" data-goal-result="reachable" data-reallocation={current.result.reallocation}>
            <p>
              {tr.t('decision.goal.answer', {
                share: tr.percent(current.result.reallocation, 4),
                effect: tr.signed(current.result.effect),
                unit,
                year,
                measure: tr.t(MEASURE_LABEL[current.measure]),
              })}
            </p>
            <button
              type="button"
              data-action="apply-goal-seek"
              onClick={() => {
                if (current.result.reachable) store.getState().setValue('policy.reallocation', current.result.reallocation, { scenarioId: scenario.id });
              }}
            >
              {tr.t('decision.goal.apply')}
            </button>
          </div>
        ) : (
          <p className="goal-answer" data-goal-result="unreachable" role="status">
            {tr.t('decision.goal.unreachable', {
              target: tr.signed(current.target),
              unit,
              best: tr.signed(current.result.bestEffect),
              share: tr.percent(current.result.bestReallocation, 3),
              max: tr.percent(result.model.donorShare, 3),
            })}
          </p>
        )
      ) : null}
    </div>
  );
});
