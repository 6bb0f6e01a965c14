import { memo, useState } from 'react';
import { WaterfallPanel, waterfallDomain } from '../../charts';
import { decomposeLevers, type HeadlineMeasure, type LeverDecomposition, type PreparedModel } from '../../engine';
import type { Scenario } from '../../scenario';
import { isResult, memoPerOwner, resultOf } from '../../state';
import { MEASURE_LABEL, formatFor, unitOf } from '../charts/chart-data';
import { MeasureSelect } from '../charts/MeasureSelect';
import { useTranslator } from '../context';

// A decomposition projects the model eight times (each on/off combination of the levers): kept per
// prepared model, so that choosing another measure, or drawing the same scenario again, runs none again.
const decompositionOf = memoPerOwner((model: PreparedModel): Record<string, LeverDecomposition> => decomposeLevers(model), 1);

/**
 * What each lever adds to a horizon effect (the engine's Shapley decomposition), one waterfall per
 * visible scenario on one shared scale.
 */
export const WaterfallSection = memo(function WaterfallSection({ scenarios, visibleIds }: { scenarios: readonly Scenario[]; visibleIds: readonly string[] }) {
  const tr = useTranslator();
  const [measure, setMeasure] = useState<HeadlineMeasure>('employment');
  const items = visibleIds.flatMap((id) => {
    const index = scenarios.findIndex((s) => s.id === id);
    const r = index >= 0 ? resultOf(scenarios[index]) : null;
    if (!r || !isResult(r)) return [];
    const d = decompositionOf(r.model)[measure];
    const steps = [
      { key: 'credit', label: tr.t('decision.lever.credit'), value: d.parts.credit },
      { key: 'exports', label: tr.t('decision.lever.exports'), value: d.parts.exports },
      { key: 'guarantee', label: tr.t('decision.lever.guarantee'), value: d.parts.guarantee },
    ];
    return [{ id, result: r, steps, total: d.total }];
  });
  const domain = waterfallDomain(items);
  return (
    <div className="decision-block" data-block="waterfall">
      <h3>{tr.t('decision.waterfall.title')}</h3>
      <p className="decision-help">{tr.t('decision.waterfall.help')}</p>
      <MeasureSelect value={measure} onChange={setMeasure} setting="waterfall-measure" />
      <div className="decision-grid">
        {items.map((item) => {
          const format = formatFor(tr, item.result);
          return (
            <WaterfallPanel
              key={item.id}
              kind="waterfall"
              scenarioId={item.id}
              title={tr.text(item.result.scenario.title)}
              caption={tr.t('decision.waterfall.caption', { measure: tr.t(MEASURE_LABEL[measure]), year: format.year(item.result.model.horizon), unit: unitOf(tr, item.result, measure) })}
              unit={unitOf(tr, item.result, measure)}
              steps={item.steps}
              total={item.total}
              totalLabel={tr.t('charts.total')}
              runningLabel={tr.t('decision.waterfall.running')}
              polarity={measure === 'expectedLoss' ? 'higher-is-worse' : 'higher-is-better'}
              domain={domain}
              width={340}
              height={250}
              format={format}
              tableLabel={tr.t('charts.table')}
            />
          );
        })}
      </div>
    </div>
  );
});
