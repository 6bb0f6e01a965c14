/**
 * Every file of the engine's invalid test set (test/fixtures/invalid), opened through the file input:
 * each shows role="alert" naming the JSON paths its manifest lists, and leaves the session untouched
 * (same scenarios, same charts, nothing to undo). A file over 1 MiB is refused the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInvalidFile, readInvalidManifest } from '../fixtures/invalid-manifest';
import { dismissAlerts, longestTask, openThroughInput, setupBrowserTests, watchLongTasks, workshopPicture, type TestFile } from './helpers/app';
import { REPO_ROOT } from './helpers/server';

const tests = setupBrowserTests();
const MIB = 1024 * 1024;
const manifest = readInvalidManifest();

/** Fixtures whose checks are the most telling: hostile keys, and errors deep in a workshop's second scenario. */
const ALWAYS = new Set(['proto-key-top-level.json', 'proto-key-in-per-class-object.json', 'constructor-key.json', 'prototype-key.json', 'expression-import.json']);

/**
 * By default a representative sample: every fifth file of each kind (the kind is the name's first word,
 * so every kind is opened at least once) and every file whose paths must stay inside one scenario.
 * E2E_ALL_INVALID=1 opens every file of the set.
 */
function representative(): typeof manifest {
  if (process.env.E2E_ALL_INVALID === '1') return manifest;
  const seen = new Map<string, number>();
  return manifest.filter((f) => {
    const kind = f.file.split(/[-.]/)[0];
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    return n % 5 === 0 || ALWAYS.has(f.file) || f.pathsStartWith !== undefined;
  });
}
const fixtures = representative();

/** The session as it shows: scenarios, charts, and whether there is anything to undo. */
async function fingerprint(page: Page): Promise<string> {
  const picture = await workshopPicture(page);
  const undo = (await page.locator('[data-action="undo"]').isDisabled()) ? 'nothing to undo' : 'something to undo';
  return `${picture.scenarios.join(' ')} | ${picture.shown.join(' ')} | ${picture.charts} | ${undo}`;
}

describe('opening an invalid file', () => {
  let page: Page;
  let untouched = '';

  beforeAll(async () => {
    ({ page } = await tests.open({ keep: true }));
    untouched = await fingerprint(page);
  });

  /** Opens a file, waits for its alert and returns the paths the alert lists. */
  async function openRefused(file: TestFile): Promise<{ text: string; listed: string[] }> {
    await dismissAlerts(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    await openThroughInput(page, file);
    const alert = page.getByRole('alert').filter({ hasText: file.name });
    await alert.first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.getByRole('alert').count()).toBe(1);
    return alert.first().evaluate((e) => ({
      text: e.textContent ?? '',
      // Each problem is one list item "PATH: message".
      listed: Array.from(e.querySelectorAll('li'), (li) => {
        const text = (li.textContent ?? '').trim();
        const at = text.indexOf(': ');
        return at < 0 ? text : text.slice(0, at);
      }),
    }));
  }

  for (const fixture of fixtures) {
    it(`${fixture.file}: ${fixture.why}, naming ${fixture.paths.join(', ')}`, async () => {
      const { text, listed } = await openRefused({ name: fixture.file, text: readInvalidFile(fixture.file) });
      for (const path of fixture.paths) expect(text, `the alert names ${path}`).toContain(path);
      if (listed.length > 0) {
        for (const path of fixture.paths) expect(listed, `a problem listed under ${path}`).toContain(path);
        for (const path of listed) {
          expect([...fixture.paths, ...fixture.tolerated], `"${path}" is a problem this file was made for`).toContain(path);
          if (fixture.pathsStartWith !== undefined) expect(path.startsWith(fixture.pathsStartWith), `${path} is inside ${fixture.pathsStartWith}`).toBe(true);
        }
      }
      expect(await fingerprint(page), 'the session is untouched').toBe(untouched);
    });
  }

  it('a file over 1 MiB, naming (file)', async () => {
    const text = JSON.stringify({ format: 'sme-credit-workshop', version: 1, padding: 'x'.repeat(MIB) });
    const { text: shown } = await openRefused({ name: 'too-large.json', text });
    expect(shown).toContain('(file)');
    expect(await fingerprint(page), 'the session is untouched').toBe(untouched);
  });

  // Long text (MODEL.md 7: a label or title at most 200 characters): refused naming the field, and the
  // page never blocks for long while it reads, checks and reports the file.
  const LONG_TEXTS = [
    { name: 'long-class-label.json', path: 'economy.classes[0].label.en', edit: (s: Record<string, unknown>, text: string) => ((s.economy as { classes: { label: unknown }[] }).classes[0].label = { en: text }), length: 20_000 },
    { name: 'long-unbroken-title.json', path: 'title.en', edit: (s: Record<string, unknown>, text: string) => (s.title = { en: text }), length: 300_000 },
  ] as const;
  for (const long of LONG_TEXTS) {
    it(`a ${long.length.toLocaleString('en')}-character ${long.path}: refused naming it, and no task of the page over 1 s`, async () => {
      const scenario = JSON.parse(readFileSync(join(REPO_ROOT, 'scenarios/iran-credit-reallocation.json'), 'utf8')) as Record<string, unknown>;
      long.edit(scenario, 'W'.repeat(long.length));
      await watchLongTasks(page);
      const { text, listed } = await openRefused({ name: long.name, text: JSON.stringify(scenario) });
      expect(listed).toContain(long.path);
      expect(text, 'the allowed length').toMatch(/200|۲۰۰/);
      await page.waitForTimeout(300);
      const longest = await longestTask(page);
      expect(longest, 'the longest task while the file was refused, ms').toBeLessThan(1000);
      expect(await fingerprint(page), 'the session is untouched').toBe(untouched);
    });
  }

  it('opens a representative share of the engine test set (E2E_ALL_INVALID=1 opens all of it)', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(Math.min(manifest.length, 40));
    const kinds = (list: typeof manifest) => new Set(list.map((f) => f.file.split(/[-.]/)[0]));
    expect(kinds(fixtures)).toEqual(kinds(manifest));
  });
});

describe('the default workshop altered after the build', () => {
  it('is refused by the file checks in the page, naming the field, and nothing is opened or saved', async () => {
    const { context, page } = await tests.open();
    const workshop = JSON.parse(readFileSync(join(REPO_ROOT, 'scenarios/iran-workshop.json'), 'utf8')) as { scenarios: { policy?: Record<string, unknown> }[] };
    workshop.scenarios[0].policy = { ...workshop.scenarios[0].policy, reallocation: 7 };
    // Routing turns the browser's cache off: the reload fetches the altered file.
    await context.route(/\/assets\/iran-workshop-[^/]*\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(workshop) }));
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await alert.textContent()).toContain('scenarios[0].policy.reallocation');
    expect(await page.locator('[data-chart]').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });
});
