import { memo, useId, useState } from 'react';
import { useTranslator } from '../context';
import { parseLocalizedNumber, useSliderGesture } from './gesture';

/** Props of a slider row. */
export interface NumberSliderProps {
  readonly path: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly unit: string;
  readonly disabled?: boolean;
  /**
   * The slider's own range where it is narrower than the value's (an amount of money: the box takes any
   * value in range, the slider spans what a room would try), with its step.
   */
  readonly sliderMax?: number;
  readonly sliderStep?: number;
  /** What the box says while the file gives no value and the parameter has no number by default (no fund). */
  readonly absentText?: string;
  /** Moves the value; one drag shares one gesture, so it is one undo step. */
  onChange(path: string, value: number, gesture: string | undefined): void;
}

/**
 * A slider with a number box: the slider is the control tests and keyboards drive (`data-param`);
 * the box takes an exact value, committed on Enter or when it loses focus.
 */
export const NumberSlider = memo(function NumberSlider(props: NumberSliderProps) {
  const { path, label, value, min, max, step, unit, disabled, sliderMax, sliderStep, absentText, onChange } = props;
  const tr = useTranslator();
  const id = useId();
  const gesture = useSliderGesture(path);
  const [draft, setDraft] = useState<string | null>(null);
  const [boxError, setBoxError] = useState<string | null>(null);
  const absent = !Number.isFinite(value);
  const shown = absent ? min : Math.min(max, Math.max(min, value));
  const slideMax = Math.min(max, Math.max(sliderMax ?? max, shown));

  const commitDraft = () => {
    if (draft === null) return;
    const parsed = parseLocalizedNumber(draft);
    if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
      setBoxError(tr.t('controls.range', { min: tr.exact(min), max: tr.exact(max) }));
      return;
    }
    setBoxError(null);
    setDraft(null);
    onChange(path, parsed, undefined);
  };

  return (
    <div className="slider-row">
      <input
        id={id}
        type="range"
        data-param={path}
        aria-label={label}
        aria-valuetext={absent && absentText ? absentText : `${tr.exact(shown)} ${unit}`}
        min={min}
        max={slideMax}
        step={sliderStep ?? step}
        value={shown}
        disabled={disabled}
        {...gesture.handlers}
        onChange={(e) => onChange(path, Number(e.currentTarget.value), gesture.current())}
      />
      <input
        className="number-box"
        type="text"
        inputMode="decimal"
        aria-label={`${label} (${unit})`}
        aria-invalid={boxError ? true : undefined}
        data-param-box={path}
        value={draft ?? (absent ? '' : tr.exact(shown))}
        placeholder={absent ? absentText : undefined}
        disabled={disabled}
        onFocus={(e) => {
          setDraft(absent ? '' : String(shown));
          e.currentTarget.select();
        }}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={() => {
          commitDraft();
          setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commitDraft();
          if (e.key === 'Escape') {
            setDraft(null);
            setBoxError(null);
          }
        }}
      />
      {boxError ? <span className="field-error" role="alert">{boxError}</span> : null}
    </div>
  );
});
