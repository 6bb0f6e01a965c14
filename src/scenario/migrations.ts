/**
 * Step-by-step migrations of older file versions to the current one (STYLE.md, after tldraw).
 * Version 1 is the first: no step exists yet. A future version 2 adds `steps[1]`, which turns a
 * version-1 object into a version-2 object, with a fixture file and a test of its own.
 */
import { CURRENT_VERSION } from './schema';

type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/** `steps[v]` migrates a file of version v to version v + 1. */
const steps: Record<number, Migration> = {};

/** Brings a file (already known to have a version from 1 to the current one) up to the current version. */
export function migrate(file: Record<string, unknown>): Record<string, unknown> {
  let current = file;
  let version = typeof file.version === 'number' ? file.version : CURRENT_VERSION;
  while (version < CURRENT_VERSION) {
    const step = steps[version];
    if (!step) throw new Error(`no migration from version ${version}`);
    current = step(current);
    version += 1;
  }
  return current;
}
