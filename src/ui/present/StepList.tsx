import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Scenario } from '../../scenario';
import { useTranslator } from '../context';
import { moveStep, showStep, stepName, type ListedStep, type StepChoice } from './steps';

/**
 * The facilitator's choice of steps: a tick per step and buttons to move it up or down. It lies over the
 * slide (the slide keeps its size) and answers to the keyboard: Tab through it, Space ticks, Enter moves,
 * Escape closes it.
 */
export function StepList({ list, choice, scenarios, onChoice, onClose }: { list: readonly ListedStep[]; choice: StepChoice; scenarios: readonly Scenario[]; onChoice: (choice: StepChoice) => void; onClose: () => void }) {
  const tr = useTranslator();
  const panel = useRef<HTMLElement>(null);
  // After a move, the focus stays on the moved step's button (its other one when it reached an end).
  const refocus = useRef<{ key: string; by: -1 | 1 } | null>(null);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('input, button')?.focus();
    const opener = document.querySelector<HTMLElement>('[data-action="present-steps"]');
    return () => opener?.focus();
  }, []);

  useLayoutEffect(() => {
    const wanted = refocus.current;
    if (!wanted || !panel.current) return;
    refocus.current = null;
    const row = Array.from(panel.current.querySelectorAll<HTMLElement>('[data-step-key]')).find((r) => r.dataset.stepKey === wanted.key);
    const same = row?.querySelector<HTMLButtonElement>(`[data-move="${wanted.by === -1 ? 'up' : 'down'}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-move="${wanted.by === -1 ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  });

  const shownCount = list.filter((s) => s.shown).length;
  const move = (key: string, by: -1 | 1) => {
    refocus.current = { key, by };
    onChoice(moveStep(list, choice, key, by));
  };

  return (
    <section className="present-step-list" role="dialog" aria-labelledby="present-step-list-title" ref={panel}>
      <h2 id="present-step-list-title">{tr.t('present.steps.title')}</h2>
      <p className="present-step-list-hint">{tr.t('present.steps.hint')}</p>
      <ol>
        {list.map((step, i) => {
          const name = stepName(tr, step, scenarios);
          return (
            <li key={step.key} data-step-key={step.key} data-shown={step.shown}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={step.shown}
                  // The last step shown stays: workshop mode always has a screen to show.
                  disabled={step.shown && shownCount === 1}
                  onChange={(e) => onChoice(showStep(choice, step.key, e.currentTarget.checked))}
                />
                <span dir="auto">{name}</span>
                {step.baseline ? <span className="present-step-baseline">{tr.t('present.steps.baseline')}</span> : null}
              </label>
              <span className="present-step-moves">
                <button type="button" data-move="up" disabled={i === 0} aria-label={tr.t('present.steps.up', { step: name })} onClick={() => move(step.key, -1)}>
                  ↑
                </button>
                <button type="button" data-move="down" disabled={i === list.length - 1} aria-label={tr.t('present.steps.down', { step: name })} onClick={() => move(step.key, 1)}>
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <button type="button" data-action="present-steps-close" onClick={onClose}>
        {tr.t('present.steps.close')}
      </button>
    </section>
  );
}
