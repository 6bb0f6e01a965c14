import { useDeferredValue } from 'react';
import { isResult, resultOf } from '../../state';
import { useApp, useTranslator } from '../context';
import { setsALever } from '../sets-lever';
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
  const selectedIndex = scenarios.findIndex((s) => s.id === selectedId);
  if (selectedIndex < 0) return null;
  // A scenario that sets no lever has nothing to decompose (a tornado of zeros, a split of 0/0/0): the
  // aids then show the first scenario that sets one, and say so.
  const leverless = !setsALever(scenarios[selectedIndex]);
  const firstWithLever = leverless ? scenarios.findIndex(setsALever) : -1;
  const index = firstWithLever >= 0 ? firstWithLever : selectedIndex;
  const result = resultOf(scenarios[index]);
  if (!isResult(result)) return null;
  const selected: SelectedProps = { scenario: scenarios[index], result, index };
  return (
    <section className="decision" aria-labelledby="decision-heading" ref={sectionRef}>
      <h2 id="decision-heading">{tr.t('decision.heading', { name: tr.text(selected.scenario.title) })}</h2>
      {leverless ? (
        <p className="decision-leverless" data-decision-leverless>
          {tr.t(firstWithLever >= 0 ? 'decision.leverlessShown' : 'decision.leverless', {
            name: tr.text(scenarios[selectedIndex].title) || scenarios[selectedIndex].id,
            shown: tr.text(selected.scenario.title) || selected.scenario.id,
          })}
        </p>
      ) : null}
      <UncertaintySection {...selected} />
      <SensitivitySection {...selected} />
      <WaterfallSection scenarios={scenarios} visibleIds={visibleIds} />
      <GoalSeekSection {...selected} />
      <BankSection {...selected} />
      <FundSection {...selected} />
    </section>
  );
}
