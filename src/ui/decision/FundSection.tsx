import { memo, useMemo } from 'react';
import { GAIN_COLOR, LOSS_COLOR, LinePanel, REFERENCE_COLOR, classColors, scenarioColor, sharedDomain, type ChartFormat, type LineSpec } from '../../charts';
import { FOGAPE_EXTRA_CREDIT, fundFigures } from '../../engine';
import { formatFor, shownUnit, stableDomain } from '../charts/chart-data';
import { useElementWidth } from '../charts/use-element-width';
import { useTranslator } from '../context';
import type { SelectedProps } from './selected';

/** Below this width the fund's charts stack in one column; above it they sit two abreast. */
const TWO_ABREAST_WIDTH = 720;
const GRID_GAP = 16;
const CHART_HEIGHT = 240;

/**
 * The guarantee-fund view of the selected scenario (MODEL.md 4, Guarantee fund): the fund's capital,
 * the exposure it guarantees, its leverage against the cap, its fees against its payouts, the year it
 * runs dry, and for each covered class the fee beside its break-even fee and the extra credit per unit
 * guaranteed beside Chile's. A scenario without a guarantee gets one line saying so.
 */
export const FundSection = memo(function FundSection({ scenario, result, index }: SelectedProps) {
  const tr = useTranslator();
  const { model, run } = result;
  const f = useMemo(() => fundFigures(run), [run]);
  const format = formatFor(tr, result);
  const H = model.horizon;
  const currency = shownUnit(tr, scenario.economy.currencyUnit, model.calendar);
  const from = format.year(0);
  const to = format.year(H);
  const caption = tr.t('decision.fund.caption', { from, to });
  const color = scenarioColor(index);

  if (!f.hasGuarantee) {
    return (
      <div className="decision-block" data-block="fund">
        <h3>{tr.t('decision.fund.title')}</h3>
        <p className="decision-note" data-fund="none">
          {tr.t('decision.fund.none')}
        </p>
      </div>
    );
  }

  const yearOrNotBy = (t: number | null) => (t === null ? tr.t('decision.fund.notDry', { year: to }) : format.year(t));
  const highlights: Array<{ key: string; label: string; value: string }> = [
    { key: 'capital-start', label: tr.t('decision.fund.capitalAt', { year: from }), value: `${tr.number(f.capital[0])} ${currency}` },
    { key: 'capital-end', label: tr.t('decision.fund.capitalAt', { year: to }), value: `${tr.number(f.capital[H])} ${currency}` },
    ...(f.fundGiven
      ? [
          { key: 'dry-year', label: tr.t('decision.fund.runsDry'), value: yearOrNotBy(f.dryYear) },
          { key: 'above-cap', label: tr.t('decision.fund.aboveCap'), value: yearOrNotBy(f.aboveCapYear) },
        ]
      : []),
    {
      key: 'leverage',
      label: tr.t('decision.fund.leverageAt', { year: to, cap: tr.number(f.leverageCap) }),
      value: f.leverageAtHorizon === null ? tr.t('decision.fund.exhausted') : `${tr.number(f.leverageAtHorizon)} ${tr.t('unit.leverage')}`,
    },
    {
      key: 'fees-payouts',
      label: tr.t('decision.fund.totals', { from: format.year(1), to }),
      value: tr.t('decision.fund.totalsValue', { fees: tr.number(f.totalFees), payouts: tr.number(f.totalPayouts), unit: currency }),
    },
  ];

  const line = (key: string, label: string, values: readonly number[], lineColor: string, dashed = false): LineSpec => ({ key, label, color: lineColor, values, dashed, weight: dashed ? 1.5 : 2.5 });
  const cap = f.capital.map(() => f.leverageCap);
  const charts: FundChart[] = [
    { kind: 'fund-capital', title: tr.t('decision.fund.capital'), unit: currency, caption, lines: [line('capital', tr.t('decision.fund.capital'), f.capital, color)] },
    { kind: 'fund-exposure', title: tr.t('decision.fund.exposure'), unit: currency, caption, lines: [line('exposure', tr.t('decision.fund.exposure'), f.exposure, color)] },
    {
      kind: 'fund-leverage',
      title: tr.t('decision.fund.leverage'),
      unit: tr.t('unit.leverage'),
      caption: tr.t('decision.fund.leverageCaption', { from, to }),
      lines: [line('leverage', tr.t('decision.fund.leverageLine'), f.leverage, color), line('cap', tr.t('decision.fund.cap'), cap, REFERENCE_COLOR, true)],
    },
    {
      kind: 'fund-fees',
      title: tr.t('decision.fund.feesPayouts'),
      unit: currency,
      caption,
      lines: [line('fees', tr.t('decision.fund.fees'), f.fees, GAIN_COLOR), line('payouts', tr.t('decision.fund.payouts'), f.payouts, LOSS_COLOR)],
    },
  ];
  const colors = classColors(model.classCount);

  return (
    <div className="decision-block" data-block="fund">
      <h3>{tr.t('decision.fund.title')}</h3>
      <dl className="chart-highlights fund-highlights">
        {highlights.map((h) => (
          <div key={h.key} className="chart-highlight" data-fund-figure={h.key}>
            <dt>{h.label}</dt>
            <dd>{h.value}</dd>
          </div>
        ))}
      </dl>
      {f.fundGiven ? null : <p className="decision-note">{tr.t('decision.fund.noCapital')}</p>}
      <FundCharts charts={charts} scenarioId={scenario.id} format={format} tableLabel={tr.t('charts.table')} />
      <div className="fund-classes-scroll">
        <table className="fund-classes">
          <caption>{tr.t('decision.fund.classes')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr.t('decision.fund.class')}</th>
              <th scope="col">{tr.t('decision.fund.coverage')}</th>
              <th scope="col">{tr.t('decision.fund.fee')}</th>
              <th scope="col">{tr.t('decision.fund.breakEven', { year: to })}</th>
              <th scope="col">{tr.t('decision.fund.extraCredit')}</th>
              <th scope="col">{tr.t('decision.fund.fogape')}</th>
            </tr>
          </thead>
          <tbody>
            {f.classes.map((row) => {
              const k = row.classIndex;
              const short = row.fee < row.breakEvenFee;
              return (
                <tr key={model.classIds[k]} data-fund-class={model.classIds[k]}>
                  <th scope="row">
                    <span className="fund-class-swatch" style={{ background: colors[k] }} aria-hidden="true" />
                    {tr.text(scenario.economy.classes[k].label) || model.classIds[k]}
                  </th>
                  <td>{tr.percent(row.coverage)}</td>
                  <td className={short ? 'fund-fee-short' : undefined}>
                    {tr.percent(row.fee)}
                    {short ? <span className="fund-fee-flag"> ({tr.t('decision.fund.belowBreakEven')})</span> : null}
                  </td>
                  <td>{tr.percent(row.breakEvenFee)}</td>
                  <td>{tr.number(row.extraCreditPerGuaranteed, 2)}</td>
                  <td>{tr.number(FOGAPE_EXTRA_CREDIT, 2)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="decision-note">{tr.t('decision.fund.classesNote', { fogape: tr.number(FOGAPE_EXTRA_CREDIT, 2) })}</p>
    </div>
  );
});

/** One chart of the fund view. */
interface FundChart {
  readonly kind: string;
  readonly title: string;
  readonly unit: string;
  readonly caption: string;
  readonly lines: readonly LineSpec[];
}

/**
 * The fund's charts, sized to the block's width: a component of its own, so that the width is measured
 * from its first appearance (a scenario without a guarantee draws none).
 */
function FundCharts({ charts, scenarioId, format, tableLabel }: { charts: readonly FundChart[]; scenarioId: string; format: ChartFormat; tableLabel: string }) {
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  const width = measured ?? 0;
  const chartWidth = width >= TWO_ABREAST_WIDTH ? Math.floor((width - GRID_GAP) / 2) : width;
  return (
    <div ref={ref} className="fund-charts">
      {chartWidth > 0
        ? charts.map((c) => (
            <LinePanel
              key={c.kind}
              kind={c.kind}
              scenarioId={scenarioId}
              title={c.title}
              caption={c.caption}
              unit={c.unit}
              yDomain={stableDomain(sharedDomain(c.lines.map((l) => l.values), { includeZero: true }))}
              lines={c.lines}
              legend="list"
              width={chartWidth}
              height={CHART_HEIGHT}
              format={format}
              tableLabel={tableLabel}
            />
          ))
        : null}
    </div>
  );
}
