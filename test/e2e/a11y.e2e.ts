/**
 * Accessibility (issue 4): an axe-core scan with no serious or critical violations in both languages,
 * on the workbench and in workshop mode; controls reachable by keyboard with a visible focus.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowserTests } from './helpers/app';

const browser = setupBrowserTests();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  nodes: number;
  help: string;
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  // Run by the test driver, not put into the page as a <script>: the page's policy refuses inline scripts.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[]; help: string }> }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('accessibility', () => {
  for (const lang of ['en', 'fa']) {
    it(`has no serious or critical axe violations on the workbench (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      await page.locator('[data-chart="waterfall"]').first().waitFor({ timeout: 30_000 });
      expect(await seriousViolations(page)).toEqual([]);
    });

    it(`has no serious or critical axe violations in workshop mode (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      await page.locator('[data-action="present"]').click();
      await page.locator('[data-mode="present"]').waitFor();
      await page.keyboard.press('ArrowRight');
      await page.locator('[data-mode="present"] [data-chart]').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  it('reaches the sliders by keyboard, with a visible focus, and moves them with the arrow keys', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    const target = page.locator('input[type="range"][data-param="horizon"]');
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await target.evaluate((e) => e === document.activeElement);
    }
    expect(reached).toBe(true);
    const outline = await target.evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(outline).not.toBe('none');
    const before = Number(await target.inputValue());
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await target.inputValue())).toBe(before + 1);
  });

  it('gives every chart a name and a table of its numbers on request', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    const chart = page.locator('[data-chart="projection"]').first();
    expect(await chart.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(/\S/);
    await chart.locator('details summary').click();
    await expect.poll(() => chart.locator('table tr').count()).toBeGreaterThan(3);
  });
});
