import { memo, useRef, useState } from 'react';
import type { UnitKind } from '../../engine';
import type { Translator } from '../../i18n';
import { useTranslator } from '../context';
import { toShown } from './display';
import { useSliderGesture } from './gesture';
import { pathText, readPathText, rowYears, type PathTextProblem } from './path-text';
import type { ControlValue } from './values';

/** Props of a path field: a growth rate or rate given as a number, a formula in t or a row of yearly values. */
export interface PathFieldProps {
  readonly path: string;
  readonly label: string;
  readonly value: ControlValue;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly horizon: number;
  readonly unit: string;
  /** The kind of unit (display.ts): numbers and rows of a rate are shown and typed in percent. */
  readonly unitKind?: UnitKind;
  /** The label of simulated year t in the calendar the reader chose (the file's own by default). */
  yearOf(t: number): string;
  /** Problems the store found with the last attempt (shown beside the field). */
  readonly storeError: string | null;
  onChange(path: string, value: ControlValue, gesture: string | undefined): void;
}

function problemText(tr: Translator, problem: PathTextProblem, min: number, max: number, yearOf: (t: number) => string, unit: UnitKind | undefined): string {
  const shown = (v: number) => tr.exact(toShown(v, unit));
  const range = { min: shown(min), max: shown(max) };
  switch (problem.kind) {
    case 'out-of-range':
      if (problem.index !== undefined) return tr.t('path.rowOutOfRange', { ...range, value: shown(problem.value), year: yearOf(problem.index + 1) });
      // A formula gives the stored value: its range is said in the stored unit too.
      if (problem.year !== undefined) return tr.t('path.formulaOutOfRange', { min: tr.exact(min), max: tr.exact(max), value: tr.number(problem.value, 4), year: yearOf(problem.year) });
      return tr.t('path.outOfRange', { ...range, value: shown(problem.value) });
    case 'not-a-number':
      return tr.t('path.rowNotANumber', { text: problem.text || '—', year: yearOf(problem.index + 1) });
    case 'too-many':
      return tr.t('path.rowTooLong', { count: problem.count });
    case 'not-finite':
      return tr.t('path.formulaNotFinite', { year: yearOf(problem.year) });
    case 'formula':
      return tr.t('path.formulaInvalid', { detail: problem.detail });
  }
}

/** The years each value of a row applies to, in the reader's calendar: the known years, then the rest. */
function RowYears({ values, horizon, yearOf, unit }: { values: readonly number[]; horizon: number; yearOf: (t: number) => string; unit: UnitKind | undefined }) {
  const tr = useTranslator();
  return (
    <ol className="path-row-years" aria-label={tr.t('path.rowYears')}>
      {rowYears(values.length, horizon).map((r) => (
        <li key={r.index}>
          <span className="path-row-year">{r.from === r.to ? yearOf(r.from) : tr.t('path.fromTo', { from: yearOf(r.from), to: yearOf(r.to) })}</span>{' '}
          <bdi dir="ltr">{tr.exact(toShown(values[r.index], unit))}</bdi>
        </li>
      ))}
    </ol>
  );
}

/**
 * A text field that takes a number, a formula in t, or a row of yearly values, checked as you type; an
 * invalid entry is shown with its reason and the last valid value stays in force. A slider moves it while
 * it holds a plain number; a row shows the year each value applies to.
 */
export const PathField = memo(function PathField(props: PathFieldProps) {
  const { path, label, value, min, max, step, horizon, unit, unitKind, yearOf, storeError, onChange } = props;
  const tr = useTranslator();
  // While the field has focus it shows what is typed (a draft); otherwise the value in force, so an
  // undo, a slider or an opened file shows through and a rejected draft is dropped on leaving.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The text being typed, for a check that waits for the formula parser (null once the field is left).
  const typed = useRef<string | null>(null);
  const gesture = useSliderGesture(path);
  const text = draft ?? pathText(value, unitKind);

  const check = (next: string) => {
    const read = readPathText(next, min, max, horizon, unitKind);
    if ('parserLoading' in read) {
      // The first formula typed loads the parser; the text is checked once it is here, if still typed.
      read.parserLoading.then(
        () => {
          if (typed.current === next) check(next);
        },
        () => {
          if (typed.current === next) setError(problemText(tr, { kind: 'formula', detail: 'the formula parser could not be loaded' }, min, max, yearOf, unitKind));
        },
      );
      return;
    }
    if ('problem' in read) {
      setError(problemText(tr, read.problem, min, max, yearOf, unitKind));
      return;
    }
    setError(null);
    onChange(path, read.value, undefined);
  };

  const errorText = error ?? storeError;
  return (
    <div className="path-field">
      <input
        type="text"
        dir="ltr"
        spellCheck={false}
        autoComplete="off"
        data-param={path}
        aria-label={`${label} (${unit})`}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={errorText ? `${path}-error` : undefined}
        title={tr.t('controls.expressionHint')}
        value={text}
        onFocus={() => setDraft(pathText(value, unitKind))}
        onBlur={() => {
          typed.current = null;
          setDraft(null);
          setError(null);
        }}
        onChange={(e) => {
          const next = e.currentTarget.value;
          typed.current = next;
          setDraft(next);
          check(next);
        }}
      />
      {typeof value === 'number' ? (
        <input
          type="range"
          className="path-slider"
          data-param-slider={path}
          aria-label={label}
          min={min}
          max={max}
          step={step}
          value={Math.min(max, Math.max(min, value))}
          {...gesture.handlers}
          onChange={(e) => onChange(path, Number(e.currentTarget.value), gesture.current())}
        />
      ) : null}
      {Array.isArray(value) ? <RowYears values={value} horizon={horizon} yearOf={yearOf} unit={unitKind} /> : null}
      {errorText ? (
        <span className="field-error" id={`${path}-error`} role="alert">
          {tr.t('alert.field', { message: errorText })}
        </span>
      ) : null}
    </div>
  );
});
