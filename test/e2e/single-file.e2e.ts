/**
 * The one-file offline copy (issue 4): built with the project's config, opened from file:// with every
 * network request refused, it renders the default workshop, moves a slider, runs Monte Carlo and exports
 * a chart, under its Content-Security-Policy (issue 15): no request leaves the file, no violation, and
 * the policy is in force.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSER_LOCALE, VIEWPORT } from './helpers/app';
import { launchChrome } from './helpers/chrome';
import { expectPolicyEnforced, expectStrictPolicy, pagePolicy, policyViolations, recordPolicyViolations, refuseOtherOrigins, useTheApp, watchProblems } from './helpers/offline';
import { REPO_ROOT } from './helpers/server';

const outDir = mkdtempSync(join(tmpdir(), 'sme-single-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('one-file offline copy', () => {
  it('opens from file:// with the network blocked and works under its policy: charts, a slider, Monte Carlo, an export', async () => {
    const build = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.single.config.ts', '--outDir', outDir, '--logLevel', 'error'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const file = join(outDir, 'index.html');
    expect(existsSync(file)).toBe(true);
    const browser = await launchChrome();
    try {
      const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, locale: BROWSER_LOCALE });
      const guard = await refuseOtherOrigins(context, (url) => url.protocol === 'file:');
      await recordPolicyViolations(context);
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(`${pathToFileURL(file).href}?lang=en`);
      const policy = await pagePolicy(page);
      expectStrictPolicy(policy);
      // One inline script and one inline style, each allowed by its hash.
      expect(policy.get('script-src')?.filter((s) => s.startsWith("'sha256-"))).toHaveLength(1);
      expect(policy.get('style-src')?.filter((s) => s.startsWith("'sha256-"))).toHaveLength(1);
      await useTheApp(page);
      expect(guard.refused).toEqual([]);
      expect(await policyViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      expect(await expectPolicyEnforced(page)).toBe(3);
      expect(guard.refused).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
