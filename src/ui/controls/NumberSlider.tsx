import { memo, useId, useState, type KeyboardEvent } from 'react';
import type { UnitKind } from '../../engine';
import { useTranslator } from '../context';
import { fromShown, keyStepOf, PAGE_STEPS, parseShown, stepped, toShown } from './display';
import { useSliderGesture } from './gesture';

/** Props of a slider row. */
export interface NumberSliderProps {
  readonly path: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly unit: string;
  /** The kind of unit (display.ts): a share is shown, typed and stepped in percent. */
  readonly unitKind?: UnitKind;
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

/** The key a press moves the value by, in key steps (right to left, the arrow pointing right lowers it, as the thumb moves). */
function keySteps(key: string, rightToLeft: boolean): number {
  switch (key) {
    case 'ArrowUp':
      return 1;
    case 'ArrowDown':
      return -1;
    case 'ArrowRight':
      return rightToLeft ? -1 : 1;
    case 'ArrowLeft':
      return rightToLeft ? 1 : -1;
    case 'PageUp':
      return PAGE_STEPS;
    case 'PageDown':
      return -PAGE_STEPS;
    default:
      return 0;
  }
}

/**
 * A slider with a number box: the slider is the control tests and keyboards drive (`data-param`);
 * the box takes an exact value, committed on Enter or when it loses focus. Both speak the shown unit
 * (percent for a share), the file keeps the stored one. The slider's value attribute stays in the
 * stored unit, on the table's step, for a drag; the arrow keys move by a step a person would choose.
 */
export const NumberSlider = memo(function NumberSlider(props: NumberSliderProps) {
  const { path, label, value, min, max, step, unit, unitKind, disabled, sliderMax, sliderStep, absentText, onChange } = props;
  const tr = useTranslator();
  const id = useId();
  const gesture = useSliderGesture(path);
  const [draft, setDraft] = useState<string | null>(null);
  const [boxError, setBoxError] = useState<string | null>(null);
  const absent = !Number.isFinite(value);
  const shown = absent ? min : Math.min(max, Math.max(min, value));
  const slideMax = Math.min(max, Math.max(sliderMax ?? max, shown));

  const shownText = (v: number) => tr.exact(toShown(v, unitKind));
  // What the box held when it took focus: leaving it unchanged commits nothing (the box rounds).
  const [focusedText, setFocusedText] = useState<string | null>(null);
  const commitDraft = () => {
    if (draft === null || draft === focusedText) return;
    const typed = parseShown(draft);
    const parsed = fromShown(typed, unitKind);
    const range = { min: shownText(min), max: shownText(max) };
    if (!Number.isFinite(typed)) {
      setBoxError(tr.t('controls.notNumber', { text: draft.trim().slice(0, 40), ...range }));
      return;
    }
    if (parsed < min || parsed > max) {
      setBoxError(tr.t('controls.outOfRange', { value: tr.exact(typed), ...range }));
      return;
    }
    setBoxError(null);
    setDraft(null);
    setFocusedText(null);
    onChange(path, parsed, undefined);
  };

  const onSliderKey = (e: KeyboardEvent<HTMLInputElement>) => {
    gesture.handlers.onKeyDown();
    const steps = keySteps(e.key, getComputedStyle(e.currentTarget).direction === 'rtl');
    if (steps === 0 || absent) return;
    e.preventDefault();
    const next = stepped(shown, keyStepOf(unitKind, step), steps, min, slideMax);
    if (next !== shown) onChange(path, next, gesture.current());
  };

  return (
    <div className="slider-row">
      <input
        id={id}
        type="range"
        data-param={path}
        aria-label={label}
        aria-valuetext={absent && absentText ? absentText : `${shownText(shown)} ${unit}`}
        min={min}
        max={slideMax}
        step={sliderStep ?? step}
        value={shown}
        disabled={disabled}
        {...gesture.handlers}
        onKeyDown={onSliderKey}
        onChange={(e) => onChange(path, Number(e.currentTarget.value), gesture.current())}
      />
      <input
        className="number-box"
        type="text"
        inputMode="decimal"
        aria-label={`${label} (${unit})`}
        aria-invalid={boxError ? true : undefined}
        data-param-box={path}
        value={draft ?? (absent ? '' : shownText(shown))}
        placeholder={absent ? absentText : undefined}
        disabled={disabled}
        onFocus={(e) => {
          const text = absent ? '' : shownText(shown);
          setDraft(text);
          setFocusedText(text);
          e.currentTarget.select();
        }}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={() => {
          commitDraft();
          setDraft(null);
          setFocusedText(null);
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
