/**
 * Chart exports (issue 4): a PNG at twice the size of the exported SVG, and an SVG that carries the
 * chart's title, caption (units and years) and source line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { downloadFrom, setupBrowserTests } from './helpers/app';

const browser = setupBrowserTests();

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('chart exports', () => {
  for (const lang of ['en', 'fa']) {
    it(`downloads a chart as SVG and as a 2x PNG of the same picture (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      const cell = page.locator('.chart-cell').filter({ has: page.locator('[data-chart="projection"][data-scenario="iran-credit-reallocation"]') }).first();
      await cell.scrollIntoViewIfNeeded();
      const [svgDownload] = await Promise.all([page.waitForEvent('download'), cell.locator('[data-action="export-svg"]').click()]);
      const svgPath = await svgDownload.path();
      const svg = readFileSync(svgPath, 'utf8');
      expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
      const width = Number(svg.match(/<svg[^>]*\swidth="(\d+)"/)?.[1]);
      const height = Number(svg.match(/<svg[^>]*\sheight="(\d+)"/)?.[1]);
      expect(width).toBeGreaterThan(200);
      expect(height).toBeGreaterThan(200);
      expect(svg).toContain('@font-face');
      const caption = (await cell.locator('.chart-caption').textContent()) ?? '';
      expect(svg).toContain(caption.slice(0, 12));
      expect(svg).toContain(lang === 'fa' ? '۱۴۰۰' : '1400');
      const [pngDownload] = await Promise.all([page.waitForEvent('download'), cell.locator('[data-action="export-png"]').click()]);
      const png = readFileSync(await pngDownload.path());
      expect(pngSize(png)).toEqual({ width: 2 * width, height: 2 * height });
    });
  }

  it('exports the projections as CSV', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    const file = await downloadFrom(page, 'export-csv');
    const text = file.text;
    expect(text.split('\n')[0]).toBe('scenario,series,class,year,value,counterfactual');
    expect(text).toContain('iran-credit-reallocation,employment,total,10,');
  });
});

describe('the built app', () => {
  it('ships the chart styles: legends are compact rows, not bulleted lists', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    const legend = page.locator('[data-chart="projection"] .chart-legend').first();
    expect(await legend.evaluate((e) => getComputedStyle(e).listStyleType)).toBe('none');
    expect(await legend.evaluate((e) => getComputedStyle(e).display)).toBe('flex');
  });
});
