/**
 * Chart exports (issue 4): a PNG at twice the size of the exported SVG, and an SVG that carries the
 * chart's title, caption (units and years) and source line. The CSV for analysts (issue 14).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadFrom, setupBrowserTests } from './helpers/app';
import { CSV_HEADER, readCsv } from './helpers/csv';
import { REPO_ROOT } from './helpers/server';

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

  for (const lang of ['en', 'fa'] as const) {
    it(`exports every scenario as CSV: calendar and Gregorian years, titles in the language, units, no float noise (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      const shipped = JSON.parse(readFileSync(join(REPO_ROOT, 'scenarios/iran-workshop.json'), 'utf8')) as {
        title: { en: string; fa: string };
        scenarios: Array<{ id: string; title: { en: string; fa: string } }>;
      };
      const file = await downloadFrom(page, 'export-csv');
      expect(file.name).toMatch(/\.csv$/);
      const { comments, header, rows } = readCsv(file.text);
      // The first lines say what the file holds: the workshop, the language, the scenarios, the price base.
      const said = comments.join('\n');
      expect(said).toContain(shipped.title[lang]);
      expect(said).toContain(`(${lang})`);
      expect(said).toContain(lang === 'fa' ? 'به قیمت‌های ۱۴۰۰' : '1400 prices');
      expect(header).toBe(CSV_HEADER);
      // Every scenario of the workshop, not only the four shown, each with its title in the language.
      expect([...new Set(rows.map((cells) => cells[0]))]).toEqual(shipped.scenarios.map((s) => s.id));
      for (const s of shipped.scenarios) expect(rows.find((cells) => cells[0] === s.id)?.[1]).toBe(s.title[lang]);
      const jobs = rows.find((cells) => cells[0] === 'iran-credit-reallocation' && cells[2] === 'employment' && cells[3] === 'total' && cells[8] === '10');
      expect(jobs?.slice(4, 9)).toEqual([lang === 'fa' ? 'هزار نفر' : 'thousand persons', 'persian', '1410', '2031', '10']);
      for (const cells of rows) {
        for (const v of cells.slice(9)) {
          expect(v).toMatch(/^-?\d+(\.\d+)?(e[+-]\d+)?$/);
          expect(v.replace(/^-|\.|e.*$/g, '').replace(/^0+/, '').length, v).toBeLessThanOrEqual(10);
        }
      }
    });
  }
});

describe('the built app', () => {
  it('ships the chart styles: legends are compact rows, not bulleted lists', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    const legend = page.locator('[data-chart="projection"] .chart-legend').first();
    expect(await legend.evaluate((e) => getComputedStyle(e).listStyleType)).toBe('none');
    expect(await legend.evaluate((e) => getComputedStyle(e).display)).toBe('flex');
  });
});
