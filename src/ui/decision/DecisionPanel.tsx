import { useDeferredValue } from 'react';
import { isResult, resultOf } from '../../state';
import { useApp, useTranslator } from '../context';
import { useOnScreen, useValueWhenSeen } from '../when-seen';
import { BankSection } from './BankSection';
import { FundSection } from './FundSection';
import { GoalSeekSection } from './GoalSeekSection';
import type { SelectedProps } from './selected';
import { SensitivitySection } from './SensitivitySection';
import { UncertaintySection } from './UncertaintySection';
import { WaterfallSection } from './WaterfallSection';

/**
 * The decision aids for the selected scenario: uncertainty, sensitivity, levers, goal seek, bank view.
 * They follow the workshop at a lower priority than the slider being dragged (React's deferred value):
 * the input's own frame stays short, and these panels catch up in interruptible background renders.
 * Off screen during a slider drag they wait for its end (useValueWhenSeen).
 */
export default function DecisionPanel() {
  const tr = useTranslator();
  const [sectionRef, onScreen] = useOnScreen<HTMLElement>();
  const scenarios = useDeferredValue(useValueWhenSeen(useApp((s) => s.workshop.scenarios), onScreen));
  const selectedId = useApp((s) => s.selectedId);
  const visibleIds = useApp((s) => s.visibleIds);
  const index = scenarios.findIndex((s) => s.id === selectedId);
  if (index < 0) return null;
  const result = resultOf(scenarios[index]);
  if (!isResult(result)) return null;
  const selected: SelectedProps = { scenario: scenarios[index], result, index };
  return (
    <section className="decision" aria-labelledby="decision-heading" ref={sectionRef}>
      <h2 id="decision-heading">{tr.t('decision.heading', { name: tr.text(selected.scenario.title) })}</h2>
      <UncertaintySection {...selected} />
      <SensitivitySection {...selected} />
      <WaterfallSection scenarios={scenarios} visibleIds={visibleIds} />
      <GoalSeekSection {...selected} />
      <BankSection {...selected} />
      <FundSection {...selected} />
    </section>
  );
}
