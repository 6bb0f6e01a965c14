/// <reference lib="dom" />
/**
 * Drives the app in the browser as a user would, through the selectors of the test contract:
 * `data-param` (controls), `data-chart` / `data-scenario` (charts), `data-action` (buttons) and
 * `role="alert"` (errors). The functions passed to `page.evaluate` run in the page, hence the DOM types.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChrome } from './chrome';

/** The window the tests use (the benchmark's too). */
export const VIEWPORT = { width: 1440, height: 900 } as const;

/**
 * The browser's language in the tests: a Persian reader's, the app's first audience (a page opened
 * without `lang=` in its address opens in the browser's language).
 */
export const BROWSER_LOCALE = 'fa-IR';

/** A page of the app in its own browser context (its own storage), with what went wrong in it. */
export interface AppSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, uncaught page errors and unexpected dialogs, in order. */
  readonly problems: string[];
  /** How many "leave the page?" prompts the page raised (accepted each time). */
  beforeUnloadPrompts: number;
}

/** How to open the app. */
export interface OpenOptions {
  /** A fragment to open with, such as `w=...` for a share link. */
  readonly hash?: string;
  /** A query string, such as `lang=en`. */
  readonly search?: string;
  /** Open a full URL instead of the app's address (a share link). */
  readonly url?: string;
  /** The browser's language (BROWSER_LOCALE unless given). */
  readonly browserLocale?: string;
  /** Keep the context open for the rest of the file's tests (closed after the last one). */
  readonly keep?: boolean;
}

/** The per-file browser and helpers to open the app; closes every context after each test and asserts no errors. */
export interface BrowserTests {
  /** Opens the app in a fresh context and waits for its first chart. */
  open(options?: OpenOptions): Promise<AppSession>;
  /** The app's address. */
  readonly baseURL: string;
}

/** Registers the hooks of a browser test file: one browser per file, one context per `open`. */
export function setupBrowserTests(): BrowserTests {
  let browser: Browser | null = null;
  const sessions: Array<{ session: AppSession; keep: boolean }> = [];
  const baseURL = inject('baseURL');

  beforeAll(async () => {
    browser = await launchChrome(inject('chromePath'));
  });

  afterEach(async () => {
    const problems = sessions.flatMap(({ session }) => session.problems.splice(0));
    const closing = sessions.filter((s) => !s.keep);
    sessions.splice(0, sessions.length, ...sessions.filter((s) => s.keep));
    await Promise.all(closing.map(({ session }) => session.context.close()));
    expect(problems, 'console errors, page errors or unexpected dialogs').toEqual([]);
  });

  afterAll(async () => {
    const open = sessions.splice(0);
    await Promise.all(open.map(({ session }) => session.context.close()));
    await browser?.close();
    browser = null;
  });

  return {
    baseURL,
    async open(options: OpenOptions = {}) {
      if (!browser) throw new Error('the browser is not running (open() called outside a test?)');
      const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, locale: options.browserLocale ?? BROWSER_LOCALE });
      // Should a transform wrap named functions in `__name(...)` (esbuild's keepNames), the page needs one too.
      await context.addInitScript('globalThis.__name = globalThis.__name || ((target) => target);');
      const page = await context.newPage();
      const session: AppSession = { context, page, problems: [], beforeUnloadPrompts: 0 };
      sessions.push({ session, keep: options.keep ?? false });
      watch(session);
      const url = options.url ?? `${baseURL}${options.search ? `?${options.search}` : ''}${options.hash ? `#${options.hash}` : ''}`;
      await page.goto(url);
      await waitForCharts(page);
      return session;
    },
  };
}

/** Records console errors, page errors and dialogs; accepts "leave the page?" prompts (a reload with unsaved changes). */
function watch(session: AppSession): void {
  const { page, problems } = session;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'beforeunload') {
      session.beforeUnloadPrompts++;
      void dialog.accept();
    } else {
      problems.push(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
      void dialog.dismiss();
    }
  });
}

/**
 * Waits until the app has drawn and painted every chart of the workbench: its readiness signal,
 * `<html data-ready="charts">` (src/ui/first-screen.ts). The first screen's charts come a moment before
 * the rows below it, so the first chart on screen does not say the page is complete.
 */
export async function waitForCharts(page: Page): Promise<void> {
  await page.locator('html[data-ready="charts"]').waitFor({ state: 'attached', timeout: 30_000 });
}

/** Reloads the page (accepting the unsaved-changes prompt) and waits for the charts. */
export async function reload(page: Page): Promise<void> {
  await page.reload();
  await waitForCharts(page);
}

// ---------------------------------------------------------------------------------------------------
// What the page shows

/** The workshop's scenarios, in order (their ids). */
export function scenarioIds(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('[data-scenario-chip]'), (e) => e.getAttribute('data-scenario-chip') ?? ''));
}

/** The scenarios the charts show, in panel order (read from the first projection row). */
export function shownScenarioIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = Array.from(document.querySelectorAll('[data-chart="projection"][data-scenario]'), (e) => e.getAttribute('data-scenario') ?? '');
    return ids.filter((id, i) => ids.indexOf(id) === i);
  });
}

/**
 * The charts of the workbench that the contract names. They are drawn in the same render as the state
 * they show; other panels (the decision aids: fans, tornado, waterfall, bank) fill in later from a
 * Worker, so comparisons of "the same charts" leave them out.
 */
export const WORKBENCH_CHARTS: readonly string[] = ['projection', 'effect', 'credit-shares', 'binding'];

/** Every SVG path's `d` of the workbench charts (of one scenario's panels, if given), labelled by chart and scenario. */
export function chartPaths(page: Page, scenarioId?: string): Promise<string[]> {
  return page.evaluate(
    ({ id, kinds }) => {
      const charts = Array.from(document.querySelectorAll('[data-chart]')).filter(
        (c) => kinds.includes(c.getAttribute('data-chart') ?? '') && (id === null || c.getAttribute('data-scenario') === id),
      );
      return charts.flatMap((c) => {
        const label = `${c.getAttribute('data-chart') ?? ''}/${c.getAttribute('data-scenario') ?? '*'}`;
        return Array.from(c.querySelectorAll('svg path'), (p, i) => `${label}#${i}: ${p.getAttribute('d') ?? ''}`);
      });
    },
    { id: scenarioId ?? null, kinds: [...WORKBENCH_CHARTS] },
  );
}

/** What a scenario's charts look like: their path `d` attributes and its scoreboard card's figures. */
export interface ScenarioPicture {
  readonly paths: string[];
  readonly score: string;
}

/** Reads one scenario's charts and scoreboard figures. */
export async function scenarioPicture(page: Page, scenarioId: string): Promise<ScenarioPicture> {
  const paths = await chartPaths(page, scenarioId);
  const score = await page.evaluate((id) => document.querySelector(`[data-score="${CSS.escape(id)}"]`)?.textContent ?? '', scenarioId);
  return { paths, score };
}

/** What the whole workshop shows, compactly: the scenario list, the scenarios on screen, and a hash of every chart. */
export interface WorkshopPicture {
  readonly scenarios: string[];
  readonly shown: string[];
  /** How many workbench chart paths there are, their total length and an FNV-1a hash of them with their chart and scenario. */
  readonly charts: string;
}

/** Reads what the whole workshop shows. */
export async function workshopPicture(page: Page): Promise<WorkshopPicture> {
  const paths = await chartPaths(page);
  const text = paths.join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return { scenarios: await scenarioIds(page), shown: await shownScenarioIds(page), charts: `${paths.length} paths, ${text.length} chars, fnv1a ${hash.toString(16)}` };
}

/** The id of the scenario whose controls are shown (its name button is pressed). */
export function selectedScenarioId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('[data-scenario-chip] button[aria-pressed="true"]')?.closest('[data-scenario-chip]')?.getAttribute('data-scenario-chip') ?? null);
}

/** Shows exactly these scenarios (at most four), by their checkboxes: untick the others, then tick these. */
export async function showScenarios(page: Page, ids: readonly string[]): Promise<void> {
  const box = (id: string) => page.locator(`[data-scenario-chip="${id}"] input[type="checkbox"]`);
  for (const id of await scenarioIds(page)) if (!ids.includes(id)) await box(id).uncheck();
  for (const id of ids) await box(id).check();
  const order = await scenarioIds(page);
  await expect.poll(() => shownScenarioIds(page)).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
}

/** Selects a scenario for editing by clicking its name. */
export async function selectScenario(page: Page, id: string): Promise<void> {
  await page.locator(`[data-scenario-chip="${id}"] button`).first().click();
  await expect.poll(() => selectedScenarioId(page)).toBe(id);
}

// ---------------------------------------------------------------------------------------------------
// Controls

/** The control editing a scenario field (`data-param`). */
export function param(page: Page, path: string): Locator {
  return page.locator(`[data-param="${path}"]`);
}

/** Reads a number as the app shows it (Persian or Arabic-Indic digits, Persian separators, a minus sign). */
export function readNumber(text: string): number {
  const western = text
    .trim()
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\u066b/g, '.')
    .replace(/[\u066c,]/g, '')
    .replace(/\u2212/g, '-');
  return western === '' ? NaN : Number(western);
}

/** The slider editing a scenario field. */
export function slider(page: Page, path: string): Locator {
  return page.locator(`input[type="range"][data-param="${path}"]`);
}

/** A slider's value. */
export async function sliderValue(page: Page, path: string): Promise<number> {
  return Number(await slider(page, path).inputValue());
}

/** Opens a collapsed group of controls (a `<details>` element) by clicking its summary. */
export async function openGroup(control: Locator): Promise<void> {
  const isOpen = await control.evaluate((e) => e.closest('details')?.open ?? true);
  if (isOpen) return;
  const summary = control.locator('xpath=ancestor::details[1]/summary');
  await summary.click();
  await control.first().waitFor({ state: 'visible' });
}

/** The point on a slider's track at a fraction of its range from its minimum (right to left in RTL). */
export async function sliderPoint(range: Locator, fraction: number): Promise<{ x: number; y: number }> {
  await range.scrollIntoViewIfNeeded();
  const box = await range.boundingBox();
  if (!box) throw new Error('the slider is not on screen');
  const rtl = await range.evaluate((e) => getComputedStyle(e).direction === 'rtl');
  const pad = Math.min(10, box.width / 4); // half the thumb: the track's ends are the thumb's centre at min and max
  const along = pad + (box.width - 2 * pad) * fraction;
  return { x: rtl ? box.x + box.width - along : box.x + along, y: box.y + box.height / 2 };
}

/** Clicks a slider's track at a fraction of its range, as a user would. */
export async function clickSlider(page: Page, range: Locator, fraction: number): Promise<void> {
  const point = await sliderPoint(range, fraction);
  await page.mouse.click(point.x, point.y);
}

/** Moves the keyboard focus to the element just before `target` in tab order, so that Tab reaches it. */
export async function focusBefore(target: Locator): Promise<void> {
  await target.evaluate((element) => {
    const focusable = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')).filter((e) => {
      if (e.tabIndex < 0 || (e as HTMLInputElement).disabled) return false;
      const style = getComputedStyle(e);
      return style.visibility !== 'hidden' && style.display !== 'none' && e.getClientRects().length > 0;
    });
    const index = focusable.indexOf(element as HTMLElement);
    if (index <= 0) throw new Error('no focusable element before the target');
    focusable[index - 1].focus();
  });
}

/** Drags a slider with the mouse from one fraction of its range through others, in one press. */
export async function dragSlider(page: Page, range: Locator, fractions: readonly number[]): Promise<void> {
  const [first, ...rest] = fractions;
  if (first === undefined) return;
  const start = await sliderPoint(range, first);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (const f of rest) {
    const point = await sliderPoint(range, f);
    await page.mouse.move(point.x, point.y, { steps: 4 });
  }
  await page.mouse.up();
}

// ---------------------------------------------------------------------------------------------------
// Files

/** A file the test hands to the page. */
export interface TestFile {
  readonly name: string;
  readonly text: string;
}

/** Reads a file of the repository as a TestFile. */
export function fileFrom(path: string, name = path.split('/').pop() ?? 'file.json'): TestFile {
  return { name, text: readFileSync(path, 'utf8') };
}

/** Clicks a button and returns the file it downloads. */
export async function downloadFrom(page: Page, action: string): Promise<TestFile> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.locator(`[data-action="${action}"]`).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Opens a file through the page's file input (what the Open button offers). */
export async function openThroughInput(page: Page, file: TestFile): Promise<void> {
  await page.locator('[data-action="open-file-input"]').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8') });
}

/** Opens a file as a user does: the Open button, then the file chooser it raises. */
export async function openThroughButton(page: Page, file: TestFile): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 15_000 }), page.locator('button[data-action="open"]').click()]);
  await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8') });
}

/** Drops a file onto the page: a synthetic dragenter, dragover and drop carrying a DataTransfer built in the page. */
export async function dropFile(page: Page, file: TestFile): Promise<void> {
  return page.evaluate(async ({ name, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'application/json' }));
    const target = document.querySelector('[data-chart]') ?? document.body;
    const fire = (type: string) => target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer }));
    fire('dragenter');
    fire('dragover');
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    fire('drop');
  }, file);
}

/** Every element with role="alert" (file and link problems, and field errors beside a control). */
export function alerts(page: Page): Locator {
  return page.getByRole('alert');
}

/** Dismisses every alert that has a dismiss button (the file and link alert). */
export async function dismissAlerts(page: Page): Promise<void> {
  const closable = alerts(page).filter({ has: page.getByRole('button') });
  while ((await closable.count()) > 0) await closable.first().getByRole('button').first().click();
}

/** Starts recording the page's longest task (the Long Tasks API); read it with `longestTask`. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest?: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest ?? 0, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The longest task, in ms, since `watchLongTasks`. */
export function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __longest?: number }).__longest ?? 0);
}
