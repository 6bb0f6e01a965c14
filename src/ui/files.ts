/**
 * Files in the browser: download a text as a file, read a dropped or picked file (refusing a huge one
 * before reading it, and any that is not UTF-8 text), name a file after its title.
 */
import { MAX_FILE_BYTES, decodeFileBytes, tooLargeIssue, type LoadIssue } from '../scenario';

/** Offers a text for download under a file name. */
export function downloadText(fileName: string, text: string, mime = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/** Offers a blob for download under a file name. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Makes a file name from a title: letters (any script) and digits joined by '-', never empty. */
export function fileNameFor(title: string, extension: string): string {
  const stem = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'scenario'}.${extension}`;
}

/** The outcome of reading a file the user gave: its text, the problem with it as a whole, or nothing readable. */
export type ReadOutcome =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly issues: readonly LoadIssue[] }
  | { readonly ok: false; readonly unreadable: true };

/**
 * Reads a file's bytes and decodes them as the command line does (decodeFileBytes: size, then UTF-8);
 * a file over the size limit is refused without reading it.
 */
export async function readUserFile(file: File): Promise<ReadOutcome> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, issues: [tooLargeIssue(file.size)] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, unreadable: true };
  }
  const decoded = decodeFileBytes(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, issues: decoded.issues };
}
