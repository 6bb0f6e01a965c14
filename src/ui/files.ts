/**
 * Files in the browser: download a text as a file, read a dropped or picked file (refusing a huge one
 * before reading it), name a file after its title.
 */
import { MAX_FILE_BYTES } from '../scenario';

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

/** The outcome of reading a file the user gave. */
export type ReadOutcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly size?: number };

/** Reads a file as text; a file over the size limit is refused without reading it. */
export async function readUserFile(file: File): Promise<ReadOutcome> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, size: file.size };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false };
  }
}
