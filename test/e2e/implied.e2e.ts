/**
 * The figures the assumptions imply, beside the productivity sliders (MODEL.md 4): the table is there
 * for the default workshop in English and Persian, its jobs figures are the engine's and carry a word
 * and a symbol where they leave the evidence band, and moving the employment elasticity or the
 * smoothness changes the figures they enter, and only those.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { impliedFigures, prepareScenario, type ImpliedClassFigures } from '../../src/engine';
import { loadText } from '../../src/scenario';
import { clickSlider, openGroup, readNumber, selectScenario, setupBrowserTests, slider, sliderValue } from './helpers/app';

const tests = setupBrowserTests();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const BASELINE = 'iran-1400-baseline';
const CLASSES = ['micro', 'small', 'medium', 'large'];

/** The default workshop's baseline, as the engine prepares it. */
function baselineFigures(): ImpliedClassFigures[] {
  const loaded = loadText(readFileSync(join(import.meta.dirname, '../../scenarios/iran-workshop.json'), 'utf8'));
  if (!loaded.ok || loaded.file.kind !== 'workshop') throw new Error('the default workshop does not load');
  const scenario = loaded.file.workshop.scenarios.find((s) => s.id === BASELINE);
  if (!scenario) throw new Error(`no ${BASELINE} in the default workshop`);
  const prepared = prepareScenario(scenario);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.issues));
  return impliedFigures(prepared.model);
}

/** A cell's number as shown (a percentage read as its share). */
function shownNumber(text: string | null): number {
  const raw = (text ?? '').replace(/[\u200e\u200f]/g, '').trim();
  const percent = /[%\u066a]$/.test(raw);
  const value = readNumber(raw.replace(/[%\u066a]$/, ''));
  return percent ? value / 100 : value;
}

function cell(table: Locator, classId: string, figure: string): Locator {
  return table.locator(`tr[data-class="${classId}"] td[data-figure="${figure}"]`);
}

async function jobsShown(table: Locator, classId: string): Promise<number> {
  return shownNumber(await cell(table, classId, 'jobs').locator('.implied-value').textContent());
}

/** Opens the app in a language on the baseline, with the productivity group open; returns the table. */
async function openTable(open: () => Promise<{ page: Page }>): Promise<{ page: Page; table: Locator }> {
  const { page } = await open();
  await selectScenario(page, BASELINE);
  const table = page.locator('[data-implied-figures]');
  await openGroup(table);
  await expect.poll(() => table.locator('tr[data-class]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-class')))).toEqual(CLASSES);
  return { page, table };
}

/** The serious or critical axe violations inside the table (the page-wide scan sees the group closed). */
async function tableViolations(page: Page): Promise<string[]> {
  // Run by the test driver, not put into the page as a <script>: the page's policy refuses inline scripts.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  return page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string | null }> };
    const axe = (window as unknown as { axe: { run(context: Element | null): Promise<Result> } }).axe;
    const result = await axe.run(document.querySelector('[data-implied-figures]'));
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

/** Within the 3 significant digits the table shows. */
function expectShown(shown: number, exact: number, what: string): void {
  expect(Math.abs(shown - exact), what).toBeLessThanOrEqual(Math.abs(exact) * 5e-3 + 1e-12);
}

const expected = baselineFigures();
const MARKS = {
  en: { above: /▲ above/, below: /▼ below/ },
  fa: { above: /▲ بالاتر/, below: /▼ پایین‌تر/ },
} as const;

describe.each(['en', 'fa'] as const)('the implied figures in %s', (lang) => {
  it('shows a row per class with the engine figures, and marks the jobs outside the 3-25 band with a word and a symbol', async () => {
    const { page, table } = await openTable(() => tests.open({ search: `lang=${lang}` }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    // The default data put the micro class far above the band and the large class below it.
    expect(expected.map((f) => f.verdict)).toEqual(['above', 'inside', 'inside', 'below']);
    for (const f of expected) {
      const jobs = cell(table, f.classId, 'jobs');
      expect(await jobs.getAttribute('data-band'), f.classId).toBe(f.verdict);
      expectShown(await jobsShown(table, f.classId), f.jobsPerUsdMillion, `${f.classId} jobs per US$1m`);
      expectShown(shownNumber(await cell(table, f.classId, 'elasticity').textContent()), f.creditElasticity, `${f.classId} elasticity`);
      expectShown(shownNumber(await cell(table, f.classId, 'marginal').textContent()), f.marginalOutput, `${f.classId} marginal output`);
      expectShown(shownNumber(await cell(table, f.classId, 'headroom-finance').textContent()), f.headroomFinance, `${f.classId} headroom, finance`);
      expectShown(shownNumber(await cell(table, f.classId, 'headroom-demand').textContent()), f.headroomDemand, `${f.classId} headroom, demand`);
      const mark = jobs.locator('.implied-mark');
      if (f.verdict === 'above' || f.verdict === 'below') expect(await mark.textContent(), f.classId).toMatch(MARKS[lang][f.verdict]);
      else expect(await mark.count(), f.classId).toBe(0);
    }
    if (lang === 'fa') expect(await table.innerText()).not.toMatch(/[0-9A-Za-z]/);
    expect(await tableViolations(page)).toEqual([]);
  });

  it('follows the employment-elasticity slider in the jobs figure of that class alone', async () => {
    const { page, table } = await openTable(() => tests.open({ search: `lang=${lang}` }));
    const path = 'assumptions.employmentElasticity.small';
    const range = slider(page, path);
    await openGroup(range);
    const start = await sliderValue(page, path);
    const jobsBefore = await Promise.all(CLASSES.map((k) => jobsShown(table, k)));
    const elasticityBefore = await cell(table, 'small', 'elasticity').textContent();
    await clickSlider(page, range, 0.9);
    await expect.poll(() => sliderValue(page, path)).not.toBe(start);
    const eta = await sliderValue(page, path);
    // The jobs figure is proportional to the employment elasticity (MODEL.md 4).
    const small = expected[1];
    await expect.poll(() => jobsShown(table, 'small')).not.toBe(jobsBefore[1]);
    expectShown(await jobsShown(table, 'small'), (small.jobsPerUsdMillion * eta) / start, 'small jobs after the move');
    expect(await Promise.all(['micro', 'medium', 'large'].map((k) => jobsShown(table, k))), 'the other classes kept theirs').toEqual([jobsBefore[0], jobsBefore[2], jobsBefore[3]]);
    expect(await cell(table, 'small', 'elasticity').textContent(), 'the output elasticity does not read eta').toBe(elasticityBefore);
    // Inside the band before (about 19), above it now: the mark appears.
    expect((small.jobsPerUsdMillion * eta) / start).toBeGreaterThan(25);
    expect(await cell(table, 'small', 'jobs').getAttribute('data-band')).toBe('above');
    expect(await cell(table, 'small', 'jobs').locator('.implied-mark').textContent()).toMatch(MARKS[lang].above);
  });

  it('follows the smoothness slider in the headroom of every class', async () => {
    const { page, table } = await openTable(() => tests.open({ search: `lang=${lang}` }));
    const path = 'assumptions.smoothness';
    const range = slider(page, path);
    await openGroup(range);
    const start = await sliderValue(page, path);
    const before = shownNumber(await cell(table, 'micro', 'headroom-finance').textContent());
    await clickSlider(page, range, start > 25 ? 0.05 : 0.5);
    await expect.poll(() => sliderValue(page, path)).not.toBe(start);
    const sigma = await sliderValue(page, path);
    await expect.poll(async () => shownNumber(await cell(table, 'micro', 'headroom-finance').textContent())).not.toBe(before);
    for (const f of expected) {
      const theta = Math.pow(1 + f.headroomDemand, -start); // theta^(-1/sigma) - 1 at the file's sigma
      expectShown(shownNumber(await cell(table, f.classId, 'headroom-finance').textContent()), Math.pow(1 - theta, -1 / sigma) - 1, `${f.classId} headroom, finance`);
      expectShown(shownNumber(await cell(table, f.classId, 'headroom-demand').textContent()), Math.pow(theta, -1 / sigma) - 1, `${f.classId} headroom, demand`);
      expectShown(await jobsShown(table, f.classId), f.jobsPerUsdMillion, `${f.classId} jobs do not read sigma`);
    }
  });
});
