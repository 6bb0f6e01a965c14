/// <reference lib="dom" />
/**
 * The static first view (vite.config.ts `firstView`, src/snapshot.tsx, src/first-view-page.ts): index.html
 * shows the default workshop's first screen, drawn at build time by the app's components and engine,
 * while the scripts load; the app replaces it. It must be a faithful picture, invisible to scripts, shown
 * only where it is what the app is about to draw, and gone once the app runs.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { APP_MAX_WIDTH, CONTROLS_AND_MARGINS } from '../../src/first-view-page';
import { SESSION_KEY } from '../../src/state/session-key';
import { launchChrome } from './helpers/chrome';

let browser: Browser;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launchChrome(inject('chromePath'));
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
}

/**
 * Opens the app in a fresh context. With `appBlocked`, the app's entry module never loads, so that the
 * page stays as index.html left it: the first view, if any.
 */
async function open(options: { width?: number; height?: number; search?: string; hash?: string; appBlocked?: boolean; savedSession?: boolean }): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1440, height: options.height ?? 900 } });
  await context.addInitScript('globalThis.__name = globalThis.__name || ((target) => target);');
  if (options.savedSession) await context.addInitScript((key) => localStorage.setItem(key, '{"saved": "by a test"}'), SESSION_KEY);
  // Held, never answered: the app neither runs nor fails (a failed load takes the first view away).
  if (options.appBlocked) await context.route(/\/assets\/index-[^/]*\.js$/, () => undefined);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseURL}${options.search ? `?${options.search}` : ''}${options.hash ? `#${options.hash}` : ''}`, { waitUntil: 'domcontentloaded' });
  return { context, page, errors };
}

/** What index.html shows before the app runs: the first view's width, if one is shown, the page's direction, and its charts. */
async function firstViewState(page: Page) {
  // Where the charts sit depends on the fonts' metrics.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(() => {
    const shown = document.querySelector<HTMLElement>('#root > .first-view[data-shown]');
    const charts = shown ? Array.from(shown.querySelectorAll('svg.chart-svg')) : [];
    return {
      shown: shown?.getAttribute('data-width') ?? null,
      drawings: document.querySelectorAll('#root > [data-first-view]').length,
      inert: shown ? shown.inert && shown.getAttribute('aria-hidden') === 'true' : null,
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      chartsOnScreen: charts.filter((c) => {
        const box = c.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.top < window.innerHeight;
      }).length,
      // What scripts and tests find the app by: none of it may be in the picture.
      contractHooks: document.querySelectorAll('#root [data-param], #root [data-action], #root [data-chart], #root [data-scenario], #root [role], #root [id]').length,
      lines: shown ? Array.from(shown.querySelectorAll('svg.chart-svg path'), (p) => p.getAttribute('d') ?? '').filter((d) => d.length > 0) : [],
    };
  });
}

describe('the static first view', () => {
  it('shows the default workshop in Persian before the app runs: charts on screen, inert, with none of the app hooks', async () => {
    const { context, page } = await open({ appBlocked: true });
    try {
      const state = await firstViewState(page);
      expect(state.shown).toBe('1065');
      expect(state.drawings).toBe(1);
      expect(state.inert).toBe(true);
      expect([state.lang, state.dir]).toEqual(['fa', 'rtl']);
      expect(state.chartsOnScreen).toBeGreaterThanOrEqual(4);
      expect(state.contractHooks).toBe(0);
      // Persian digits, as the app writes them.
      expect(await page.locator('#root').innerText()).toMatch(/[۰-۹]/);
    } finally {
      await context.close();
    }
  });

  it('draws what the app then draws: the same lines at the drawing width, then is gone', async () => {
    const before = await open({ appBlocked: true });
    const { lines } = await firstViewState(before.page);
    await before.context.close();
    expect(lines.length).toBeGreaterThanOrEqual(8);

    const { context, page, errors } = await open({});
    try {
      await page.locator('[data-param="policy.reallocation"]').first().waitFor({ state: 'attached', timeout: 30_000 });
      await page.locator('[data-chart="projection"]').first().waitFor({ state: 'visible', timeout: 30_000 });
      expect(await page.locator('#root .first-view, #root [data-first-view]').count()).toBe(0);
      // The first row of the app's charts (one measure, four scenarios) has the first view's lines.
      const appLines = await page.evaluate((count) => {
        const rows = Array.from(document.querySelectorAll('[data-chart="projection"] svg.chart-svg path'), (p) => p.getAttribute('d') ?? '').filter((d) => d.length > 0);
        return rows.slice(0, count);
      }, lines.length);
      expect(appLines).toEqual(lines);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('picks the drawing with the app columns at other widths, and none in a narrow window', async () => {
    for (const [width, expected] of [
      [1280, '905'],
      [1366, '905'],
      [1536, '1065'],
      [1920, '1065'],
      [1024, null],
      [390, null],
    ] as const) {
      const { context, page } = await open({ width, height: 844, appBlocked: true });
      try {
        const state = await firstViewState(page);
        expect(state.shown, `window ${width} wide`).toBe(expected);
        expect(state.drawings, `window ${width} wide`).toBe(expected === null ? 0 : 1);
        if (expected === null) expect([state.lang, state.dir]).toEqual(['en', 'ltr']);
      } finally {
        await context.close();
      }
    }
  });

  it('is not shown for an autosaved session, another language or a share link', async () => {
    for (const options of [{ savedSession: true }, { search: 'lang=en' }, { hash: 'w=anything' }]) {
      const { context, page } = await open({ ...options, appBlocked: true });
      try {
        const state = await firstViewState(page);
        expect(state.shown, JSON.stringify(options)).toBeNull();
        expect(state.drawings).toBe(0);
      } finally {
        await context.close();
      }
    }
  });

  it('rests on the layout it assumes: the charts area is the window less the controls column, up to the widest page', async () => {
    for (const width of [1128, 1280, 1440, 1700, 1920]) {
      const { context, page } = await open({ width, search: 'lang=fa' });
      try {
        await page.locator('[data-chart="projection"]').first().waitFor({ state: 'visible', timeout: 30_000 });
        const charts = await page.evaluate(() => Math.floor(document.querySelector('section.charts')?.getBoundingClientRect().width ?? -1));
        expect(charts, `window ${width} wide`).toBe(Math.min(width, APP_MAX_WIDTH) - CONTROLS_AND_MARGINS);
      } finally {
        await context.close();
      }
    }
  });
});
