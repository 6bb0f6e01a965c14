import { useMemo } from 'react';
import { HEADLINE_MEASURES, runScenario, seriesOf, totalDifference, type ScenarioRun } from '../engine';
import { formatIssue, loadText, type Scenario } from '../scenario';
import defaultWorkshopText from '../../scenarios/iran-workshop.json?raw';

const MEASURE_LABELS: Record<string, string> = {
  employment: 'Jobs',
  output: 'Output',
  exports: 'Exports',
  expectedLoss: 'Bank expected loss',
};

function format(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString('en-US');
}

/** A first plain view: every scenario of the default workshop, its policy effects and its totals by year. */
export function App() {
  const loaded = useMemo(() => loadText(defaultWorkshopText), []);
  if (!loaded.ok) {
    return (
      <main>
        <h1>The default workshop does not load</h1>
        <ul role="alert">{loaded.issues.map((i) => <li key={formatIssue(i)}>{formatIssue(i)}</li>)}</ul>
      </main>
    );
  }
  const scenarios = loaded.file.kind === 'workshop' ? loaded.file.workshop.scenarios : [loaded.file.scenario];
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem', maxWidth: '70rem' }}>
      <h1>SME credit-allocation simulator</h1>
      {scenarios.map((scenario) => <ScenarioTable key={scenario.id} scenario={scenario} />)}
    </main>
  );
}

function ScenarioTable({ scenario }: { scenario: Scenario }) {
  const result = useMemo(() => runScenario(scenario), [scenario]);
  if (!result.ok) return <p role="alert">{result.issues.map((i) => formatIssue(i)).join('; ')}</p>;
  const run: ScenarioRun = result.run;
  const { model } = run;
  const years = Array.from({ length: model.horizon + 1 }, (_, t) => t);
  return (
    <section>
      <h2>{scenario.title.en ?? scenario.title.fa}</h2>
      <p>
        Effect of the policy in {model.baseYear + model.horizon}:{' '}
        {HEADLINE_MEASURES.map((m) => `${MEASURE_LABELS[m]} ${format(totalDifference(run.scenario, run.counterfactual, m))}`).join(' · ')}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Total</th>
            {years.map((t) => <th key={t} scope="col">{model.baseYear + t}</th>)}
          </tr>
        </thead>
        <tbody>
          {HEADLINE_MEASURES.map((m) => (
            <tr key={m}>
              <th scope="row">{MEASURE_LABELS[m]}</th>
              {seriesOf(run.scenario, m, model.classCount).map((v, t) => <td key={t}>{format(v)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
