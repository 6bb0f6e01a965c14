/**
 * The build's check of the shipped workshop (vite.config.ts, `virtual:shipped-workshop`; why in
 * src/scenario/shipped.ts): the file checks on its bytes, as on any opened file.
 */
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { loadFormulaParserFor } from '../src/engine';
import { formatIssue, loadBytes } from '../src/scenario';

export { holdsFormula } from '../src/engine';

/** The workshop the app opens when there is no saved session. */
export const SHIPPED_WORKSHOP = fileURLToPath(new URL('../scenarios/iran-workshop.json', import.meta.url));

/**
 * Runs the file checks on the shipped workshop's bytes, as on any opened file, and returns every reason
 * the page could not take their JSON as the checks' result (none: it can). See src/scenario/shipped.ts.
 */
export async function shippedWorkshopProblems(bytes: Uint8Array): Promise<string[]> {
  // mathjs takes a second to import here: only for a workshop that holds a formula.
  await loadFormulaParserFor(jsonOrNull(bytes));
  const loaded = loadBytes(bytes);
  if (!loaded.ok) return loaded.issues.map(formatIssue);
  if (loaded.file.kind !== 'workshop') return ['(file): a scenario file, not a workshop'];
  if (loaded.migrated.length > 0) return [`(file): written for an older version (${loaded.migrated.map((m) => m.path).join(', ')}); save it again as version ${loaded.file.workshop.version}`];
  const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (!isDeepStrictEqual(loaded.file.workshop, json)) return ['(file): the checks read it otherwise than its JSON (a default filled in, a field dropped): write it as they read it'];
  return [];
}

function jsonOrNull(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}
