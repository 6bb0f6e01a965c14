/**
 * Opening the app: the default workshop with its nine scenarios, four of them compared side by side
 * (one panel per scenario in each projection row), or overlaid in one panel.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_LEVERS, prepareScenario, project, totalDifference } from '../../src/engine';
import { loadText, type Scenario } from '../../src/scenario';
import { chartPaths, readNumber, scenarioIds, setupBrowserTests, shownScenarioIds } from './helpers/app';
import { REPO_ROOT } from './helpers/server';

const tests = setupBrowserTests();

/** A scenario of the shipped workshop, read through the loader as the app reads it. */
function shippedScenario(id: string): Scenario {
  const loaded = loadText(readFileSync(join(REPO_ROOT, 'scenarios/iran-workshop.json'), 'utf8'));
  if (!loaded.ok || loaded.file.kind !== 'workshop') throw new Error('the shipped workshop does not load');
  const found = loaded.file.workshop.scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

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

  it('shows beside an export effect what happened to domestic sales, as the engine computes it', async () => {
    const id = 'iran-reallocation-exports';
    const scenario = shippedScenario(id);
    const prepared = prepareScenario(scenario);
    if (!prepared.ok) throw new Error(`${id} does not prepare`);
    const expected = totalDifference(project(prepared.model), project(prepared.model, NO_LEVERS), 'domesticSales');
    const line = page.locator(`[data-score="${id}"] [data-domestic-sales]`);
    await line.waitFor({ state: 'visible' });
    const text = (await line.textContent()) ?? '';
    const shown = readNumber(text.match(/[-+−]?[\d۰-۹][\d۰-۹,.٬٫]*/)?.[0] ?? '');
    expect(Math.abs(shown - expected), `${text} against ${expected}`).toBeLessThan(Math.max(0.01 * Math.abs(expected), 0.05));
    // No line where exports do not move.
    expect(await page.locator('[data-score="iran-1400-baseline"] [data-domestic-sales]').count()).toBe(0);
  });

  it('shows a fifth scenario in place of one of the four when it is ticked', async () => {
    const fifth = DEFAULT_SCENARIOS[4];
    expect(await shownScenarioIds(page)).not.toContain(fifth);
    await page.locator(`[data-scenario-chip="${fifth}"] input[type="checkbox"]`).check();
    await expect.poll(() => shownScenarioIds(page)).toContain(fifth);
    expect(await shownScenarioIds(page)).toHaveLength(4);
  });
});
