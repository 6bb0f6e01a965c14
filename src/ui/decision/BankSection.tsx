import { memo } from 'react';
import { BankPanel, classColors, type BankSeries } from '../../charts';
import { bankFigures, seriesOf } from '../../engine';
import { formatFor, shownUnit } from '../charts/chart-data';
import { useElementWidth } from '../charts/use-element-width';
import { useTranslator } from '../context';
import type { SelectedProps } from './selected';

/** The widest the bank view draws: wider, its small charts stretch without showing more. */
const BANK_MAX_WIDTH = 1000;

/**
 * The bank view of the selected scenario (MODEL.md 4, Bank): its headline figures at the horizon, and a
 * small chart per measure with a line per class and the total, fitted to the width it is given.
 */
export const BankSection = memo(function BankSection({ scenario, result }: SelectedProps) {
  const tr = useTranslator();
  const { model, run } = result;
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  const format = formatFor(tr, result);
  const colors = classColors(model.classCount);
  const currency = shownUnit(tr, scenario.economy.currencyUnit, model.calendar);
  const K = model.classCount;
  const byClass = (name: 'expectedLoss' | 'guaranteeCost' | 'bankProfit' | 'realLendingRate' | 'npl' | 'provisions') => model.classIds.map((_, k) => seriesOf(run.scenario, name, k));
  const total = (name: 'expectedLoss' | 'guaranteeCost' | 'bankProfit' | 'realLendingRate' | 'npl' | 'provisions' | 'capital') => seriesOf(run.scenario, name, K);
  const figures = bankFigures(run);
  // Profit and the real lending rate lead (what the bank earns), then what it risks: losses, the fund's
  // share of them, and the capital beside the bad loans and their provisions.
  const series: BankSeries[] = [
    { key: 'profit', label: tr.t('decision.bank.profit'), unit: currency, kind: 'amount', values: byClass('bankProfit'), total: total('bankProfit') },
    { key: 'realRate', label: tr.t('decision.bank.realRate'), unit: tr.t('unit.rate'), kind: 'rate', values: byClass('realLendingRate'), total: total('realLendingRate') },
    { key: 'loss', label: tr.t('decision.bank.loss'), unit: currency, kind: 'amount', values: byClass('expectedLoss'), total: total('expectedLoss') },
    { key: 'rate', label: tr.t('decision.bank.rate'), unit: tr.t('unit.share'), kind: 'rate', values: figures.lossRateByClass, total: figures.lossRate },
    { key: 'guarantee', label: tr.t('decision.bank.guarantee'), unit: currency, kind: 'amount', values: byClass('guaranteeCost'), total: total('guaranteeCost') },
    { key: 'capital', label: tr.t('decision.bank.capital'), unit: currency, kind: 'amount', values: figures.capitalByClass, total: total('capital') },
    { key: 'npl', label: tr.t('decision.bank.badLoans'), unit: currency, kind: 'amount', values: byClass('npl'), total: total('npl') },
    { key: 'provisions', label: tr.t('decision.bank.provisions'), unit: currency, kind: 'amount', values: byClass('provisions'), total: total('provisions') },
  ];
  const H = model.horizon;
  const year = format.year(H);
  const share = (v: number | null) => (v === null ? '–' : tr.percent(v));
  const highlights = [
    { key: 'profit', label: tr.t('decision.bank.profitAt', { year }), value: `${tr.number(figures.profit)} ${currency}` },
    { key: 'profit-per-credit', label: tr.t('decision.bank.profitPerCredit', { year }), value: share(figures.profitPerCredit) },
    { key: 'npl-ratio', label: tr.t('decision.bank.npl', { year }), value: share(figures.nplRatio) },
    { key: 'npl-ratio-counterfactual', label: tr.t('decision.bank.nplCounterfactual', { year }), value: share(figures.counterfactualNplRatio) },
    { key: 'rwa-change', label: tr.t('decision.bank.rwaChange', { year }), value: `${tr.signed(figures.rwaChange)} ${currency}` },
    { key: 'loss-change', label: tr.t('decision.bank.lossChange', { year }), value: `${tr.signed(figures.lossChange)} ${currency}` },
    {
      key: 'jobs-per-loss',
      label: tr.t('decision.bank.jobsPerLoss'),
      value: figures.jobsPerLoss !== null ? `${tr.number(figures.jobsPerLoss)} ${tr.unit(scenario.economy.employmentUnit)}` : '–',
    },
  ];
  // Eight small charts: two abreast on a wide screen, stacked (each at least BANK_MIN_CHART_HEIGHT) on a phone.
  const width = measured === null ? null : Math.min(measured, BANK_MAX_WIDTH);
  return (
    <div className="decision-block" data-block="bank">
      <h3>{tr.t('decision.bank.title')}</h3>
      <div ref={ref} className="bank-view-body">
        {width !== null && width > 0 ? (
          <BankPanel
            kind="bank"
            scenarioId={scenario.id}
            title={tr.text(scenario.title)}
            caption={tr.t('decision.bank.caption', { from: format.year(0), to: format.year(H) })}
            years={H}
            classes={model.classIds.map((id, k) => ({ key: id, label: tr.text(scenario.economy.classes[k].label) || id, color: colors[k] }))}
            series={series}
            totalLabel={tr.t('charts.total')}
            highlights={highlights}
            width={width}
            height={series.length * 120}
            format={format}
            tableLabel={tr.t('charts.table')}
          />
        ) : null}
      </div>
    </div>
  );
});
