/**
 * Managing scenarios: add, duplicate, rename, reorder, mark the reference, delete (and undo it).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartPaths, scenarioIds, selectScenario, selectedScenarioId, setupBrowserTests, showScenarios, shownScenarioIds } from './helpers/app';

const tests = setupBrowserTests();
const REALLOCATION = 'iran-credit-reallocation';

function chip(page: Page, id: string) {
  return page.locator(`[data-scenario-chip="${id}"]`);
}

/** The scenario marked as the reference (its chip carries the star). */
async function referenceId(page: Page): Promise<string[]> {
  const ids = await scenarioIds(page);
  const marked: string[] = [];
  for (const id of ids) if ((await chip(page, id).textContent())?.includes('★')) marked.push(id);
  return marked;
}

describe('managing scenarios', () => {
  // One page for both tests; the second reads the list it starts from.
  let page: Page;
  beforeAll(async () => {
    ({ page } = await tests.open({ keep: true }));
  });

  it('adds a scenario, duplicates one and renames it', async () => {
    const start = await scenarioIds(page);

    await page.locator('[data-action="add-scenario"]').click();
    await expect.poll(() => scenarioIds(page)).toHaveLength(start.length + 1);
    const added = (await scenarioIds(page)).at(-1) ?? '';
    expect(start).not.toContain(added);
    expect(await selectedScenarioId(page)).toBe(added);
    expect(await shownScenarioIds(page)).toContain(added);

    await selectScenario(page, REALLOCATION);
    await page.locator('[data-action="duplicate-scenario"]').click();
    await expect.poll(() => scenarioIds(page)).toHaveLength(start.length + 2);
    const ids = await scenarioIds(page);
    const copy = ids[ids.indexOf(REALLOCATION) + 1];
    expect(start).not.toContain(copy);
    expect(await selectedScenarioId(page)).toBe(copy);
    // The copy draws the same charts as its original.
    const unlabelled = async (id: string) => (await chartPaths(page, id)).map((p) => p.replace(`/${id}#`, '/#'));
    expect(await unlabelled(copy)).toEqual(await unlabelled(REALLOCATION));

    await page.locator('[data-action="rename-scenario"]').click();
    const box = chip(page, copy).getByRole('textbox');
    await box.waitFor({ state: 'visible' });
    await box.fill('Workshop variant A');
    await box.press('Enter');
    await expect.poll(() => chip(page, copy).textContent()).toContain('Workshop variant A');
    await expect.poll(() => page.locator(`[data-chart][data-scenario="${copy}"]`).first().textContent()).toContain('Workshop variant A');
  });

  it('reorders scenarios, marks the reference, deletes one and undoes the deletion', async () => {
    const start = await scenarioIds(page);
    await showScenarios(page, start.slice(0, 4));
    const [first, second, third] = start;
    expect(await referenceId(page)).toEqual([first]);

    // Reorder: the second scenario moves after the third, in the list and in the charts.
    await selectScenario(page, second);
    await page.locator('[data-action="move-later"]').click();
    await expect.poll(() => scenarioIds(page)).toEqual([first, third, second, ...start.slice(3)]);
    expect((await shownScenarioIds(page)).slice(0, 3)).toEqual([first, third, second]);
    await page.locator('[data-action="move-earlier"]').click();
    await expect.poll(() => scenarioIds(page)).toEqual(start);

    // Mark the reference; comparing with the reference changes the other scenarios' comparison lines.
    await selectScenario(page, REALLOCATION);
    await page.locator('[data-action="set-reference"]').click();
    await expect.poll(() => referenceId(page)).toEqual([REALLOCATION]);
    expect(await page.locator('[data-action="set-reference"]').isDisabled()).toBe(true);
    const versusOwn = await chartPaths(page, first);
    await page.locator('[data-setting="comparison"]').selectOption('reference');
    await expect.poll(() => chartPaths(page, first)).not.toEqual(versusOwn);

    // Delete the selected scenario: it leaves the list and the charts; undo brings it back.
    await page.locator('[data-action="delete-scenario"]').click();
    await expect.poll(() => scenarioIds(page)).toEqual(start.filter((id) => id !== REALLOCATION));
    // The decision aids follow at a lower priority than the workbench (a deferred render): polled.
    await expect.poll(() => page.locator(`[data-chart][data-scenario="${REALLOCATION}"]`).count()).toBe(0);
    expect(await referenceId(page)).toEqual([first]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => scenarioIds(page)).toEqual(start);
    await expect.poll(() => referenceId(page)).toEqual([REALLOCATION]);
  });
});
