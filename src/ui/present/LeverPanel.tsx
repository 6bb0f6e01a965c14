import { reallocationMax } from '../../engine';
import type { ScenarioResult } from '../../state';
import { useAppStore, useTranslator } from '../context';
import { NumberSlider } from '../controls/NumberSlider';
import { perClassUpdate, shownValue } from '../controls/values';
import { PRESENT_LEVER_CONTROLS } from '../parameter-groups';

/** The few levers the facilitator chose, for the scenario on screen. */
export function LeverPanel({ result, levers }: { result: ScenarioResult; levers: readonly string[] }) {
  const tr = useTranslator();
  const store = useAppStore();
  const { scenario, model } = result;
  const chosen = PRESENT_LEVER_CONTROLS.filter((c) => levers.includes(c.base));
  const set = (path: string, value: unknown, gesture: string | undefined) => {
    const outcome = store.getState().setValue(path, value, { gesture, trusted: true, scenarioId: scenario.id });
    if (!outcome.ok) store.getState().setFieldError(path, outcome.issues);
  };
  return (
    <aside className="present-levers" aria-label={tr.t('present.levers')}>
      <h2>{tr.t('present.levers')}</h2>
      {chosen.map((c) => {
        const { name, info } = c;
        const max = name === 'reallocation' ? reallocationMax(model.donorShare) : info.max;
        if (info.kind === 'perClass') {
          return (
            <div key={c.base} className="present-lever">
              <span className="control-name">{tr.t(c.label)}</span>
              {scenario.economy.classes.map((cls, k) =>
                model.isRecipient[k] || name === 'exportShareTarget' ? (
                  <div key={cls.id} className="control-row">
                    <span className="class-label">{tr.text(cls.label) || cls.id}</span>
                    <NumberSlider
                      path={`${c.base}.${cls.id}`}
                      label={`${tr.t(c.label)}: ${tr.text(cls.label) || cls.id}`}
                      value={Number(shownValue(scenario, c.base, info, k))}
                      min={info.min}
                      max={info.max}
                      step={c.step}
                      unit={tr.t(c.unit)}
                      unitKind={info.unit}
                      onChange={(_p, v, g) => set(c.base, perClassUpdate(scenario, c.base, info, k, v), g)}
                    />
                  </div>
                ) : null,
              )}
            </div>
          );
        }
        return (
          <div key={c.base} className="present-lever">
            <span className="control-name">{tr.t(c.label)}</span>
            <NumberSlider
              path={c.base}
              label={tr.t(c.label)}
              value={Number(shownValue(scenario, c.base, info))}
              min={info.min}
              max={max}
              step={c.step}
              unit={tr.t(c.unit)}
              unitKind={info.unit}
              onChange={(_p, v, g) => set(c.base, v, g)}
            />
          </div>
        );
      })}
      <details className="present-choose">
        <summary>{tr.t('present.chooseLevers')}</summary>
        {PRESENT_LEVER_CONTROLS.map((c) => (
          <label key={c.base} className="checkbox">
            <input
              type="checkbox"
              checked={levers.includes(c.base)}
              onChange={(e) => store.getState().setPresentLevers(e.currentTarget.checked ? [...levers, c.base] : levers.filter((p) => p !== c.base))}
            />
            {tr.t(c.label)}
          </label>
        ))}
      </details>
    </aside>
  );
}
