/**
 * The served build under its Content-Security-Policy (issue 15): with every request outside its origin
 * refused, the app draws its charts, follows a slider, runs Monte Carlo in its Worker and exports a
 * chart, with no request refused, no policy violation and no console error; and the policy is in force.
 * The one-file build's test is single-file.e2e.ts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BROWSER_LOCALE, VIEWPORT } from './helpers/app';
import { launchChrome } from './helpers/chrome';
import { expectPolicyEnforced, expectStrictPolicy, pagePolicy, policyViolations, recordPolicyViolations, refuseOtherOrigins, useTheApp, watchProblems } from './helpers/offline';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChrome(inject('chromePath'));
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the served app in English in a new context, guarded and watched. */
async function openGuarded() {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, locale: BROWSER_LOCALE });
  await context.addInitScript('globalThis.__name = globalThis.__name || ((target) => target);');
  const guard = await refuseOtherOrigins(context, (url) => url.origin === origin);
  await recordPolicyViolations(context);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${baseURL}?lang=en`);
  return { context, page, guard, problems };
}

describe('the served build under its Content-Security-Policy', () => {
  it('makes no request outside its origin and reports no violation while charts, a slider, Monte Carlo and an export work', async () => {
    const { context, page, guard, problems } = await openGuarded();
    try {
      expectStrictPolicy(await pagePolicy(page));
      await useTheApp(page);
      expect(guard.refused).toEqual([]);
      // The guard saw the page's own requests: the scripts, the workshop, the fonts, the lazy chunks.
      expect(guard.allowed.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(1);
      expect(guard.allowed.some((u) => u.endsWith('.json'))).toBe(true);
      expect(await policyViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('enforces its policy: an injected inline script does not run, code from a string (eval) and another origin are refused', async () => {
    const { context, page, guard } = await openGuarded();
    try {
      await page.locator('html[data-ready="charts"]').waitFor({ state: 'attached', timeout: 30_000 });
      expect(await expectPolicyEnforced(page)).toBe(3);
      // Refused by the policy before it was sent: the guard never saw it.
      expect(guard.refused).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
