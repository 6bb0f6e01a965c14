/**
 * Files in the browser, byte for byte as the command line reads them (issue 15, items 4 and 5): a
 * UTF-16 file is refused with the command line's `(file)` message and changes nothing; the size
 * message gives the exact byte counts; "Save workshop" never downloads a file the loader would refuse,
 * and says in the status region what to trim, in English and in Persian.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../fixtures/invalid-manifest';
import { MAX_FILE_BYTES, formatIssue, loadBytes } from '../../src/scenario';
import { dismissAlerts, downloadFrom, scenarioIds, setupBrowserTests, workshopPicture } from './helpers/app';

const tests = setupBrowserTests();
const MIB = 1024 * 1024;
const BYTES_DIR = join(REPO_ROOT, 'test/fixtures/bytes');

/** The session as it shows: scenarios, charts, and whether there is anything to undo. */
async function fingerprint(page: Page): Promise<string> {
  const picture = await workshopPicture(page);
  const undo = (await page.locator('[data-action="undo"]').isDisabled()) ? 'nothing to undo' : 'something to undo';
  return `${picture.scenarios.join(' ')} | ${picture.shown.join(' ')} | ${picture.charts} | ${undo}`;
}

/** Hands bytes to the page's file input, as the Open button does. */
async function openBytes(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.locator('[data-action="open-file-input"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(bytes) });
}

/** Opens bytes that must be refused; returns the problems the alert lists, as "PATH: message". */
async function openRefused(page: Page, name: string, bytes: Uint8Array): Promise<string[]> {
  await dismissAlerts(page);
  await openBytes(page, name, bytes);
  const alert = page.getByRole('alert').filter({ hasText: name });
  await alert.first().waitFor({ state: 'visible', timeout: 15_000 });
  return alert.first().evaluate((e) => Array.from(e.querySelectorAll('li'), (li) => (li.textContent ?? '').trim()));
}

describe('opening a file that is not UTF-8 or is too large', () => {
  for (const name of ['scenario-utf16le-bom.json', 'scenario-utf16be.json']) {
    it(`${name}: the command line's "(file)" message, and nothing changes`, async () => {
      const { page } = await tests.open({ search: 'lang=en' });
      const before = await fingerprint(page);
      const bytes = new Uint8Array(readFileSync(join(BYTES_DIR, name)));
      const cli = loadBytes(bytes);
      expect(cli.ok).toBe(false);
      const expected = cli.ok ? [] : cli.issues.map(formatIssue);
      expect(expected).toEqual(['(file): the file is not UTF-8 text (it looks like UTF-16); save it as UTF-8']);
      expect(await openRefused(page, name, bytes)).toEqual(expected);
      expect(await fingerprint(page), 'the session is untouched').toBe(before);
    });
  }

  it('a UTF-8 file with a byte-order mark opens', async () => {
    const { page } = await tests.open({ search: 'lang=en' });
    await openBytes(page, 'scenario-utf8-bom.json', new Uint8Array(readFileSync(join(BYTES_DIR, 'scenario-utf8-bom.json'))));
    await expect.poll(() => scenarioIds(page)).toContain('two-classes-bytes');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('a file of 1 MiB + 1 byte: the exact byte counts, in English and in Persian', async () => {
    const bytes = new Uint8Array(Buffer.from(`{"padding":"${'x'.repeat(MIB + 1 - 14)}"}`));
    expect(bytes.length).toBe(MIB + 1);
    const en = await tests.open({ search: 'lang=en' });
    const before = await fingerprint(en.page);
    expect(await openRefused(en.page, 'too-large.json', bytes)).toEqual(['(file): the file is 1,048,577 bytes; at most 1,048,576 bytes (1 MiB) are allowed']);
    expect(await fingerprint(en.page), 'the session is untouched').toBe(before);
    const fa = await tests.open({ search: 'lang=fa' });
    const [line] = await openRefused(fa.page, 'too-large.json', bytes);
    expect(line).toContain('۱٬۰۴۸٬۵۷۷');
    expect(line).toContain('۱٬۰۴۸٬۵۷۶');
  });
});

/**
 * A workshop file of 12 scenarios that the loader accepts as written (compact JSON just under 1 MiB)
 * but that "Save workshop" would write over 1 MiB (indented). Every text stays within the lengths the
 * file format allows (a description of at most 20,000 characters).
 */
function nearLimitWorkshop(): { text: string; indentedBytes: number } {
  const workshop = JSON.parse(readFileSync(join(REPO_ROOT, 'scenarios/iran-workshop.json'), 'utf8')) as { scenarios: Array<Record<string, unknown>> };
  const originals = workshop.scenarios.slice();
  for (let i = originals.length; i < 12; i++) workshop.scenarios.push({ ...structuredClone(originals[i % originals.length]), id: `copy-${i}` });
  const fa = 'یادداشت گرداننده برای گفت‌وگوی اتاق درباره اعتبار بنگاه‌های کوچک. '.repeat(400).slice(0, 18_000);
  const size = () => Buffer.byteLength(JSON.stringify(workshop));
  for (const s of workshop.scenarios) s.description = { en: '', fa };
  const english = Math.floor((MIB - 4096 - size()) / workshop.scenarios.length);
  expect(english, 'English description length').toBeGreaterThan(0);
  expect(english, 'English description length').toBeLessThanOrEqual(20_000);
  const en = 'Notes for the room on credit to small firms. '.repeat(500).slice(0, english);
  for (const s of workshop.scenarios) s.description = { en, fa };
  return { text: JSON.stringify(workshop), indentedBytes: Buffer.byteLength(JSON.stringify(workshop, null, 2)) };
}

describe('"Save workshop" never downloads a file that would not open', () => {
  const { text, indentedBytes } = nearLimitWorkshop();

  it('the workshop opens as written, and its indented form is over the limit', () => {
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
    expect(indentedBytes).toBeGreaterThan(MAX_FILE_BYTES + 16 * 1024);
  });

  /** Opens the near-limit workshop, clicks Save workshop and returns the status text; fails on any download. */
  async function refusedSave(page: Page): Promise<string> {
    let downloads = 0;
    page.on('download', () => {
      downloads++;
    });
    await openBytes(page, 'near-limit-workshop.json', new Uint8Array(Buffer.from(text)));
    await expect.poll(() => scenarioIds(page), { timeout: 30_000 }).toContain('copy-11');
    // The app's status line (other regions, such as a progress bar's, have the role too).
    const status = page.locator('p.status[role="status"][aria-live="polite"]');
    await page.locator('[data-action="save-workshop"]').click();
    await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 }).not.toBe('');
    // A download would have started within the click's task; give a slow machine time to show one.
    await page.waitForTimeout(1000);
    expect(downloads, 'downloads').toBe(0);
    return (await status.textContent()) ?? '';
  }

  it('in English: refused, naming the size it would have and the size allowed, and what to trim', async () => {
    const { page } = await tests.open({ search: 'lang=en' });
    const said = await refusedSave(page);
    expect(said).toMatch(/^Not saved: the workshop file would be [\d,]+ bytes, and a file opens only up to 1,048,576 bytes \(1 MiB\)\./);
    const size = Number(/would be ([\d,]+) bytes/.exec(said)?.[1].replace(/,/g, ''));
    expect(size).toBeGreaterThan(MAX_FILE_BYTES);
    expect(Math.abs(size - indentedBytes), 'about the indented size').toBeLessThan(16 * 1024);
    expect(said).toContain('descriptions');
    expect(said).toContain('fewer scenarios per file');
  });

  it('in Persian: the same, in Persian digits', async () => {
    const { page } = await tests.open({ search: 'lang=fa' });
    const said = await refusedSave(page);
    expect(said.startsWith('ذخیره نشد:')).toBe(true);
    expect(said).toContain('۱٬۰۴۸٬۵۷۶');
    expect(said).not.toMatch(/[0-9]/);
  });

  it('a workshop within the limit still downloads, and the file opens', async () => {
    const { page } = await tests.open({ search: 'lang=en' });
    const file = await downloadFrom(page, 'save-workshop');
    expect(Buffer.byteLength(file.text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
    expect(loadBytes(new Uint8Array(Buffer.from(file.text))).ok).toBe(true);
  });
});
