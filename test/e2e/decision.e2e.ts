/**
 * Decision aids (issue 5): ranges and a Monte Carlo run with progress and a fan; cancel leaves the app
 * usable; the same seed gives the same fan; goal seek applied reaches its target; the other panels.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { param, selectScenario, setupBrowserTests } from './helpers/app';

const browser = setupBrowserTests();

function parse(text: string | null): number {
  const western = (text ?? '')
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/[\u066c,]/g, '')
    .replace(/\u2212/g, '-')
    .trim();
  return Number(western);
}

async function jobsEffect(page: Page, id: string): Promise<number> {
  return parse(await page.locator(`[data-score="${id}"] [data-measure="employment"] dd`).getAttribute('title').then((t) => (t ?? '').split(' ')[0]));
}

async function fanPaths(page: Page): Promise<string> {
  return page.evaluate(() => Array.from(document.querySelectorAll('[data-chart="fan"] path'), (p) => p.getAttribute('d')).join('|'));
}

describe('decision aids', () => {
  it('runs Monte Carlo with a progress bar and draws a fan; the same seed draws the same fan', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    await selectScenario(page, 'iran-credit-reallocation');
    await param(page, 'monteCarlo.draws').fill('4000');
    // Read the bar the moment it shows (polled every frame): a fast run may finish soon after.
    const seen = page.waitForFunction(() => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuemax') ?? null, null, { polling: 'raf', timeout: 10_000 });
    await page.locator('[data-action="run-monte-carlo"]').click();
    expect(Number(await (await seen).jsonValue())).toBe(4000);
    const bar = page.locator('[role="progressbar"]');
    await expect.poll(() => page.locator('[data-chart="fan"][data-scenario="iran-credit-reallocation"]').count(), { timeout: 30_000 }).toBe(4);
    await expect.poll(() => bar.count(), { timeout: 30_000 }).toBe(0);
    const first = await fanPaths(page);
    expect(first.length).toBeGreaterThan(100);
    await page.locator('[data-action="run-monte-carlo"]').click();
    await expect.poll(() => page.locator('[data-action="run-monte-carlo"]').isEnabled(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => fanPaths(page), { timeout: 30_000 }).toBe(first);
  });

  it('cancels a run midway and stays usable', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    await selectScenario(page, 'iran-credit-reallocation');
    // The longest run there is (30 years, 100,000 draws: seconds, where the default takes a blink), so
    // that there is a middle to cancel in.
    await param(page, 'horizon').fill('30');
    await param(page, 'monteCarlo.draws').fill('100000');
    await page.locator('[data-action="run-monte-carlo"]').click();
    const bar = page.locator('[role="progressbar"]');
    // Read without waiting for the bar: a locator would wait for it if the run had already ended.
    await page.waitForFunction(() => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? 0) > 0, null, { polling: 'raf', timeout: 20_000 });
    await page.locator('[data-action="cancel-monte-carlo"]').click();
    await expect.poll(() => page.locator('[data-block="uncertainty"] [role="status"]').textContent()).toMatch(/Cancelled after/);
    await expect.poll(() => bar.count(), { timeout: 10_000 }).toBe(0);
    const before = await jobsEffect(page, 'iran-credit-reallocation');
    await param(page, 'policy.reallocation').fill('0.2');
    await expect.poll(() => jobsEffect(page, 'iran-credit-reallocation')).toBeGreaterThan(before);
    expect(await page.locator('[data-action="run-monte-carlo"]').isEnabled()).toBe(true);
  });

  it('goal seek finds a reallocation that, applied, reaches the jobs target on the scoreboard', async () => {
    const JOBS_TARGET = 200;
    const { page } = await browser.open({ search: 'lang=en' });
    await selectScenario(page, 'iran-credit-reallocation');
    // 200 thousand jobs at the horizon: above the 10-point move's ~116, below the ~275 of the largest move.
    await page.locator('[data-goal="target"]').fill(String(JOBS_TARGET));
    await page.locator('[data-action="goal-seek"]').click();
    const answer = page.locator('[data-goal-result="reachable"]');
    await answer.waitFor();
    const share = Number(await answer.getAttribute('data-reallocation'));
    expect(share).toBeGreaterThan(0.1);
    await page.locator('[data-action="apply-goal-seek"]').click();
    await expect.poll(async () => Number(await param(page, 'policy.reallocation').inputValue())).toBeCloseTo(share, 3);
    const jobs = await jobsEffect(page, 'iran-credit-reallocation');
    expect(jobs).toBeGreaterThanOrEqual(JOBS_TARGET * 0.999);
    expect(jobs).toBeLessThan(JOBS_TARGET * 1.001);
  });

  it('says when a target is out of reach', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    await selectScenario(page, 'iran-sceptic');
    await page.locator('[data-goal="target"]').fill('100000');
    await page.locator('[data-action="goal-seek"]').click();
    await page.locator('[data-goal-result="unreachable"]').waitFor();
  });

  it('shows the tornado, the lever waterfalls and the bank view for the scenarios', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    await selectScenario(page, 'iran-reallocation-exports');
    await page.locator('[data-chart="tornado"][data-scenario="iran-reallocation-exports"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-chart="waterfall"]').count()).toBe(4);
    await page.locator('[data-chart="bank"][data-scenario="iran-reallocation-exports"]').waitFor();
    // The tornado follows the scenario when a slider moves.
    const before = await page.locator('[data-chart="tornado"] svg').innerHTML();
    await param(page, 'policy.reallocation').fill('0.2');
    await expect.poll(() => page.locator('[data-chart="tornado"] svg').innerHTML(), { timeout: 20_000 }).not.toBe(before);
  });
});
