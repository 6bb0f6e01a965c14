/**
 * Every input new in version 2 of the model (MODEL.md 10), taken from the parameter table itself so
 * that a new row cannot be left without a control: moving its control changes a chart of the selected
 * scenario (the workbench charts, the bank view or the guarantee-fund view), and undo puts it back.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PARAMETERS, PARAMETER_NAMES, parameterPath, type ParameterName } from '../../src/engine';
import { clickSlider, openGroup, selectScenario, setupBrowserTests } from './helpers/app';

const tests = setupBrowserTests();

const NEW_IN_VERSION_2 = PARAMETER_NAMES.filter((name) => PARAMETERS[name].since === 2);

/**
 * The shipped scenario in which each input acts on something drawn: the guarantee's inputs where a
 * guarantee and a fund exist, diversion where the real lending rate is negative, the price inputs
 * where input prices rise, the others where
 * credit moves (the rates then show in the bank's profit).
 */
function scenarioFor(name: ParameterName): string {
  const group: string = PARAMETERS[name].group;
  if (group === 'guarantee') return 'iran-guarantee-fund-runs-dry';
  if (group === 'realisation') return 'iran-rate-cap-below-inflation';
  // Pass-through and the price elasticity act only where input prices move.
  if (group === 'prices') return 'iran-input-price-shock';
  return 'iran-credit-reallocation';
}

/** Every path drawn for the selected scenario: the workbench charts and the bank and fund views. */
async function picture(page: Page, scenarioId: string): Promise<string> {
  for (const block of ['bank', 'fund']) {
    const view = page.locator(`[data-block="${block}"]`).first();
    if ((await view.count()) > 0) await view.scrollIntoViewIfNeeded();
  }
  await page.waitForTimeout(300);
  return page.evaluate((id) => {
    const charts = Array.from(document.querySelectorAll(`[data-chart][data-scenario="${CSS.escape(id)}"]`));
    const views = Array.from(document.querySelectorAll('[data-block="bank"], [data-block="fund"]'));
    return [...charts, ...views].flatMap((e) => Array.from(e.querySelectorAll('svg path'), (p) => p.getAttribute('d') ?? '')).join('\n');
  }, scenarioId);
}

/** The control of an input: its slider where it has one, else its text field (first class for a per-class input). */
async function controlOf(page: Page, name: ParameterName): Promise<Locator> {
  const base = parameterPath(name);
  const candidates = page.locator(`input[data-param="${base}"], input[data-param^="${base}."], input[data-param-slider="${base}"]`);
  await expect.poll(() => candidates.count(), { message: `a control for ${base}` }).toBeGreaterThan(0);
  return candidates.first();
}

/** A value for a text field inside the input's range, away from the usual ones. */
function textValueFor(name: ParameterName): string {
  const { min, max } = PARAMETERS[name];
  return String(Math.round((min + 0.3 * (Math.min(max, 1) - min)) * 1000) / 1000);
}

describe('the inputs new in version 2', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await tests.open({ search: 'lang=en', keep: true }));
  });

  it('are the ones MODEL.md 10 adds (a guard on the table this file walks)', () => {
    expect([...NEW_IN_VERSION_2].sort()).toEqual(
      [
        'creditRealisation',
        'costOfEquity',
        'diversionSensitivity',
        'fundLeverageCap',
        'fundReturn',
        'fundingRate',
        'guaranteeAdditionality',
        'guaranteeFee',
        'guaranteeFundCapital',
        'inflation',
        'inputPricePassThrough',
        'lendingRate',
        'operatingCost',
        'priceElasticity',
      ].sort(),
    );
  });

  for (const name of NEW_IN_VERSION_2) {
    it(`${name}: moving its control changes a chart, undo puts it back`, async () => {
      const id = scenarioFor(name);
      await selectScenario(page, id);
      const control = await controlOf(page, name);
      await openGroup(control);
      await control.scrollIntoViewIfNeeded();
      const before = await picture(page, id);
      const type = await control.getAttribute('type');
      if (type === 'range') {
        const value = Number(await control.inputValue());
        const min = Number(await control.getAttribute('min'));
        const max = Number(await control.getAttribute('max'));
        await control.scrollIntoViewIfNeeded();
        await clickSlider(page, control, (value - min) / (max - min) > 0.5 ? 0.15 : 0.85);
      } else {
        await control.fill(textValueFor(name));
        await control.press('Tab');
      }
      await expect.poll(() => picture(page, id), { message: `${name} moved a chart` }).not.toBe(before);
      await page.locator('[data-action="undo"]').click();
      await expect.poll(() => picture(page, id), { message: `undo restored ${name}` }).toBe(before);
    });
  }
});
