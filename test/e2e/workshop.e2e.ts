/**
 * Opening the app: the default workshop with its nine scenarios, four of them compared side by side
 * (one panel per scenario in each projection row), or overlaid in one panel.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartPaths, scenarioIds, setupBrowserTests, shownScenarioIds } from './helpers/app';

const tests = setupBrowserTests();

const DEFAULT_SCENARIOS = [
  'iran-1400-baseline',
  'iran-credit-reallocation',
  'iran-reallocation-exports',
  'iran-sceptic',
  'iran-rate-cap-below-inflation',
  'iran-rate-cap-raised',
  'iran-guarantee-fund-runs-dry',
  'iran-guarantee-fund-solvent',
  'iran-input-price-shock',
];

describe('opening the app', () => {
  // One page for these tests, in order: they only look, change the layout and put it back, or (last) tick a fifth scenario.
  let page: Page;
  beforeAll(async () => {
    ({ page } = await tests.open({ keep: true }));
  });

  it('shows the default workshop: nine scenarios, the first four on screen, every kind of chart', async () => {
    expect(await scenarioIds(page)).toEqual(DEFAULT_SCENARIOS);
    expect(await shownScenarioIds(page)).toEqual(DEFAULT_SCENARIOS.slice(0, 4));
    for (const kind of ['projection', 'effect', 'credit-shares', 'binding']) {
      expect(await page.locator(`[data-chart="${kind}"]`).count(), `${kind} charts`).toBeGreaterThan(0);
    }
    // Every header command and scenario action of the contract is there.
    for (const action of ['open', 'save', 'save-workshop', 'share', 'export-csv', 'undo', 'redo', 'add-scenario', 'duplicate-scenario', 'delete-scenario']) {
      expect(await page.locator(`button[data-action="${action}"]`).count(), action).toBe(1);
    }
    expect(await page.locator('input[type="file"][data-action="open-file-input"]').count()).toBe(1);
    // Nothing to undo or redo on a fresh start, and no alert.
    expect(await page.locator('[data-action="undo"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-action="redo"]').isDisabled()).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('compares four scenarios: each projection row has one data-scenario panel per scenario, on shared scales', async () => {
    const shown = DEFAULT_SCENARIOS.slice(0, 4);
    const panels = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-chart="projection"]'), (e) => ({ scenario: e.getAttribute('data-scenario') })),
    );
    expect(panels.length % 4).toBe(0);
    const rows = panels.length / 4;
    expect(rows).toBeGreaterThanOrEqual(1);
    for (let r = 0; r < rows; r++) expect(panels.slice(4 * r, 4 * r + 4).map((p) => p.scenario)).toEqual(shown);
    for (const kind of ['effect', 'credit-shares', 'binding']) {
      const ids = await page.evaluate((k) => Array.from(document.querySelectorAll(`[data-chart="${k}"]`), (e) => e.getAttribute('data-scenario')), kind);
      expect(ids, kind).toEqual(shown);
    }
    // Each panel draws its lines.
    for (const id of shown) expect((await chartPaths(page, id)).length, id).toBeGreaterThan(0);
  });

  it('overlays the four scenarios in one panel per measure, and goes back to side by side', async () => {
    const sideBySide = await page.locator('[data-chart="projection"]').count();
    await page.locator('[data-setting="chart-mode"]').selectOption('overlay');
    await expect.poll(() => page.locator('[data-chart="projection"][data-scenario]').count()).toBe(0);
    const overlays = page.locator('[data-chart="projection"]');
    const count = await overlays.count();
    expect(count).toBe(sideBySide / 4);
    // One panel holds every scenario's lines: each scenario draws a total and a dashed comparison.
    const linesPerPanel = await overlays.evaluateAll((figures) => figures.map((f) => f.querySelectorAll('svg path').length));
    for (const n of linesPerPanel) expect(n).toBeGreaterThanOrEqual(8);
    await page.locator('[data-setting="chart-mode"]').selectOption('small-multiples');
    await expect.poll(() => page.locator('[data-chart="projection"][data-scenario]').count()).toBe(sideBySide);
  });

  it('shows a fifth scenario in place of one of the four when it is ticked', async () => {
    await page.locator('[data-scenario-chip="iran-sceptic"] input[type="checkbox"]').check();
    const shown = await shownScenarioIds(page);
    expect(shown).toHaveLength(4);
    expect(shown).toContain('iran-sceptic');
  });
});
