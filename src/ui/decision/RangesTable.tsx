import type { PreparedModel, UncertaintySpec } from '../../engine';
import type { MessageKey } from '../../i18n';
import { parseLocalizedNumber } from '../controls/gesture';
import { useTranslator } from '../context';
import { defaultRange, type UncertainChoice } from './parameters';

/** Props of `RangesTable`. */
export interface RangesTableProps {
  /** The parameters a range may be given (see `uncertainChoices`). */
  readonly choices: readonly UncertainChoice[];
  readonly entries: readonly UncertaintySpec[];
  readonly model: PreparedModel;
  /** Stores the edited ranges (all of them, in order). */
  readonly setEntries: (next: UncertaintySpec[]) => void;
}

/**
 * The uncertain parameters of a scenario, one row each: the parameter (each at most once), its
 * distribution, its low, high, mode and standard deviation (typed in the reader's digits, kept on leaving
 * the cell), and a button that removes the row.
 */
export function RangesTable({ choices, entries, model, setEntries }: RangesTableProps) {
  const tr = useTranslator();
  return (
    <table className="ranges">
      <thead>
        <tr>
          <th scope="col">{tr.t('decision.mc.param')}</th>
          <th scope="col">{tr.t('decision.mc.dist')}</th>
          <th scope="col">{tr.t('decision.mc.low')}</th>
          <th scope="col">{tr.t('decision.mc.high')}</th>
          <th scope="col">{tr.t('decision.mc.mode')}</th>
          <th scope="col">{tr.t('decision.mc.sd')}</th>
          <th scope="col">
            <span className="visually-hidden">{tr.t('action.deleteScenario')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => {
          const update = (patch: Partial<UncertaintySpec>) => {
            const next = entries.map((x, j) => (j === i ? { ...x, ...patch } : x));
            setEntries(next.map((x) => JSON.parse(JSON.stringify(x)) as UncertaintySpec));
          };
          const numberCell = (key: 'low' | 'high' | 'mode' | 'sd', required: boolean) => (
            <td>
              <input
                type="text"
                inputMode="decimal"
                data-uncertainty={`${i}.${key}`}
                aria-label={`${tr.t(`decision.mc.${key}` as MessageKey)} ${i + 1}`}
                defaultValue={e[key] === undefined ? '' : String(e[key])}
                key={`${e.param}-${key}-${String(e[key])}`}
                onBlur={(ev) => {
                  const text = ev.currentTarget.value.trim();
                  if (text === '' && !required) update({ [key]: undefined });
                  else {
                    const v = parseLocalizedNumber(text);
                    if (Number.isFinite(v)) update({ [key]: v });
                  }
                }}
                onKeyDown={(ev) => {
                  if (ev.key === 'Enter') ev.currentTarget.blur();
                }}
              />
            </td>
          );
          return (
            <tr key={`${e.param}-${i}`}>
              <td>
                <select
                  aria-label={`${tr.t('decision.mc.param')} ${i + 1}`}
                  data-uncertainty={`${i}.param`}
                  value={e.param}
                  onChange={(ev) => {
                    const choice = choices.find((c) => c.path === ev.currentTarget.value);
                    if (choice) update({ param: choice.path, ...defaultRange(choice, model), mode: undefined, sd: undefined });
                  }}
                >
                  {choices.map((c) => (
                    <option key={c.path} value={c.path} disabled={c.path !== e.param && entries.some((x) => x.param === c.path)}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={`${tr.t('decision.mc.dist')} ${i + 1}`}
                  data-uncertainty={`${i}.dist`}
                  value={e.dist}
                  onChange={(ev) => {
                    const dist = ev.currentTarget.value as UncertaintySpec['dist'];
                    const middle = (e.low + e.high) / 2;
                    update({ dist, mode: dist === 'triangular' ? e.mode ?? middle : e.mode, sd: dist === 'normal' ? e.sd ?? Math.max((e.high - e.low) / 4, 1e-6) : e.sd });
                  }}
                >
                  <option value="uniform">{tr.t('decision.dist.uniform')}</option>
                  <option value="triangular">{tr.t('decision.dist.triangular')}</option>
                  <option value="normal">{tr.t('decision.dist.normal')}</option>
                </select>
              </td>
              {numberCell('low', true)}
              {numberCell('high', true)}
              {numberCell('mode', false)}
              {numberCell('sd', false)}
              <td>
                <button type="button" data-action="remove-range" onClick={() => setEntries(entries.filter((_, j) => j !== i))}>
                  ×
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
