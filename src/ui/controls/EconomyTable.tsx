import { memo, useState } from 'react';
import { useApp, useAppStore, useTranslator } from '../context';
import { formatIssueText } from '../issue-text';
import { Provenance } from './Provenance';
import { useSelected, useSelectedProvenance } from './selected';
import { parseLocalizedNumber } from './gesture';

const FIELDS = ['firms', 'employment', 'output', 'exportShare', 'credit'] as const;
type Field = (typeof FIELDS)[number];
const LABELS = { firms: 'economy.firms', employment: 'economy.employment', output: 'economy.output', exportShare: 'economy.exportShare', credit: 'economy.credit' } as const;

/** A cell of the base-year table: typed freely, committed on Enter or blur, refused with a reason if invalid. */
function Cell({ path, value, label }: { path: string; value: number; label: string }) {
  const tr = useTranslator();
  const store = useAppStore();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const parsed = parseLocalizedNumber(draft);
    setDraft(null);
    if (!Number.isFinite(parsed)) {
      store.getState().setFieldError(path, [{ path, code: 'wrong-type', params: { expected: tr.t('unit.factor') } }]);
      return;
    }
    store.getState().setValue(path, parsed);
  };
  const errors = useApp((s) => s.fieldErrors[path]);
  return (
    <td>
      <input
        type="text"
        inputMode="decimal"
        data-param={path}
        aria-label={label}
        aria-invalid={errors ? true : undefined}
        value={draft ?? tr.exact(value)}
        onFocus={(e) => {
          setDraft(String(value));
          e.currentTarget.select();
        }}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
    </td>
  );
}

/**
 * The base-year data, editable (MODEL.md 3.1), of the selected scenario: it reads only its economy and
 * provenance (see selected.ts), so other edits leave it as it is.
 */
export const EconomyTable = memo(function EconomyTable() {
  const tr = useTranslator();
  const store = useAppStore();
  const fieldErrors = useApp((s) => s.fieldErrors);
  const economy = useSelected((s) => s.economy);
  const provenance = useSelectedProvenance();
  const messages = Object.entries(fieldErrors)
    .filter(([path]) => path.startsWith('economy.'))
    .flatMap(([, issues]) => issues.map((i) => formatIssueText(tr, i)));
  if (!economy) return null;
  return (
    <div className="economy">
      <label className="base-year">
        {tr.t('economy.baseYear')}{' '}
        <input
          type="number"
          step={1}
          data-param="economy.baseYear"
          value={economy.baseYear}
          onChange={(e) => {
            const year = Number(e.currentTarget.value);
            if (Number.isInteger(year)) store.getState().setValue('economy.baseYear', year);
          }}
        />
      </label>
      <div className="table-scroll">
        <table className="economy-table">
          <caption>
            {tr.t('economy.units', { currency: tr.unit(economy.currencyUnit) || '—', people: tr.unit(economy.employmentUnit) || '—' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{tr.t('economy.class')}</th>
              {FIELDS.map((f) => (
                <th scope="col" key={f}>
                  {tr.t(LABELS[f])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {economy.classes.map((c, k) => (
              <tr key={c.id}>
                <th scope="row">
                  {tr.text(c.label) || c.id}
                  <Provenance scenario={provenance} paths={[`economy.classes[${k}].output`]} />
                </th>
                {FIELDS.map((f: Field) => (
                  <Cell key={f} path={`economy.classes[${k}].${f}`} value={c[f]} label={`${tr.t(LABELS[f])}: ${tr.text(c.label) || c.id}`} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {messages.length > 0 ? (
        <ul className="field-error" role="alert">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
