/**
 * Reads the command line's file with bounds: only a regular file, and never more than a limit plus one
 * byte, whatever the file claims or does while it is read (a FIFO waits for a writer, /dev/zero never
 * ends, a log grows).
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** What reading a file gave: its bytes, its size if over the limit, or why it cannot be read. */
export type FileRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly tooLarge: number }
  | { readonly ok: false; readonly reason: string };

/** Why a path that exists is not a file to read, or null for a regular file. */
function notRegular(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'it is a folder';
  if (stats.isFIFO()) return 'it is a named pipe, not a regular file';
  if (stats.isSocket()) return 'it is a socket, not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'it is a device, not a regular file';
  return 'it is not a regular file';
}

/** Words for a system error's code. */
function reasonOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENXIO':
      return 'it is a socket, not a regular file';
    default:
      return 'it cannot be read';
  }
}

// Opening never waits (a FIFO swapped in after the first look) and never takes a terminal as the
// process's own; both flags are absent on Windows, where neither can happen.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Reads a regular file of at most `limit` bytes. A larger one is reported with its size, read from the
 * file system, or, for a file that grew while it was read, at least `limit + 1`; never more than
 * `limit + 1` bytes are read.
 */
export function readRegularFile(path: string, limit: number): FileRead {
  try {
    // A first look before opening: a device or a FIFO is never opened at all.
    const before = statSync(path);
    const first = notRegular(before);
    if (first !== null) return { ok: false, reason: first };
    if (before.size > limit) return { ok: false, tooLarge: before.size };
    const fd = openSync(path, OPEN_FLAGS);
    try {
      // The file opened is the one judged, even if the path was changed in between.
      const opened = fstatSync(fd);
      const second = notRegular(opened);
      if (second !== null) return { ok: false, reason: second };
      if (opened.size > limit) return { ok: false, tooLarge: opened.size };
      const buffer = Buffer.alloc(limit + 1);
      let length = 0;
      while (length < buffer.length) {
        const n = readSync(fd, buffer, length, buffer.length - length, null);
        if (n === 0) break;
        length += n;
      }
      if (length > limit) return { ok: false, tooLarge: Math.max(fstatSync(fd).size, length) };
      return { ok: true, bytes: buffer.subarray(0, length) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}
