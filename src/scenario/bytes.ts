/**
 * A file's bytes to its text, the same way for the command line and the browser (MODEL.md 7: UTF-8,
 * at most 1 MiB, a byte-order mark accepted): the size first, then the encoding, then `loadText`.
 * A file in another encoding is refused as a whole (`(file)`), never read as mangled text.
 */
import { FILE_PATH, type LoadIssue } from './issues';
import { MAX_FILE_BYTES, loadText, type LoadResult } from './load';

/** The outcome of decoding a file: its text, or the one problem with the file as a whole. */
export type DecodedBytes = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issues: readonly LoadIssue[] };

/** Describes a file over the size limit, with its exact byte count. */
export function tooLargeIssue(size: number): LoadIssue {
  return { path: FILE_PATH, code: 'too-large', params: { size, max: MAX_FILE_BYTES } };
}

/** Loads a file's bytes (scenario or workshop): size, encoding, then every check of `loadText`. */
export function loadBytes(bytes: Uint8Array): LoadResult {
  const decoded = decodeFileBytes(bytes);
  return decoded.ok ? loadText(decoded.text) : { ok: false, issues: decoded.issues };
}

/**
 * Decodes a file's bytes as UTF-8 text (without its byte-order mark), or says why it cannot be: too
 * large, UTF-16 (by its byte-order mark or its NUL bytes), or a byte that is not UTF-8.
 */
export function decodeFileBytes(bytes: Uint8Array): DecodedBytes {
  if (bytes.length > MAX_FILE_BYTES) return refuse(tooLargeIssue(bytes.length));
  if (looksLikeUtf16(bytes)) return refuse({ path: FILE_PATH, code: 'not-utf8-utf16', params: { wanted: 'UTF-8', found: 'UTF-16' } });
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) return refuse({ path: FILE_PATH, code: 'not-utf8', params: { wanted: 'UTF-8', byte: bad + 1, line: lineAt(bytes, bad) } });
  // Valid UTF-8 decodes without replacement characters; the decoder drops a leading byte-order mark.
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

const refuse = (issue: LoadIssue): DecodedBytes => ({ ok: false, issues: [issue] });

/** How many leading bytes are looked at for UTF-16's pattern of NUL bytes. */
const SAMPLE_BYTES = 4096;

/**
 * Tells whether bytes look like UTF-16: a byte-order mark (FF FE or FE FF), or NUL bytes nearly all at
 * odd positions (little-endian: every ASCII character is followed by 00) or nearly all at even ones
 * (big-endian), at least one character in eight being ASCII (a file's keys and punctuation are). JSON in
 * UTF-8 never holds a NUL byte, so the pattern cannot mislead on a loadable file; "nearly" leaves room
 * for characters such as U+0600, whose other byte is 00.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  let even = 0;
  let odd = 0;
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const dominant = Math.max(even, odd);
  return dominant > 0 && dominant >= 9 * Math.min(even, odd) && dominant * 8 >= end / 2;
}

/** The 1-based line of a byte offset (lines end with LF). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Finds the first byte that does not begin a well-formed UTF-8 sequence (WHATWG's decoder: no overlong
 * forms, no surrogates, nothing above U+10FFFF, no sequence cut short), or -1 if there is none.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The continuation bytes a lead byte needs, and the range its first continuation byte may take.
    let needed: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    if (i + needed >= n) return i;
    const first = bytes[i + 1];
    if (first < low || first > high) return i;
    for (let k = 2; k <= needed; k++) {
      const next = bytes[i + k];
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += needed + 1;
  }
  return -1;
}
