import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import {
  BankPanel,
  FanPanel,
  TornadoPanel,
  WaterfallPanel,
  classColors,
  fanDomain,
  scenarioColor,
  tornadoDomain,
  waterfallDomain,
  type BankSeries,
} from '../../charts';
import {
  LIMITS,
  bankFigures,
  decomposeLevers,
  seriesOf,
  type GoalSeekResult,
  type HeadlineMeasure,
  type LeverDecomposition,
  type MonteCarloSummary,
  type PreparedModel,
  type SensitivityResult,
  type UncertaintySpec,
} from '../../engine';
import type { MessageKey, Translator } from '../../i18n';
import type { Scenario } from '../../scenario';
import { isResult, resultOf, type ScenarioResult } from '../../state';
import { MEASURES, MEASURE_LABEL, formatFor, unitOf, yearLabel } from '../charts/chart-data';
import { MeasureSelect } from '../charts/MeasureSelect';
import { useApp, useAppStore, useTranslator } from '../context';
import { formatIssueText } from '../issue-text';
import { parseLocalizedNumber } from '../controls/gesture';
import { engineClient } from './engine-client';
import { useOnScreen, useValueWhenSeen } from '../when-seen';
import { defaultRange, uncertainChoices } from './parameters';
import { FundSection } from './FundSection';
import { useElementWidth } from '../charts/use-element-width';

/** The widest the bank view draws: wider, its small charts stretch without showing more. */
const BANK_MAX_WIDTH = 1000;

const decompositions = new WeakMap<PreparedModel, Record<string, LeverDecomposition>>();
function decompositionOf(model: PreparedModel): Record<string, LeverDecomposition> {
  let d = decompositions.get(model);
  if (!d) {
    d = decomposeLevers(model);
    decompositions.set(model, d);
  }
  return d;
}

/**
 * The decision aids for the selected scenario: uncertainty, sensitivity, levers, goal seek, bank view.
 * They follow the workshop at a lower priority than the slider being dragged (React's deferred value):
 * the input's own frame stays short, and these panels catch up in interruptible background renders.
 * Off screen during a slider drag they wait for its end (useValueWhenSeen).
 */
export default function DecisionPanel() {
  const tr = useTranslator();
  const [sectionRef, onScreen] = useOnScreen<HTMLElement>();
  const scenarios = useDeferredValue(useValueWhenSeen(useApp((s) => s.workshop.scenarios), onScreen));
  const selectedId = useApp((s) => s.selectedId);
  const visibleIds = useApp((s) => s.visibleIds);
  const index = scenarios.findIndex((s) => s.id === selectedId);
  if (index < 0) return null;
  const result = resultOf(scenarios[index]);
  if (!isResult(result)) return null;
  const selected: Selected = { scenario: scenarios[index], result, index };
  return (
    <section className="decision" aria-labelledby="decision-heading" ref={sectionRef}>
      <h2 id="decision-heading">{tr.t('decision.heading', { name: tr.text(selected.scenario.title) })}</h2>
      <UncertaintySection {...selected} />
      <SensitivitySection {...selected} />
      <WaterfallSection scenarios={scenarios} visibleIds={visibleIds} />
      <GoalSeekSection {...selected} />
      <BankSection {...selected} />
      <FundSection {...selected} />
    </section>
  );
}

type Selected = { scenario: Scenario; result: ScenarioResult; index: number };

function percentileRows(fan: number[][]) {
  return { p5: fan[0], p25: fan[1], p50: fan[2], p75: fan[3], p95: fan[4] };
}

const UncertaintySection = memo(function UncertaintySection({ scenario, result, index }: Selected) {
  const tr = useTranslator();
  const store = useAppStore();
  const fieldErrors = useApp((s) => s.fieldErrors);
  const choices = useMemo(() => uncertainChoices(tr, scenario, result.model), [tr, scenario, result.model]);
  const entries: readonly UncertaintySpec[] = scenario.uncertainty ?? [];
  const draws = scenario.monteCarlo?.draws ?? LIMITS.defaultDraws;
  const seed = scenario.monteCarlo?.seed ?? LIMITS.defaultSeed;
  const [summary, setSummary] = useState<MonteCarloSummary | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const job = useRef<number | null>(null);
  const [ranFor, setRanFor] = useState<string | null>(null);

  const setEntries = (next: UncertaintySpec[]) => {
    const value = next.length > 0 ? next : undefined;
    if (value === undefined) store.getState().resetValue('uncertainty');
    else store.getState().setValue('uncertainty', value);
  };
  const setMonteCarlo = (patch: { draws?: number; seed?: number }) => store.getState().setValue('monteCarlo', { draws, seed, ...patch });

  const run = () => {
    // The scenario as the store has it now: this panel draws a deferred copy, and a value typed just
    // before the click (the draws, say) may not have reached it yet.
    const latest = store.getState().workshop.scenarios.find((s) => s.id === scenario.id) ?? scenario;
    const runEntries = latest.uncertainty ?? [];
    const runDraws = latest.monteCarlo?.draws ?? LIMITS.defaultDraws;
    const runSeed = latest.monteCarlo?.seed ?? LIMITS.defaultSeed;
    const client = engineClient();
    if (job.current !== null) client.cancel(job.current);
    setStatus(null);
    setProgress({ done: 0, total: runDraws });
    setRanFor(scenario.id);
    const started = performance.now();
    let shownAt = started;
    job.current = client.start({ type: 'monte-carlo', scenario: latest, entries: runEntries, draws: runDraws, seed: runSeed, chunk: 100, sliceMs: 40, streamEvery: Math.max(1000, Math.floor(runDraws / 3)), series: MEASURES }, (message) => {
      if (message.type === 'progress') {
        // The bar moves ten times a second at most: each move is a render the Worker's run competes with.
        const at = performance.now();
        if (message.summary || at - shownAt >= 100) {
          shownAt = at;
          setProgress({ done: message.done, total: message.total });
        }
        if (message.summary) setSummary(message.summary);
      } else if (message.type === 'done') {
        setSummary(message.summary);
        setProgress(null);
        job.current = null;
        setStatus(tr.t('decision.mc.done', { draws: message.summary.draws, ms: Math.round(performance.now() - started) }));
      } else if (message.type === 'cancelled') {
        setProgress(null);
        job.current = null;
        setStatus(tr.t('decision.mc.cancelled', { done: message.done }));
      } else if (message.type === 'error') {
        setProgress(null);
        job.current = null;
        setStatus(message.issues.map((i) => formatIssueText(tr, i)).join('; '));
      }
    });
  };
  const cancel = () => {
    if (job.current !== null) engineClient().cancel(job.current);
  };

  // A fan on screen follows the scenario: when it changes, the run starts again (the latest input wins).
  const summaryShown = summary !== null && ranFor === scenario.id;
  useEffect(() => {
    if (!summaryShown) return;
    const timer = setTimeout(run, 150);
    return () => clearTimeout(timer);
    // Re-run only when the scenario object changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenario]);
  useEffect(() => () => {
    if (job.current !== null) engineClient().cancel(job.current);
  }, []);

  const color = scenarioColor(index);
  const format = formatFor(tr, result);
  const fans = summaryShown
    ? MEASURES.map((m) => ({
        measure: m,
        percentiles: percentileRows(summary.totals[m]),
        central: seriesOf(result.run.scenario, m, result.model.classCount),
        comparison: seriesOf(result.run.counterfactual, m, result.model.classCount),
      }))
    : [];
  const errors = fieldErrors['uncertainty'] ?? fieldErrors['monteCarlo'];

  return (
    <div className="decision-block" data-block="uncertainty">
      <h3>{tr.t('decision.mc.title')}</h3>
      <p className="decision-help">{tr.t('decision.mc.help')}</p>
      <table className="ranges">
        <thead>
          <tr>
            <th scope="col">{tr.t('decision.mc.param')}</th>
            <th scope="col">{tr.t('decision.mc.dist')}</th>
            <th scope="col">{tr.t('decision.mc.low')}</th>
            <th scope="col">{tr.t('decision.mc.high')}</th>
            <th scope="col">{tr.t('decision.mc.mode')}</th>
            <th scope="col">{tr.t('decision.mc.sd')}</th>
            <th scope="col">
              <span className="visually-hidden">{tr.t('action.deleteScenario')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => {
            const update = (patch: Partial<UncertaintySpec>) => {
              const next = entries.map((x, j) => (j === i ? { ...x, ...patch } : x));
              setEntries(next.map((x) => JSON.parse(JSON.stringify(x)) as UncertaintySpec));
            };
            const numberCell = (key: 'low' | 'high' | 'mode' | 'sd', required: boolean) => (
              <td>
                <input
                  type="text"
                  inputMode="decimal"
                  data-uncertainty={`${i}.${key}`}
                  aria-label={`${tr.t(`decision.mc.${key}` as MessageKey)} ${i + 1}`}
                  defaultValue={e[key] === undefined ? '' : String(e[key])}
                  key={`${e.param}-${key}-${String(e[key])}`}
                  onBlur={(ev) => {
                    const text = ev.currentTarget.value.trim();
                    if (text === '' && !required) update({ [key]: undefined });
                    else {
                      const v = parseLocalizedNumber(text);
                      if (Number.isFinite(v)) update({ [key]: v });
                    }
                  }}
                  onKeyDown={(ev) => {
                    if (ev.key === 'Enter') ev.currentTarget.blur();
                  }}
                />
              </td>
            );
            return (
              <tr key={`${e.param}-${i}`}>
                <td>
                  <select
                    aria-label={`${tr.t('decision.mc.param')} ${i + 1}`}
                    data-uncertainty={`${i}.param`}
                    value={e.param}
                    onChange={(ev) => {
                      const choice = choices.find((c) => c.path === ev.currentTarget.value);
                      if (choice) update({ param: choice.path, ...defaultRange(choice, result.model), mode: undefined, sd: undefined });
                    }}
                  >
                    {choices.map((c) => (
                      <option key={c.path} value={c.path} disabled={c.path !== e.param && entries.some((x) => x.param === c.path)}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`${tr.t('decision.mc.dist')} ${i + 1}`}
                    data-uncertainty={`${i}.dist`}
                    value={e.dist}
                    onChange={(ev) => {
                      const dist = ev.currentTarget.value as UncertaintySpec['dist'];
                      const middle = (e.low + e.high) / 2;
                      update({ dist, mode: dist === 'triangular' ? e.mode ?? middle : e.mode, sd: dist === 'normal' ? e.sd ?? Math.max((e.high - e.low) / 4, 1e-6) : e.sd });
                    }}
                  >
                    <option value="uniform">{tr.t('decision.dist.uniform')}</option>
                    <option value="triangular">{tr.t('decision.dist.triangular')}</option>
                    <option value="normal">{tr.t('decision.dist.normal')}</option>
                  </select>
                </td>
                {numberCell('low', true)}
                {numberCell('high', true)}
                {numberCell('mode', false)}
                {numberCell('sd', false)}
                <td>
                  <button type="button" data-action="remove-range" onClick={() => setEntries(entries.filter((_, j) => j !== i))}>
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="decision-actions">
        <button
          type="button"
          data-action="add-range"
          disabled={choices.every((c) => entries.some((e) => e.param === c.path))}
          onClick={() => {
            const preferred = choices.find((c) => c.path.startsWith('assumptions.creditElasticity.') && !entries.some((e) => e.param === c.path)) ?? choices.find((c) => !entries.some((e) => e.param === c.path));
            if (preferred) setEntries([...entries, { param: preferred.path, dist: 'uniform', ...defaultRange(preferred, result.model) }]);
          }}
        >
          {tr.t('decision.mc.add')}
        </button>
        <label>
          {tr.t('decision.mc.draws')}{' '}
          <input
            type="number"
            min={1}
            max={LIMITS.maxDraws}
            step={100}
            data-param="monteCarlo.draws"
            value={draws}
            onChange={(e) => {
              const v = Math.round(Number(e.currentTarget.value));
              if (v >= 1 && v <= LIMITS.maxDraws) setMonteCarlo({ draws: v });
            }}
          />
        </label>
        <label>
          {tr.t('decision.mc.seed')}{' '}
          <input
            type="number"
            min={0}
            step={1}
            data-param="monteCarlo.seed"
            value={seed}
            onChange={(e) => {
              const v = Math.round(Number(e.currentTarget.value));
              if (v >= 0 && v <= LIMITS.maxSeed) setMonteCarlo({ seed: v });
            }}
          />
        </label>
        <button type="button" className="primary" data-action="run-monte-carlo" disabled={entries.length === 0 || progress !== null} onClick={run}>
          {tr.t('decision.mc.run')}
        </button>
        <button type="button" data-action="cancel-monte-carlo" disabled={progress === null} onClick={cancel}>
          {tr.t('decision.mc.cancel')}
        </button>
      </div>
      {entries.length === 0 ? <p className="decision-note">{tr.t('decision.mc.none')}</p> : null}
      {errors ? (
        <p className="field-error" role="alert">
          {errors.map((i) => formatIssueText(tr, i)).join('; ')}
        </p>
      ) : null}
      {progress ? (
        <div className="progress-row">
          <div
            role="progressbar"
            aria-label={tr.t('decision.mc.progress')}
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
            className="progress"
          >
            <div className="progress-fill" style={{ inlineSize: `${(100 * progress.done) / Math.max(1, progress.total)}%` }} />
          </div>
          <span>{tr.t('decision.mc.progressText', { done: progress.done, total: progress.total })}</span>
        </div>
      ) : null}
      <p className="status" role="status">
        {status}
      </p>
      {fans.length > 0 ? (
        <div className="decision-grid">
          {fans.map((f) => (
            <FanPanel
              key={f.measure}
              kind="fan"
              scenarioId={scenario.id}
              title={tr.t(MEASURE_LABEL[f.measure])}
              caption={tr.t('decision.mc.caption', { draws: summary?.draws ?? 0, seed: tr.integer(seed), from: format.year(0), to: format.year(result.model.horizon) })}
              unit={unitOf(tr, result, f.measure)}
              yDomain={fanDomain([f])}
              percentiles={f.percentiles}
              central={f.central}
              comparison={f.comparison}
              color={color}
              labels={{ band90: tr.t('decision.fan.band90'), band50: tr.t('decision.fan.band50'), median: tr.t('decision.fan.median'), central: tr.t('decision.fan.central'), comparison: tr.t('charts.counterfactual') }}
              width={420}
              height={260}
              format={format}
              tableLabel={tr.t('charts.table')}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
});

function paramLabel(tr: Translator, scenario: Scenario, path: string): string {
  const [, name, classId] = path.split('.');
  const key = `param.${name}`;
  const base = tr.has(key) ? tr.t(key) : name;
  if (!classId) return base;
  const c = scenario.economy.classes.find((x) => x.id === classId);
  return `${base}: ${c ? tr.text(c.label) || classId : classId}`;
}

const SensitivitySection = memo(function SensitivitySection({ scenario, result }: Selected) {
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

const WaterfallSection = memo(function WaterfallSection({ scenarios, visibleIds }: { scenarios: readonly Scenario[]; visibleIds: readonly string[] }) {
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

const GoalSeekSection = memo(function GoalSeekSection({ scenario, result }: Selected) {
  const tr = useTranslator();
  const store = useAppStore();
  const [measure, setMeasure] = useState<HeadlineMeasure>('employment');
  const [target, setTarget] = useState('');
  const [answer, setAnswer] = useState<{ result: GoalSeekResult; measure: HeadlineMeasure; target: number; for: Scenario } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useRef<number | null>(null);
  const unit = unitOf(tr, result, measure);
  const year = yearLabel(tr, result.model, result.model.horizon);
  // The search runs some 150 projections: in the engine's Worker, so that the page keeps its frames. A
  // newer search replaces one still running, whose late answer is dropped.
  const seek = () => {
    const value = parseLocalizedNumber(target);
    if (!Number.isFinite(value)) {
      setError(tr.t('decision.goal.needNumber'));
      return;
    }
    setError(null);
    const client = engineClient();
    if (job.current !== null) client.forget(job.current);
    const direction = measure === 'expectedLoss' ? 'atMost' : 'atLeast';
    const asked = { measure, target: value, for: scenario };
    job.current = client.start({ type: 'goal-seek', scenario, target: { measure, direction, value } }, (message) => {
      job.current = null;
      if (message.type === 'goal-seek') setAnswer({ ...asked, result: message.result });
      else if (message.type === 'error') setError(message.issues.map((i) => formatIssueText(tr, i)).join('; '));
    });
  };
  useEffect(() => () => {
    if (job.current !== null) engineClient().forget(job.current);
  }, []);
  const current = answer && answer.for === scenario ? answer : null;
  return (
    <div className="decision-block" data-block="goal-seek">
      <h3>{tr.t('decision.goal.title')}</h3>
      <p className="decision-help">{tr.t('decision.goal.help', { year })}</p>
      <form
        className="decision-actions"
        onSubmit={(e) => {
          e.preventDefault();
          seek();
        }}
      >
        <MeasureSelect value={measure} onChange={setMeasure} setting="goal-measure" />
        <label>
          {measure === 'expectedLoss' ? tr.t('decision.goal.ceiling', { unit }) : tr.t('decision.goal.target', { unit })}{' '}
          <input type="text" inputMode="decimal" data-goal="target" value={target} onChange={(e) => setTarget(e.currentTarget.value)} />
        </label>
        <button type="submit" className="primary" data-action="goal-seek">
          {tr.t('decision.goal.run')}
        </button>
      </form>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {current ? (
        current.result.reachable ? (
          <div className="goal-answer" data-goal-result="reachable" data-reallocation={current.result.reallocation}>
            <p>
              {tr.t('decision.goal.answer', {
                share: tr.percent(current.result.reallocation, 4),
                effect: tr.signed(current.result.effect),
                unit,
                year,
                measure: tr.t(MEASURE_LABEL[current.measure]),
              })}
            </p>
            <button
              type="button"
              data-action="apply-goal-seek"
              onClick={() => {
                if (current.result.reachable) store.getState().setValue('policy.reallocation', current.result.reallocation, { scenarioId: scenario.id });
              }}
            >
              {tr.t('decision.goal.apply')}
            </button>
          </div>
        ) : (
          <p className="goal-answer" data-goal-result="unreachable" role="status">
            {tr.t('decision.goal.unreachable', {
              target: tr.signed(current.target),
              unit,
              best: tr.signed(current.result.bestEffect),
              share: tr.percent(current.result.bestReallocation, 3),
              max: tr.percent(result.model.donorShare, 3),
            })}
          </p>
        )
      ) : null}
    </div>
  );
});

const BankSection = memo(function BankSection({ scenario, result }: Selected) {
  const tr = useTranslator();
  const { model, run } = result;
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  const format = formatFor(tr, result);
  const colors = classColors(model.classCount);
  const currency = tr.unit(scenario.economy.currencyUnit);
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
