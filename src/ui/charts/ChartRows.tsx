/**
 * The rows of the charts area, one kind of panel each, for the visible scenarios: a measure over time,
 * the horizon effects, the credit shares and the binding constraint. Each row shares one scale across
 * its panels and holds its last scenarios while off screen during a slider drag (see `seenRow`).
 */
import { memo, useMemo, type ComponentType, type ReactNode } from 'react';
import { BindingGrid, EffectBars, LinePanel, StackedShares, sharedDomain, symmetricDomain, type ChartFormat } from '../../charts';
import type { HeadlineMeasure } from '../../engine';
import type { Comparison, ScenarioResult } from '../../state';
import { useTranslator } from '../context';
import { ExportableChart } from '../export/ExportButtons';
import { useDomainHeldDuringDrag, useOnScreen, useValueWhenSeen } from '../when-seen';
import { MEASURE_LABEL, bindingRows, creditShareLayers, effectBars, projectionLines, stableDomain, unitOf } from './chart-data';

/** One visible scenario with everything its panels need. */
export interface Shown {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  /** The pattern of its line where scenarios share a chart (see `scenarioDash`). */
  readonly dash: string;
  readonly result: ScenarioResult;
  readonly format: ChartFormat;
}

/** What a row of one measure over time takes beside its scenarios and reference. */
interface RowProps {
  readonly measure: HeadlineMeasure;
  readonly shown: readonly Shown[];
  readonly overlay: boolean;
  readonly byClass: boolean;
  readonly comparison: Comparison;
  readonly reference: ScenarioResult | null;
  readonly panelWidth: number;
  readonly height: number;
  comparisonName(s: Shown): string;
  readonly gridColumns: { gridTemplateColumns: string };
}

/** Nice domains for lines and for diverging bars, the same arrays for the same bounds (see stableDomain). */
const fitLines = (lo: number, hi: number) => stableDomain(sharedDomain([[lo, hi]], { includeZero: false }));
const fitBars = (lo: number, hi: number) => stableDomain(symmetricDomain([lo, hi]));

const yearsCaption = (s: Shown) => ({ from: s.format.year(0), to: s.format.year(s.result.model.horizon) });

/** What every row receives: the scenarios and reference it draws, and the ref that tells whether it is seen. */
interface SeenProps {
  readonly shown: readonly Shown[];
  readonly reference: ScenarioResult | null;
  readonly rowRef: (element: HTMLDivElement | null) => void;
}

/**
 * Makes a row that draws the live scenarios, except off screen during a slider drag: then the ones it
 * last drew, until the drag ends (see useValueWhenSeen). The row's body is memoised, so that a held row
 * is not even called.
 */
function seenRow<P extends SeenProps>(Body: (props: P) => ReactNode): (props: Omit<P, 'rowRef'>) => ReactNode {
  const MemoBody = memo(Body) as unknown as ComponentType<P>;
  return function SeenRow(props: Omit<P, 'rowRef'>) {
    const [rowRef, onScreen] = useOnScreen<HTMLDivElement>();
    const live = useMemo(() => ({ shown: props.shown, reference: props.reference }), [props.shown, props.reference]);
    const seen = useValueWhenSeen(live, onScreen);
    const bodyProps = { ...props, shown: seen.shown, reference: seen.reference, rowRef } as P;
    return <MemoBody {...bodyProps} />;
  };
}

/** One measure over time: a panel per scenario with a shared y scale, or one overlay panel. */
export const ProjectionRow = seenRow(function ProjectionRowBody(props: RowProps & SeenProps) {
  const { measure, shown, reference, rowRef, overlay, byClass, comparison, panelWidth, height, comparisonName, gridColumns } = props;
  const tr = useTranslator();
  const panels = useMemo(
    () =>
      shown.map((s) => {
        const lines = projectionLines(tr, s.result, measure, {
          byClass: byClass && !overlay,
          color: s.color,
          // On one chart the scenarios are told apart by pattern too; side by side each has its panel.
          dash: overlay ? s.dash : undefined,
          totalLabel: overlay ? s.name : tr.t('charts.total'),
          comparisonLabel: overlay ? `${s.name} (${comparisonName(s)})` : comparisonName(s),
          comparison,
          reference,
          keyPrefix: `${s.id}-`,
        });
        return { s, lines };
      }),
    [shown, byClass, overlay, measure, comparison, reference, tr, comparisonName],
  );
  const fitted = useMemo(() => stableDomain(sharedDomain(panels.flatMap((p) => p.lines.map((l) => l.values)), { includeZero: false })), [panels]);
  const yDomain = useDomainHeldDuringDrag(fitted, fitLines);
  if (shown.length === 0) return null;
  const first = shown[0];
  const unit = unitOf(tr, first.result, measure);
  const measureName = tr.t(MEASURE_LABEL[measure]);

  if (overlay) {
    const lines = panels.flatMap((p) => p.lines);
    const horizon = Math.max(...shown.map((s) => s.result.model.horizon));
    const longest = shown.find((s) => s.result.model.horizon === horizon) ?? first;
    return (
      <div className="chart-row" data-measure={measure} ref={rowRef}>
        <ExportableChart name={measureName}>
        <LinePanel
          kind="projection"
          title={measureName}
          caption={tr.t('charts.caption.overlay', { measure: measureName, unit, comparison: tr.t(comparison === 'reference' ? 'charts.compare.reference' : 'charts.compare.counterfactual').toLowerCase(), ...yearsCaption(longest) })}
          unit={unit}
          yDomain={yDomain}
          lines={lines}
          legend="list"
          width={panelWidth}
          height={height + 40}
          format={longest.format}
          tableLabel={tr.t('charts.table')}
        />
        </ExportableChart>
      </div>
    );
  }
  return (
    <>
    <h3 className="chart-row-title">{measureName}</h3>
    <div className="chart-row" data-measure={measure} style={gridColumns} ref={rowRef}>
      {panels.map(({ s, lines }) => (
        <ExportableChart key={s.id} name={`${measureName} ${s.name}`}>
        <LinePanel
          kind="projection"
          scenarioId={s.id}
          title={s.name}
          caption={tr.t('charts.caption.projection', { measure: measureName, unit: unitOf(tr, s.result, measure), comparison: comparisonName(s), ...yearsCaption(s) })}
          unit={unitOf(tr, s.result, measure)}
          yDomain={yDomain}
          lines={lines}
          legend={byClass ? 'list' : 'end-labels'}
          width={panelWidth}
          height={height}
          format={s.format}
          tableLabel={tr.t('charts.table')}
        />
        </ExportableChart>
      ))}
    </div>
    </>
  );
});

/** The horizon effect per class and in total, versus the counterfactual or the reference. */
export const EffectRow = seenRow(function EffectRowBody(
  props: SeenProps & {
    measure: HeadlineMeasure;
    comparison: Comparison;
    panelWidth: number;
    gridColumns: { gridTemplateColumns: string };
  },
) {
  const { measure, shown, reference, rowRef, comparison, panelWidth, gridColumns } = props;
  const tr = useTranslator();
  const data = useMemo(
    () =>
      shown.map((s) => {
        const { bars, t } = effectBars(tr, s.result, measure, comparison, reference);
        return { s, bars, t };
      }),
    [shown, measure, comparison, reference, tr],
  );
  const fitted = useMemo(() => stableDomain(symmetricDomain(data.flatMap((d) => d.bars.map((b) => b.value)))), [data]);
  const xDomain = useDomainHeldDuringDrag(fitted, fitBars);
  return (
    <div className="chart-row" style={gridColumns} ref={rowRef}>
      {data.map(({ s, bars, t }) => (
        <ExportableChart key={s.id} name={`${tr.t('charts.effect.title')} ${s.name}`}>
        <EffectBars
          kind="effect"
          scenarioId={s.id}
          title={s.name}
          caption={tr.t('charts.effect.caption', { measure: tr.t(MEASURE_LABEL[measure]).toLowerCase(), year: s.format.year(t), unit: unitOf(tr, s.result, measure) })}
          unit={unitOf(tr, s.result, measure)}
          xDomain={xDomain}
          bars={bars}
          polarity={measure === 'expectedLoss' ? 'higher-is-worse' : 'higher-is-better'}
          width={panelWidth}
          height={70 + 34 * bars.length}
          format={s.format}
          tableLabel={tr.t('charts.table')}
        />
        </ExportableChart>
      ))}
    </div>
  );
});

/** Where the credit goes: each scenario's credit shares by class over time. */
export const SharesRow = seenRow(function SharesRowBody(props: SeenProps & { panelWidth: number; narrow: boolean; gridColumns: { gridTemplateColumns: string } }) {
  const { shown, rowRef, panelWidth, narrow, gridColumns } = props;
  const tr = useTranslator();
  return (
    <div className="chart-row" style={gridColumns} ref={rowRef}>
      {shown.map((s) => (
        <ExportableChart key={s.id} name={`${tr.t('charts.shares.title')} ${s.name}`}>
          <StackedShares
            scenarioId={s.id}
            title={s.name}
            caption={tr.t('charts.shares.caption', yearsCaption(s))}
            width={panelWidth}
            height={narrow ? 220 : 250}
            format={s.format}
            layers={creditShareLayers(tr, s.result)}
            tableLabel={tr.t('charts.table')}
          />
        </ExportableChart>
      ))}
    </div>
  );
});

/** Which constraint binds, class by year, per scenario. */
export const BindingRow = seenRow(function BindingRowBody(props: SeenProps & { panelWidth: number; gridColumns: { gridTemplateColumns: string } }) {
  const { shown, rowRef, panelWidth, gridColumns } = props;
  const tr = useTranslator();
  return (
    <div className="chart-row" style={gridColumns} ref={rowRef}>
      {shown.map((s) => {
        const rows = bindingRows(tr, s.result);
        return (
          <ExportableChart key={s.id} name={`${tr.t('charts.binding.title')} ${s.name}`}>
            <BindingGrid
              scenarioId={s.id}
              title={s.name}
              caption={tr.t('charts.binding.caption', yearsCaption(s))}
              width={panelWidth}
              height={60 + 34 * rows.length}
              format={s.format}
              rows={rows}
              legendFinance={tr.t('charts.binding.finance')}
              legendDemand={tr.t('charts.binding.demand')}
              tableLabel={tr.t('charts.table')}
            />
          </ExportableChart>
        );
      })}
    </div>
  );
});
