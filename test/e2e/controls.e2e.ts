/**
 * Moving each kind of control changes the charts: a scalar slider, a per-class slider, a path field
 * given a number and a formula, an invalid formula (its error beside the field, the last valid value
 * kept), a cell of the economy table; and a slider reached with Tab and moved with an arrow key.
 *
 * The tests share one page (a page load is the slow part on a small machine); each compares the charts
 * before and after its own action, so it does not depend on what the previous test left.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  clickSlider,
  focusBefore,
  openGroup,
  param,
  readNumber,
  scenarioPicture,
  selectScenario,
  setupBrowserTests,
  slider,
  sliderPoint,
  sliderValue,
  type ScenarioPicture,
} from './helpers/app';

const tests = setupBrowserTests();
const BASELINE = 'iran-1400-baseline';
const REALLOCATION = 'iran-credit-reallocation';

/** Waits until a scenario's charts differ from `before`, and returns them. */
async function changedFrom(page: Page, id: string, before: ScenarioPicture): Promise<ScenarioPicture> {
  await expect.poll(() => scenarioPicture(page, id)).not.toEqual(before);
  return scenarioPicture(page, id);
}

/** Waits for two animation frames, so that anything an event would change has been drawn. */
function settle(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

let page: Page;
beforeAll(async () => {
  ({ page } = await tests.open({ keep: true }));
});

describe('moving a control changes the charts', () => {
  it('a scalar slider (policy.reallocation), moved with the mouse', async () => {
    await selectScenario(page, BASELINE);
    const range = slider(page, 'policy.reallocation');
    const start = await sliderValue(page, 'policy.reallocation');
    const max = Number(await range.getAttribute('max'));
    const before = await scenarioPicture(page, BASELINE);
    await clickSlider(page, range, start / max < 0.5 ? 0.6 : 0.2);
    await expect.poll(() => sliderValue(page, 'policy.reallocation')).not.toBe(start);
    const after = await changedFrom(page, BASELINE, before);
    expect(after.paths).not.toEqual(before.paths);
    expect(after.score).not.toEqual(before.score);
    expect(await page.locator('[data-action="undo"]').isEnabled()).toBe(true);
  });

  it('during a drag, panels off screen wait for the release; the panels in view follow every step', async () => {
    await selectScenario(page, BASELINE);
    const range = slider(page, 'policy.reallocation');
    await range.scrollIntoViewIfNeeded();
    const svgOf = (kind: string) =>
      page.evaluate(([k, id]) => document.querySelector(`[data-chart="${k}"][data-scenario="${id}"] svg.chart-svg`)?.outerHTML ?? '', [kind, BASELINE]);
    const offScreen = await page.evaluate((id) => {
      const box = document.querySelector(`[data-chart="credit-shares"][data-scenario="${id}"]`)?.getBoundingClientRect();
      return box !== undefined && (box.top > window.innerHeight + 200 || box.bottom < -200);
    }, BASELINE);
    expect(offScreen, 'the credit-shares panel is far below the slider').toBe(true);
    const projectionBefore = await svgOf('projection');
    const sharesBefore = await svgOf('credit-shares');
    const from = await sliderPoint(range, 0.1);
    const to = await sliderPoint(range, 0.7);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    try {
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await expect.poll(() => svgOf('projection')).not.toBe(projectionBefore);
      expect(await svgOf('credit-shares')).toBe(sharesBefore);
    } finally {
      await page.mouse.up();
    }
    await expect.poll(() => svgOf('credit-shares')).not.toBe(sharesBefore);
  });

  it('during a drag, the shared axes hold still (they may widen, never narrow) and fit the data again on release', async () => {
    await selectScenario(page, REALLOCATION);
    // World demand growth: from -50% to +100% a year it moves output by orders of magnitude, so the
    // held axis must widen during the drag and narrow again on release.
    const range = page.locator('input[type="range"][data-param-slider="assumptions.worldDemandGrowth"]');
    await openGroup(range);
    await range.scrollIntoViewIfNeeded();
    // The panel read below must be on screen (panels out of view catch up after a drag); the controls
    // stay in view beside it, sticky.
    await page.locator(`.chart-row[data-measure="output"] [data-chart="projection"][data-scenario="${BASELINE}"]`).scrollIntoViewIfNeeded();
    await range.scrollIntoViewIfNeeded();
    // The output row's value ticks, read in the panel of a scenario the drag does not edit.
    const ticks = () =>
      page.evaluate(
        (id) => Array.from(document.querySelector(`.chart-row[data-measure="output"] [data-chart="projection"][data-scenario="${id}"]`)?.querySelectorAll('.chart-grid text') ?? [], (t) => t.textContent).join(' '),
        BASELINE,
      );
    const before = await ticks();
    const low = await sliderPoint(range, 0);
    const high = await sliderPoint(range, 1);
    await page.mouse.move(low.x, low.y);
    await page.mouse.down();
    let atHigh: string;
    try {
      await page.mouse.move(high.x, high.y, { steps: 6 });
      await settle(page);
      atHigh = await ticks();
      await page.mouse.move(low.x, low.y, { steps: 6 });
      await settle(page);
      expect(await ticks(), 'the axis did not narrow while the slider was held').toBe(atHigh);
    } finally {
      await page.mouse.up();
    }
    await settle(page);
    const fitted = await ticks();
    expect(fitted, 'released, the axis fits the data: the hold above was not a no-op').not.toBe(atHigh);
    expect(before).not.toBe('');
    await page.locator('[data-action="undo"]').click();
  });

  it('a per-class slider (assumptions.creditElasticity.micro), of another scenario selected by its name', async () => {
    await selectScenario(page, REALLOCATION);
    const range = slider(page, 'assumptions.creditElasticity.micro');
    await openGroup(range);
    const start = await sliderValue(page, 'assumptions.creditElasticity.micro');
    const max = Number(await range.getAttribute('max'));
    const others = () => Promise.all(['small', 'medium', 'large'].map((k) => sliderValue(page, `assumptions.creditElasticity.${k}`)));
    const othersBefore = await others();
    const before = await scenarioPicture(page, REALLOCATION);
    await clickSlider(page, range, start / max > 0.5 ? 0.1 : 0.9);
    await expect.poll(() => sliderValue(page, 'assumptions.creditElasticity.micro')).not.toBe(start);
    await changedFrom(page, REALLOCATION, before);
    expect(await others(), 'only the micro class moved').toEqual(othersBefore);
  });

  it('a path field (assumptions.domesticDemandGrowth): a number, a formula in t, then an invalid formula', async () => {
    await selectScenario(page, BASELINE);
    const field = param(page, 'assumptions.domesticDemandGrowth');
    await openGroup(field);
    expect(await field.evaluate((e) => e instanceof HTMLInputElement && e.type === 'text')).toBe(true);
    const besideField = field.locator('xpath=..').getByRole('alert');

    // A number.
    const number = (await field.inputValue()) === '0.05' ? '0.04' : '0.05';
    const start = await scenarioPicture(page, BASELINE);
    await field.fill(number);
    const withNumber = await changedFrom(page, BASELINE, start);
    expect(await besideField.count()).toBe(0);

    // A formula: 2% a year, 3% from the third year on.
    const formula = '0.02 + 0.01 * (t >= 3)';
    await field.fill(formula);
    const withFormula = await changedFrom(page, BASELINE, withNumber);
    expect(await besideField.count()).toBe(0);
    expect(await field.getAttribute('aria-invalid')).toBeNull();

    // Invalid formulas: the error shows beside the field, and the last valid value stays in force.
    for (const invalid of ['0.02 + 0.01 * (t >= 3', '0.02 + bogus * t', '0.5 * t']) {
      await field.fill(invalid);
      await besideField.first().waitFor({ state: 'visible' });
      expect((await besideField.first().textContent())?.trim(), invalid).not.toBe('');
      expect(await field.getAttribute('aria-invalid'), invalid).toBe('true');
      await settle(page);
      expect(await scenarioPicture(page, BASELINE), invalid).toEqual(withFormula);
    }

    // Leaving the field puts the last valid formula back.
    await field.press('Tab');
    await expect.poll(() => field.inputValue()).toBe(formula);
    expect(await besideField.count()).toBe(0);
    expect(await scenarioPicture(page, BASELINE)).toEqual(withFormula);
  });

  it('a cell of the economy table (economy.classes[0].credit); a refused value shows an alert and changes nothing', async () => {
    await selectScenario(page, BASELINE);
    const cell = param(page, 'economy.classes[0].credit');
    await openGroup(cell);
    const before = await scenarioPicture(page, BASELINE);
    await cell.click();
    const credit = readNumber(await cell.inputValue());
    expect(credit).toBeGreaterThan(0);
    await cell.fill(String(credit * 2));
    await cell.press('Enter');
    const after = await changedFrom(page, BASELINE, before);
    // The credit shares chart shows the micro class's larger share.
    const shares = (p: ScenarioPicture) => p.paths.filter((d) => d.startsWith('credit-shares/'));
    expect(shares(after)).not.toEqual(shares(before));
    expect(readNumber(await cell.inputValue())).toBe(credit * 2);

    await cell.fill('-5');
    await cell.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'economy.classes[0].credit' });
    await alert.first().waitFor({ state: 'visible' });
    await settle(page);
    expect(await scenarioPicture(page, BASELINE)).toEqual(after);
    await cell.press('Tab');
  });
});

describe('the keyboard', () => {
  it('Tab reaches the reallocation slider and ArrowRight moves it (English, left to right)', async () => {
    await page.locator('[data-lang="en"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await selectScenario(page, BASELINE);
    const range = slider(page, 'policy.reallocation');
    await clickSlider(page, range, 0.3);
    const start = await sliderValue(page, 'policy.reallocation');
    // The arrow keys move credit by one percentage point, to the next whole point.
    const next = (Math.floor(start * 100 + 1e-9) + 1) / 100;
    await focusBefore(range);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-param'))).toBe('policy.reallocation');
    const before = await scenarioPicture(page, BASELINE);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => sliderValue(page, 'policy.reallocation')).toBeCloseTo(next, 9);
    await changedFrom(page, BASELINE, before);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => sliderValue(page, 'policy.reallocation')).toBeCloseTo(next - 0.01, 9);
  });

  it('Tab reaches a slider and ArrowRight moves it (Persian, right to left)', async () => {
    await page.locator('[data-lang="fa"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await selectScenario(page, BASELINE);
    const range = slider(page, 'horizon');
    const start = await sliderValue(page, 'horizon');
    expect(start).toBeGreaterThan(1);
    await focusBefore(range);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-param'))).toBe('horizon');
    const before = await scenarioPicture(page, BASELINE);
    await page.keyboard.press('ArrowRight');
    // Right to left, the arrow pointing right moves the thumb right: towards the minimum.
    await expect.poll(() => sliderValue(page, 'horizon')).toBe(start - 1);
    await changedFrom(page, BASELINE, before);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => sliderValue(page, 'horizon')).toBe(start);
  });
});
