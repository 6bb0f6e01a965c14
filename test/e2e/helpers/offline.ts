/// <reference lib="dom" />
/**
 * The built pages with the network cut off at their origin and their Content-Security-Policy watched:
 * every request outside the origin is refused and counted, every policy violation the page reports is
 * recorded, and the app is put through what a room does (charts, a slider, Monte Carlo in the Worker, a
 * chart's export). Shared by the served build's test (csp.e2e.ts) and the one-file build's.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { chartPaths, param, selectScenario, waitForCharts } from './app';

/** What a guarded context has let through and refused. */
export interface Guard {
  /** Requests to another origin, refused before they left the browser. */
  readonly refused: string[];
  /** Requests to the page's own origin (the guard saw them: it is in place). */
  readonly allowed: string[];
}

/**
 * Refuses every request of the context (pages and their Workers) whose address is outside what
 * `isOwn` accepts, and counts them; data: and blob: addresses never leave the browser and pass.
 */
export async function refuseOtherOrigins(context: BrowserContext, isOwn: (url: URL) => boolean): Promise<Guard> {
  const refused: string[] = [];
  const allowed: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || isOwn(url)) {
      allowed.push(url.href);
      return route.continue();
    }
    refused.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { refused, allowed };
}

/** Collects the page's console errors (its Workers' too) and uncaught errors. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('worker', (worker) =>
    worker.on('console', (m) => {
      if (m.type() === 'error') problems.push(`worker console error: ${m.text()}`);
    }),
  );
  return problems;
}

/** The page's record of policy violations ('securitypolicyviolation' events), set up before its scripts run. */
export async function recordPolicyViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const record: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = record;
    document.addEventListener('securitypolicyviolation', (e) => record.push(`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
  });
}

/** The violations the page has reported so far. */
export function policyViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __violations: string[] }).__violations]);
}

/** The policy of the page, as its <meta> gives it: directive name to sources. */
export async function pagePolicy(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const policy = new Map<string, string[]>();
  for (const part of (content ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

/** Checks the policy's shape: its own origin only, scripts by hash, no eval. */
export function expectStrictPolicy(policy: Map<string, string[]>): void {
  expect(policy.get('default-src')).toEqual(["'self'"]);
  for (const [name, sources] of policy) {
    for (const source of sources) {
      // Keywords, hashes and the in-browser schemes; never an origin of its own.
      expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|'unsafe-inline'|'sha256-[A-Za-z0-9+/]+=*'|data:|blob:)$/);
    }
  }
  expect(policy.get('script-src')?.some((s) => s.includes('unsafe'))).toBe(false);
  expect(policy.get('style-src')?.includes("'unsafe-inline'")).toBe(false);
}

/**
 * Puts the app through what a room does, in English: the workbench's charts are drawn; a slider moves
 * the selected scenario's charts; Monte Carlo runs in the Worker and draws its fans; a chart downloads
 * as PNG and SVG (the SVG with its styles on it).
 */
export async function useTheApp(page: Page): Promise<void> {
  await waitForCharts(page);
  expect(await page.locator('[data-chart="projection"]').count()).toBeGreaterThan(0);
  await selectScenario(page, 'iran-credit-reallocation');
  const before = await chartPaths(page, 'iran-credit-reallocation');
  await param(page, 'policy.reallocation').fill('0.2');
  await expect.poll(() => chartPaths(page, 'iran-credit-reallocation')).not.toEqual(before);

  await param(page, 'monteCarlo.draws').fill('500');
  await page.locator('[data-action="run-monte-carlo"]').click();
  await expect.poll(() => page.locator('[data-chart="fan"][data-scenario="iran-credit-reallocation"]').count(), { timeout: 30_000 }).toBe(4);

  const png = await downloadFile(page, 'export-png');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const svg = (await downloadFile(page, 'export-svg')).toString('utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg/);
  expect(svg).toMatch(/style="[^"]*stroke/);
}

/** Clicks the first button of an action and returns the bytes of the file it downloads (app.ts `downloadFrom` reads text). */
async function downloadFile(page: Page, action: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.locator(`[data-action="${action}"]`).first().click()]);
  return readFileSync(await download.path());
}

/**
 * Checks that the policy is in force, not just written: an inline script put into the page does not
 * run, a string is not compiled as code (eval), and a request to another origin is refused by the policy before it is sent.
 * Each is reported as a violation; returns how many were.
 */
export async function expectPolicyEnforced(page: Page): Promise<number> {
  const before = (await policyViolations(page)).length;
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as { __injectedRan?: boolean; __stringTimerRan?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.__injectedRan = true;';
    document.body.append(script);
    // A string for a timer is compiled as the page's own code, as eval is (code run by the test
    // driver itself is exempt from the policy, so eval here would prove nothing).
    (setTimeout as (code: string, ms: number) => number)('window.__stringTimerRan = true;', 0);
    let fetchRefused = false;
    try {
      await fetch('https://example.com/tracker');
    } catch {
      fetchRefused = true;
    }
    // Violation events are queued as tasks.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { injectedRan: w.__injectedRan === true, stringTimerRan: w.__stringTimerRan === true, fetchRefused };
  });
  expect(outcome).toEqual({ injectedRan: false, stringTimerRan: false, fetchRefused: true });
  const violations = (await policyViolations(page)).slice(before);
  expect(violations.map((v) => v.split(' ')[0]).sort()).toEqual(['connect-src', 'script-src-elem', 'script-src'].sort());
  return violations.length;
}
