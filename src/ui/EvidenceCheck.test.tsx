// @vitest-environment jsdom
/**
 * The evidence check as drawn, for what the shipped workshop cannot show in the browser: a file with no
 * exchange rate (figures per a scaled currency unit, no verdict), in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobsPerCredit } from '../engine';
import { loadCatalog, type Locale } from '../i18n';
import { loadText, type LoadedFile, type Scenario, type Workshop } from '../scenario';
import { createWorkbenchStore, isResult, resultOf } from '../state';
import { StoreContext } from './context';
import { EvidenceCheck } from './EvidenceCheck';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

beforeAll(async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  await loadCatalog('en');
  await loadCatalog('fa');
});

function shipped(name: string): LoadedFile {
  const loaded = loadText(readFileSync(join(import.meta.dirname, '../../scenarios', name), 'utf8'));
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return loaded.file;
}

function scenarioFile(name: string): Scenario {
  const file = shipped(name);
  if (file.kind !== 'scenario') throw new Error(`${name} is not a scenario file`);
  return file.scenario;
}

function workshopFile(name: string): Workshop {
  const file = shipped(name);
  if (file.kind !== 'workshop') throw new Error(`${name} is not a workshop file`);
  return file.workshop;
}

/** Draws one scenario's evidence check (with other figures, if given) and returns its root element. */
function draw(scenario: Scenario, locale: Locale, figures?: JobsPerCredit): HTMLElement {
  const run = resultOf(scenario);
  if (!isResult(run)) throw new Error('the scenario does not run');
  const result = figures ? { ...run, jobsFigures: figures } : run;
  // The store gives the component its language; the scenario drawn comes in as a prop.
  const store = createWorkbenchStore(workshopFile('iran-workshop.json'), locale);
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() =>
    root.render(
      <StoreContext.Provider value={store}>
        <EvidenceCheck result={result} variant="card" />
      </StoreContext.Provider>,
    ),
  );
  const check = host.querySelector<HTMLElement>('[data-evidence-check]');
  if (!check) throw new Error('no evidence check drawn');
  return check;
}

const reallocation = scenarioFile('iran-credit-reallocation.json');
// The same scenario with no exchange rate (its figures are per the file's unit, whatever its name).
const inRials: Scenario = {
  ...reallocation,
  id: 'in-rials',
  economy: { ...reallocation.economy, usdPerCurrencyUnit: undefined, currencyUnit: 'rials' },
};

describe('EvidenceCheck', () => {
  it('shows the figures per US$1m and the verdict where the file gives an exchange rate', () => {
    const check = draw(reallocation, 'en');
    expect(check.getAttribute('data-evidence-check')).toBe('iran-credit-reallocation');
    expect(check.getAttribute('data-verdict')).toBe('inside');
    expect(check.querySelector('.evidence-heading')?.textContent).toContain('Jobs per US$1m of credit moved');
    expect([...check.querySelectorAll('.evidence-figures dd')].map((e) => e.textContent)).toEqual(['9.01', '25.2']);
    expect(check.querySelector('details')?.open).toBe(false);
  });

  it('shows figures per a thousand-fold currency unit of at least 1, and no verdict, without an exchange rate', () => {
    const check = draw(inRials, 'en');
    expect(check.getAttribute('data-verdict')).toBe('none');
    expect(check.querySelector('.evidence-verdict')).toBeNull();
    // 0.0341 thousand persons per rial at year 2: 34.1 per thousand rials.
    expect(check.querySelector('.evidence-heading')?.textContent).toContain('thousand persons per thousand rials of credit moved');
    expect([...check.querySelectorAll('.evidence-figures dd')].map((e) => e.textContent)).toEqual(['34.1', '95.5']);
    expect(check.textContent).toContain('no exchange rate');
  });

  it('writes a scale beyond a trillion as a power of ten', () => {
    const check = draw(inRials, 'en', { year2: 3.41e-17, horizon: 9.55e-17, year2PerUsdMillion: NaN, horizonPerUsdMillion: NaN });
    expect(check.querySelector('.evidence-heading')?.textContent).toContain('thousand persons per 10^18 rials of credit moved');
    expect([...check.querySelectorAll('.evidence-figures dd')].map((e) => e.textContent)).toEqual(['34.1', '95.5']);
  });

  it('names the scale in Persian words and digits', () => {
    const billions: Scenario = { ...inRials, id: 'in-billions', economy: { ...inRials.economy, currencyUnit: 'billion rials' } };
    const check = draw(billions, 'fa');
    expect(check.querySelector('.evidence-heading')?.textContent).toContain('هزار نفر به ازای هر هزار میلیارد ریال اعتبار منتقل‌شده');
    expect([...check.querySelectorAll('.evidence-figures dd')].map((e) => e.textContent)).toEqual(['۳۴٫۱', '۹۵٫۵']);
    expect(check.textContent).not.toMatch(/[0-9]/);
    const power = draw(billions, 'fa', { year2: 3.41e-17, horizon: 9.55e-17, year2PerUsdMillion: NaN, horizonPerUsdMillion: NaN });
    expect(power.querySelector('.evidence-heading')?.textContent).toContain('۱۰ به توان ۱۸ میلیارد ریال');
  });
});
