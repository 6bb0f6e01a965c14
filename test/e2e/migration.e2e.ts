/**
 * A file made for version 1 of the model (MODEL.md 10): the app says so once, in the reader's language,
 * opens it with version 1's behaviour, and offers one undoable switch to the version-2 defaults; saving
 * writes version 2.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadFrom, fileFrom, openThroughInput, scenarioIds, scenarioPicture, selectedScenarioId, setupBrowserTests } from './helpers/app';
import { REPO_ROOT } from './helpers/server';

const tests = setupBrowserTests();
const VERSION_1_FILE = join(REPO_ROOT, 'test/fixtures/version-1/iran-credit-reallocation.json');

describe('a file made for version 1', () => {
  for (const lang of ['en', 'fa'] as const) {
    it(`says so once (${lang}), opens with version 1's behaviour, and switches to the version-2 defaults undoably`, async () => {
      const { page } = await tests.open({ search: `lang=${lang}` });
      const before = await scenarioIds(page);
      expect(await page.locator('[data-migration]').count()).toBe(0);
      await openThroughInput(page, fileFrom(VERSION_1_FILE));
      await expect.poll(() => scenarioIds(page)).toHaveLength(before.length + 1);
      const added = (await scenarioIds(page)).at(-1) ?? '';
      expect(await selectedScenarioId(page)).toBe(added);

      const notice = page.locator('[data-migration="open"]');
      await notice.waitFor({ state: 'visible' });
      expect(await page.locator('[data-migration]').count()).toBe(1);
      const text = (await notice.textContent()) ?? '';
      if (lang === 'en') expect(text).toContain('version 1');
      else {
        expect(text).toContain('نسخه ۱');
        expect(text).not.toMatch(/[0-9]/);
      }

      const migrated = await scenarioPicture(page, added);
      await notice.locator('[data-action="switch-to-current-defaults"]').click();
      await page.locator('[data-migration="switched"]').waitFor({ state: 'visible' });
      await expect.poll(() => scenarioPicture(page, added), { message: 'the version-2 defaults change the projection' }).not.toEqual(migrated);

      await page.locator('[data-action="undo"]').click();
      await expect.poll(() => scenarioPicture(page, added), { message: "undo brings version 1's behaviour back" }).toEqual(migrated);

      // Saving writes version 2, with the values that keep version 1's behaviour.
      const saved = await downloadFrom(page, 'save');
      const file = JSON.parse(saved.text) as { version: number; assumptions: Record<string, unknown> };
      expect(file.version).toBe(2);
      expect(file.assumptions.creditRealisation).toBe(1);
      expect(file.assumptions.employmentElasticity).toBe(1);
    });
  }
});
