/**
 * The workshop the app ships (scenarios/iran-workshop.json, the default at start-up) goes through the
 * file checks, as any file does; nothing unchecked is shown or saved.
 *
 * Where they run: the build runs them on the file's bytes (vite.config.ts, `shippedWorkshop`), fails on
 * any problem, on a migration or on a result that differs from the file's JSON, and hands the app the
 * bytes' SHA-256. At start-up, bytes with that digest are the ones the checks passed, and their JSON is
 * the checks' result: it is used as it is. Run again in the page, the checks took longer than the rest
 * of the first render (a cold schema over 460 kB: 100 to 300 ms on a slow machine), for a file that
 * cannot have changed. Any other bytes (a copy edited or damaged after the build), or a page without Web
 * Crypto (served over plain http to another machine), go through every check in the page, byte to
 * result, as an opened file does.
 */
import { loadFormulaParser } from '../engine';
import { loadTextAsync, type LoadResult } from './load';
import { decodeFileBytes } from './bytes';
import type { Workshop } from './schema';

/** The shipped workshop's bytes as the build checked them: where the page fetches them, their SHA-256 (hex), whether they hold a formula. */
export interface CheckedFile {
  readonly url: string;
  readonly sha256: string;
  readonly holdsFormula: boolean;
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Reads the shipped workshop's bytes: the build's result if they are the bytes it checked (whose
 * encoding it checked too), else every check from the bytes on. A file holding a formula is opened once
 * the formula parser is loaded.
 */
export async function readShippedWorkshop(bytes: Uint8Array<ArrayBuffer>, checked: Omit<CheckedFile, 'url'>): Promise<LoadResult> {
  if ((await sha256Hex(bytes)) === checked.sha256) {
    const workshop = JSON.parse(new TextDecoder().decode(bytes)) as Workshop;
    if (checked.holdsFormula) await loadFormulaParser();
    return { ok: true, file: { kind: 'workshop', workshop }, migrated: [] };
  }
  const decoded = decodeFileBytes(bytes);
  return decoded.ok ? loadTextAsync(decoded.text) : { ok: false, issues: decoded.issues };
}
