/**
 * On a phone the charts lie a long scroll below the levers: beside credit moved, a small chart of the
 * selected scenario's jobs against its no-policy line follows the slider, so the lever is never moved
 * blind. Drawn only on narrow screens (wider ones show the charts beside the levers).
 */
import { useMemo, useSyncExternalStore } from 'react';
import { LinePanel, scenarioColor, sharedDomain } from '../../charts';
import type { HeadlineMeasure } from '../../engine';
import type { ScenarioResult } from '../../state';
import { MEASURE_LABEL, counterfactualLines, formatFor, stableDomain, unitOf } from '../charts/chart-data';
import { useElementWidth } from '../charts/use-element-width';
import { useTranslator } from '../context';
import { useDomainHeldDuringDrag } from '../when-seen';

const fitLines = (lo: number, hi: number) => stableDomain(sharedDomain([[lo, hi]], { includeZero: false }));

/** The width below which the lever preview is drawn: the phone layout's (styles.css, max-width 600px). */
const NARROW_QUERY = '(max-width: 600px)';
const PREVIEW_MEASURE: HeadlineMeasure = 'employment';

function subscribeNarrow(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isNarrow = () => window.matchMedia(NARROW_QUERY).matches;

/** Tells whether the window has the phone layout. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribeNarrow, isNarrow, () => false);
}

export function LeverPreview({ result, index }: { result: ScenarioResult; index: number }) {
  const narrow = useNarrowScreen();
  return narrow ? <LeverPreviewChart result={result} index={index} /> : null;
}

function LeverPreviewChart({ result, index }: { result: ScenarioResult; index: number }) {
  const tr = useTranslator();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const color = scenarioColor(index);
  const lines = counterfactualLines(tr, result, PREVIEW_MEASURE, color, 'preview-');
  const fitted = useMemo(() => stableDomain(sharedDomain(lines.map((l) => l.values), { includeZero: false })), [lines]);
  // As in the charts area: the axis holds still while the slider is dragged, and fits again after.
  const domain = useDomainHeldDuringDrag(fitted, fitLines);
  const measureName = tr.t(MEASURE_LABEL[PREVIEW_MEASURE]);
  const format = formatFor(tr, result);
  const unit = unitOf(tr, result, PREVIEW_MEASURE);
  return (
    <div className="lever-preview" ref={ref} data-lever-preview>
      {width ? (
        <LinePanel
          kind="lever-preview"
          title={measureName}
          caption={tr.t('charts.caption.projection', { measure: measureName, unit, comparison: tr.t('charts.counterfactual'), from: format.year(0), to: format.year(result.model.horizon) })}
          unit={unit}
          yDomain={domain}
          lines={lines}
          width={width}
          height={180}
          format={format}
        />
      ) : null}
    </div>
  );
}
