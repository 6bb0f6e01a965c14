import { memo, useEffect, useState } from 'react';
import { TornadoPanel, tornadoDomain } from '../../charts';
import type { HeadlineMeasure, SensitivityResult } from '../../engine';
import type { Scenario } from '../../scenario';
import { MEASURE_LABEL, formatFor, unitOf } from '../charts/chart-data';
import { MeasureSelect } from '../charts/MeasureSelect';
import { useTranslator } from '../context';
import { engineClient } from './engine-client';
import { paramLabel } from './parameters';
import type { SelectedProps } from './selected';

/**
 * One-at-a-time sensitivity of a headline effect of the selected scenario: a tornado of its uncertain
 * parameters (or of every parameter's default range where none is given), computed in the Worker.
 */
export const SensitivitySection = memo(function SensitivitySection({ scenario, result }: SelectedProps) {
  const tr = useTranslator();
  const [measure, setMeasure] = useState<HeadlineMeasure>('employment');
  const [tornado, setTornado] = useState<{ for: Scenario; measure: HeadlineMeasure; result: SensitivityResult } | null>(null);
  useEffect(() => {
    let jobId = -1;
    const timer = setTimeout(() => {
      jobId = engineClient().start({ type: 'sensitivity', scenario, entries: scenario.uncertainty ?? [], measure }, (message) => {
        if (message.type === 'sensitivity') setTornado({ for: scenario, measure, result: message.result });
      });
    }, 120);
    return () => {
      clearTimeout(timer);
      if (jobId >= 0) engineClient().forget(jobId);
    };
  }, [scenario, measure]);
  const format = formatFor(tr, result);
  const shown = tornado && tornado.measure === measure ? tornado.result : null;
  const bars = (shown?.bars ?? []).slice(0, 12).map((b) => ({
    key: b.param,
    label: b.allClasses ? `${paramLabel(tr, scenario, b.param)} (${tr.t('decision.tornado.allClasses')})` : paramLabel(tr, scenario, b.param),
    lowLabel: b.allClasses ? tr.t('decision.tornado.lowEnd') : tr.exact(b.low),
    highLabel: b.allClasses ? tr.t('decision.tornado.highEnd') : tr.exact(b.high),
    atLow: b.effectAtLow,
    atHigh: b.effectAtHigh,
  }));
  return (
    <div className="decision-block" data-block="sensitivity">
      <h3>{tr.t('decision.tornado.title')}</h3>
      <p className="decision-help">{shown && !shown.fromUncertainty ? tr.t('decision.tornado.defaultRanges') : tr.t('decision.tornado.help')}</p>
      <MeasureSelect value={measure} onChange={setMeasure} setting="tornado-measure" />
      {shown ? (
        <TornadoPanel
          kind="tornado"
          scenarioId={scenario.id}
          title={tr.t('decision.tornado.chart', { measure: tr.t(MEASURE_LABEL[measure]) })}
          caption={tr.t('decision.tornado.caption', { year: format.year(result.model.horizon), unit: unitOf(tr, result, measure) })}
          unit={unitOf(tr, result, measure)}
          centralValue={shown.centralEffect}
          bars={bars}
          xDomain={tornadoDomain([{ centralValue: shown.centralEffect, bars }])}
          legendLow={tr.t('decision.tornado.low')}
          legendHigh={tr.t('decision.tornado.high')}
          swingLabel={tr.t('decision.tornado.swing')}
          centralLabel={tr.t('decision.tornado.central')}
          width={760}
          height={90 + 30 * bars.length}
          format={format}
          tableLabel={tr.t('charts.table')}
        />
      ) : (
        <p className="decision-note">{tr.t('app.loading')}</p>
      )}
    </div>
  );
});
