/**
 * The one-file offline copy (issue 4): built with the project's config, opened from file:// with every
 * network request refused, it renders the default workshop, moves a slider and runs Monte Carlo.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChrome } from './helpers/chrome';
import { REPO_ROOT } from './helpers/server';

const outDir = mkdtempSync(join(tmpdir(), 'sme-single-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('one-file offline copy', () => {
  it('opens from file:// with the network blocked, moves a slider and runs Monte Carlo', async () => {
    const build = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.single.config.ts', '--outDir', outDir, '--logLevel', 'error'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const file = join(outDir, 'index.html');
    expect(existsSync(file)).toBe(true);
    const browser = await launchChrome();
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const refused: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (/^(file|data|blob):/.test(url)) return route.continue();
        refused.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.goto(`${pathToFileURL(file).href}?lang=en`);
      await page.locator('[data-chart="projection"]').first().waitFor({ timeout: 30_000 });
      await page.locator('[data-scenario-chip="iran-credit-reallocation"] button').click();
      const score = page.locator('[data-score="iran-credit-reallocation"] [data-measure="employment"] .score-value');
      const before = await score.textContent();
      await page.locator('[data-param="policy.reallocation"]').fill('0.2');
      await expect.poll(() => score.textContent()).not.toBe(before);
      await page.locator('[data-param="monteCarlo.draws"]').fill('500');
      await page.locator('[data-action="run-monte-carlo"]').click();
      await expect.poll(() => page.locator('[data-chart="fan"]').count(), { timeout: 30_000 }).toBe(4);
      expect(refused).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
