/**
 * Files: save the workshop and reopen it (same charts), save one scenario and open it (it joins the
 * workshop), export the projections as CSV, and open a file by dropping it on the page.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chartPaths,
  clickSlider,
  downloadFrom,
  dropFile,
  fileFrom,
  openThroughButton,
  openThroughInput,
  scenarioIds,
  scenarioPicture,
  selectScenario,
  selectedScenarioId,
  setupBrowserTests,
  shownScenarioIds,
  slider,
  workshopPicture,
} from './helpers/app';
import { CSV_HEADER, readCsv } from './helpers/csv';
import { REPO_ROOT } from './helpers/server';

const tests = setupBrowserTests();
const REALLOCATION = 'iran-credit-reallocation';

/** A scenario's chart paths without their scenario label, to compare two scenarios' panels. */
async function unlabelledPaths(page: Page, id: string): Promise<string[]> {
  return (await chartPaths(page, id)).map((p) => p.replace(`/${id}#`, '/#'));
}

describe('saving and opening files', () => {
  // A page kept for the file's tests, in order: it starts as a fresh default session.
  let page: Page;
  beforeAll(async () => {
    ({ page } = await tests.open({ keep: true }));
  });

  it('saves the workshop as a file, and opening that file in a fresh session shows the same charts', async () => {
    const edited = await tests.open();
    await clickSlider(edited.page, slider(edited.page, 'policy.reallocation'), 0.3);
    await expect.poll(() => edited.page.locator('[data-action="undo"]').isEnabled()).toBe(true);
    const picture = await workshopPicture(edited.page);
    const scores = await Promise.all(picture.scenarios.slice(0, 4).map(async (id) => (await scenarioPicture(edited.page, id)).score));

    const file = await downloadFrom(edited.page, 'save-workshop');
    expect(file.name).toMatch(/\.json$/);
    const saved = JSON.parse(file.text) as { format?: unknown; scenarios?: Array<{ id?: unknown; policy?: { reallocation?: unknown } }> };
    expect(saved.format).toBe('sme-credit-workshop');
    expect(saved.scenarios?.map((s) => s.id)).toEqual(picture.scenarios);
    expect(saved.scenarios?.[0]?.policy?.reallocation).toBeGreaterThan(0);

    // The kept page is a fresh session with the default workshop: open the file with the Open button.
    expect((await workshopPicture(page)).charts).not.toEqual(picture.charts);
    await openThroughButton(page, file);
    await expect.poll(() => workshopPicture(page)).toEqual(picture);
    expect(await Promise.all(picture.scenarios.slice(0, 4).map(async (id) => (await scenarioPicture(page, id)).score))).toEqual(scores);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('saves one scenario as a file; opening it adds it to the workshop, with the same charts as the original', async () => {
    await selectScenario(page, REALLOCATION);
    const file = await downloadFrom(page, 'save');
    expect(file.name).toMatch(/\.json$/);
    const saved = JSON.parse(file.text) as { format?: unknown; id?: unknown };
    expect(saved.format).toBe('sme-credit-scenario');
    expect(saved.id).toBe(REALLOCATION);

    const before = await scenarioIds(page);
    await openThroughInput(page, file);
    await expect.poll(() => scenarioIds(page)).toHaveLength(before.length + 1);
    const after = await scenarioIds(page);
    expect(after.slice(0, before.length)).toEqual(before);
    const added = after[after.length - 1];
    expect(added).not.toBe(REALLOCATION);
    expect(added.startsWith(REALLOCATION)).toBe(true);
    // The new scenario is selected and on screen, next to the original, and draws the same charts.
    expect(await selectedScenarioId(page)).toBe(added);
    const shown = await shownScenarioIds(page);
    expect(shown).toContain(added);
    expect(shown).toContain(REALLOCATION);
    expect(await unlabelledPaths(page, added)).toEqual(await unlabelledPaths(page, REALLOCATION));
  });

  it('exports every scenario of the workshop as CSV, under comment lines saying what it holds', async () => {
    const all = await scenarioIds(page);
    const file = await downloadFrom(page, 'export-csv');
    expect(file.name).toMatch(/\.csv$/);
    const { comments, header, rows } = readCsv(file.text);
    expect(header).toBe(CSV_HEADER);
    for (const id of all) expect(comments.join('\n')).toContain(id);
    expect(rows.length).toBeGreaterThan(all.length * 10);
    const scenarios = new Set(rows.map((cells) => cells[0]));
    expect([...scenarios]).toEqual(all);
    for (const cells of rows) {
      expect(cells, cells.join(',')).toHaveLength(11);
      const [, , , , , , year, gregorian, t, value, counterfactual] = cells;
      expect(Number.isInteger(Number(year)), year).toBe(true);
      expect(Number(gregorian) - Number(year)).toBe(621);
      expect(Number.isInteger(Number(t)), t).toBe(true);
      expect(Number.isFinite(Number(value)), value).toBe(true);
      expect(Number.isFinite(Number(counterfactual)), counterfactual).toBe(true);
    }
  });

  it('opens a file dropped on the page (a synthetic drop carrying a DataTransfer)', async () => {
    const before = await scenarioIds(page);
    const dropped = fileFrom(join(REPO_ROOT, 'scenarios/mazandaran-industrial-estates.json'));
    // A scenario file dropped on the page joins the open workshop.
    await dropFile(page, dropped);
    await expect.poll(() => scenarioIds(page)).toHaveLength(before.length + 1);
    const added = (await scenarioIds(page)).at(-1) ?? '';
    expect(added.startsWith('mazandaran-industrial-estates')).toBe(true);
    expect(await selectedScenarioId(page)).toBe(added);

    // Dropping a workshop replaces the open one.
    const workshop = fileFrom(join(REPO_ROOT, 'scenarios/iran-workshop.json'));
    const shipped = (JSON.parse(workshop.text) as { scenarios: Array<{ id: string }> }).scenarios.map((s) => s.id);
    await dropFile(page, workshop);
    await expect.poll(() => scenarioIds(page)).toEqual(shipped);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
