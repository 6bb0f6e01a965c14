/**
 * The bank view and the guarantee-fund view (issue 13): in English and in Persian, the bank view shows
 * the bank's profit, and the fund view the fund's capital, its leverage (exhausted) and the year it runs
 * dry for the shipped guarantee whose fund runs dry, each as the engine computes it; a scenario without
 * a guarantee gets one line saying so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine';
import { en } from '../../src/i18n/messages-en';
import { fa } from '../../src/i18n/messages-fa';
import { loadText } from '../../src/scenario';
import { bankFigures, fundFigures } from '../../src/engine/bank-fund';
import { selectScenario, setupBrowserTests } from './helpers/app';

const browser = setupBrowserTests();

const DRY = 'iran-guarantee-fund-runs-dry';
const NO_GUARANTEE = 'iran-credit-reallocation';

/** The engine's run of a scenario of the workshop the app opens with. */
function workshopRun(id: string) {
  const loaded = loadText(readFileSync(join(import.meta.dirname, '../../scenarios/iran-workshop.json'), 'utf8'));
  if (!loaded.ok || loaded.file.kind !== 'workshop') throw new Error('the shipped workshop does not load');
  const scenario = loaded.file.workshop.scenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`the shipped workshop has no scenario ${id}`);
  const result = runScenario(scenario);
  if (!result.ok) throw new Error(`${id} does not run`);
  return result.run;
}

/** The first number of a text as the app writes it (Persian digits and separators, a minus sign, direction marks). */
function firstNumber(text: string | null): number {
  const western = (text ?? '')
    .replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '')
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/[\u066c,]/g, '')
    .replace(/\u2212/g, '-')
    .trim();
  const match = /-?\d+(\.\d+)?/.exec(western);
  return match ? Number(match[0]) : NaN;
}

/** The value shown for a figure, checked to be written in the page's digits. */
async function figure(locator: Locator, lang: 'en' | 'fa'): Promise<string> {
  await locator.waitFor();
  const text = (await locator.textContent()) ?? '';
  if (lang === 'fa') expect(text, text).not.toMatch(/[0-9]/);
  else expect(text, text).not.toMatch(/[\u06f0-\u06f9]/);
  return text;
}

/** Scrolls a decision block into view (they render as they come on screen) and returns it. */
async function block(page: Page, name: 'bank' | 'fund'): Promise<Locator> {
  const element = page.locator(`[data-block="${name}"]`);
  await element.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  return element;
}

/** Expects a shown figure within the rounding of three significant digits of the engine's value. */
function expectRounded(shown: number, value: number): void {
  expect(Math.abs(shown - value)).toBeLessThanOrEqual(Math.abs(value) * 0.005 + 1e-9);
}

describe('the bank and guarantee-fund views', () => {
  const run = workshopRun(DRY);
  const bank = bankFigures(run);
  const fund = fundFigures(run);
  const H = run.model.horizon;

  it('uses a shipped scenario whose fund runs dry before the horizon', () => {
    expect(fund.hasGuarantee).toBe(true);
    expect(fund.dryYear).not.toBeNull();
    expect(fund.dryYear ?? H + 1).toBeLessThan(H);
    expect(fund.leverageAtHorizon).toBeNull();
  });

  for (const lang of ['en', 'fa'] as const) {
    const catalog = lang === 'en' ? en : fa;

    it(`shows the bank's profit and the fund's capital, leverage and dry year (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      await selectScenario(page, DRY);

      const bankBlock = await block(page, 'bank');
      const bankChart = bankBlock.locator(`[data-chart="bank"][data-scenario="${DRY}"]`);
      await bankChart.waitFor();
      // The profit chart draws a line per class and the total.
      const profitLines = bankChart.locator('[data-series="profit"] path.chart-line');
      await expect.poll(() => profitLines.count()).toBe(run.model.classCount + 1);
      expect(((await profitLines.last().getAttribute('d')) ?? '').length).toBeGreaterThan(20);
      const profit = await figure(bankChart.locator('[data-highlight="profit"] dd'), lang);
      expectRounded(firstNumber(profit), bank.profit);
      const perCredit = await figure(bankChart.locator('[data-highlight="profit-per-credit"] dd'), lang);
      expectRounded(firstNumber(perCredit), 100 * (bank.profitPerCredit ?? NaN));
      const npl = firstNumber(await figure(bankChart.locator('[data-highlight="npl-ratio"] dd'), lang));
      const nplWithout = firstNumber(await figure(bankChart.locator('[data-highlight="npl-ratio-counterfactual"] dd'), lang));
      expectRounded(npl, 100 * (bank.nplRatio ?? NaN));
      expectRounded(nplWithout, 100 * (bank.counterfactualNplRatio ?? NaN));

      const fundBlock = await block(page, 'fund');
      await fundBlock.locator(`[data-chart="fund-capital"][data-scenario="${DRY}"]`).waitFor();
      const capital = await figure(fundBlock.locator('[data-fund-figure="capital-end"] dd'), lang);
      expectRounded(firstNumber(capital), fund.capital[H]);
      const start = await figure(fundBlock.locator('[data-fund-figure="capital-start"] dd'), lang);
      expectRounded(firstNumber(start), fund.capital[0]);
      expect(await fundBlock.locator('[data-fund-figure="leverage"] dd').textContent()).toBe(catalog['decision.fund.exhausted']);
      const dry = await figure(fundBlock.locator('[data-fund-figure="dry-year"] dd'), lang);
      expect(firstNumber(dry)).toBe(run.model.baseYear + (fund.dryYear ?? NaN));
      // The leverage chart: the fund's line while it has capital, and its cap.
      const leverage = fundBlock.locator(`[data-chart="fund-leverage"][data-scenario="${DRY}"] path.chart-line`);
      await expect.poll(() => leverage.count()).toBe(2);
      expect(await fundBlock.locator('[data-fund-class]').count()).toBe(fund.classes.length);
      expect(await fundBlock.locator('[data-fund="none"]').count()).toBe(0);
      if (lang === 'fa') {
        // Every text of both views is Persian, its numbers in Persian digits.
        for (const b of [bankBlock, fundBlock]) {
          const text = await b.evaluate((e) => (e as HTMLElement).innerText);
          expect(text.match(/[0-9]|[A-Za-z]{2,}/g) ?? []).toEqual([]);
        }
      }
    });

    it(`says a scenario without a guarantee has none, and draws no fund charts (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      await selectScenario(page, NO_GUARANTEE);
      const fundBlock = await block(page, 'fund');
      const none = fundBlock.locator('[data-fund="none"]');
      await none.waitFor();
      expect(await none.textContent()).toBe(catalog['decision.fund.none']);
      expect(await fundBlock.locator('[data-chart]').count()).toBe(0);
      expect(await fundBlock.locator('[data-fund-figure]').count()).toBe(0);
      // The bank view is there all the same, with the bank's profit.
      const bankBlock = await block(page, 'bank');
      await bankBlock.locator(`[data-chart="bank"][data-scenario="${NO_GUARANTEE}"] [data-highlight="profit"] dd`).waitFor();
    });
  }
});
