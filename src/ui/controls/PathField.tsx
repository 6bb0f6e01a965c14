import { memo, useEffect, useState } from 'react';
import { compileExpression } from '../../engine';
import { useTranslator } from '../context';
import { parseLocalizedNumber, useSliderGesture } from './gesture';

/** Props of a path field: a growth rate given as a number or a formula in t. */
export interface PathFieldProps {
  readonly path: string;
  readonly label: string;
  readonly value: number | string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly horizon: number;
  readonly unit: string;
  /** Problems the store found with the last attempt (shown beside the field). */
  readonly storeError: string | null;
  onChange(path: string, value: number | string, gesture: string | undefined): void;
}

/** Checks a formula as the file loader would: it must compile and stay in range every year. */
function checkFormula(text: string, min: number, max: number, horizon: number): { value: number | string } | { error: string } {
  const trimmed = text.trim();
  const asNumber = parseLocalizedNumber(trimmed);
  if (trimmed !== '' && Number.isFinite(asNumber)) {
    return asNumber >= min && asNumber <= max ? { value: asNumber } : { error: `${asNumber} ∉ [${min}, ${max}]` };
  }
  const compiled = compileExpression(trimmed);
  if (!compiled.ok) return { error: compiled.problem.detail };
  for (let t = 1; t <= horizon; t++) {
    const v = compiled.evaluate({ t, H: horizon });
    if (!Number.isFinite(v)) return { error: `t = ${t}: ${v}` };
    if (v < min || v > max) return { error: `t = ${t}: ${Number(v.toPrecision(4))} ∉ [${min}, ${max}]` };
  }
  return { value: trimmed };
}

/**
 * A text field that takes a number or a formula, checked as you type; an invalid entry is shown with its
 * reason and the last valid value stays in force. A slider moves it while it holds a plain number.
 */
export const PathField = memo(function PathField(props: PathFieldProps) {
  const { path, label, value, min, max, step, horizon, unit, storeError, onChange } = props;
  const tr = useTranslator();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const gesture = useSliderGesture(path);

  useEffect(() => {
    if (!focused) {
      setText(String(value));
      setError(null);
    }
  }, [value, focused]);

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
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const checked = checkFormula(next, min, max, horizon);
          if ('error' in checked) {
            setError(checked.error);
            return;
          }
          setError(null);
          onChange(path, checked.value, undefined);
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
      {errorText ? (
        <span className="field-error" id={`${path}-error`} role="alert">
          {tr.t('alert.field', { message: errorText })}
        </span>
      ) : null}
    </div>
  );
});
