/**
 * Reads and writes values inside a scenario by the JSON paths the file format uses
 * (`policy.reallocation`, `assumptions.pd.micro`, `economy.classes[0].credit`), without mutating it.
 */
import { splitPath } from '../scenario';

type Json = unknown;

/** Reads the value at a path, or undefined where the path does not exist. */
export function getAtPath(root: Json, path: string): Json {
  const segments = splitPath(path);
  if (!segments) return undefined;
  let current: Json = root;
  for (const s of segments) {
    if (typeof current !== 'object' || current === null) return undefined;
    const key = String(s);
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, Json>)[key];
  }
  return current;
}

/** Returns a copy of root with the value at path replaced (objects created where missing). */
export function setAtPath<T>(root: T, path: string, value: Json): T {
  const segments = splitPath(path);
  if (!segments) throw new Error(`not a path: ${path}`);
  const write = (node: Json, i: number): Json => {
    if (i === segments.length) return value;
    const s = segments[i];
    if (typeof s === 'number') {
      const list = Array.isArray(node) ? [...node] : [];
      list[s] = write(list[s], i + 1);
      return list;
    }
    const key = String(s);
    const object: Record<string, Json> = typeof node === 'object' && node !== null && !Array.isArray(node) ? { ...(node as Record<string, Json>) } : {};
    object[key] = write(Object.hasOwn(object, key) ? object[key] : undefined, i + 1);
    return object;
  };
  return write(root, 0) as T;
}

/** Returns a copy of root without the value at path (an optional field back to its default). */
export function removeAtPath<T>(root: T, path: string): T {
  const segments = splitPath(path);
  if (!segments || segments.length === 0) return root;
  const parentPath = segments.slice(0, -1);
  const last = String(segments[segments.length - 1]);
  const parent = parentPath.length === 0 ? root : getAtPathSegments(root, parentPath);
  if (typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, last)) return root;
  const copy = { ...(parent as Record<string, Json>) };
  delete copy[last];
  if (parentPath.length === 0) return copy as T;
  return setAtPath(root, joinSegments(parentPath), copy);
}

function getAtPathSegments(root: Json, segments: readonly PropertyKey[]): Json {
  let current: Json = root;
  for (const s of segments) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, Json>)[String(s)];
  }
  return current;
}

function joinSegments(segments: readonly PropertyKey[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`)).join('');
}

/**
 * Returns the scenario without the provenance entries, at or under `path`, that name no field any more:
 * a row of yearly values replaced by a number or a formula leaves `path[i]` notes behind, and a file
 * holding them would not reopen (the loader refuses provenance that names nothing).
 */
export function withoutStaleProvenance<T extends { readonly provenance?: Readonly<Record<string, unknown>> }>(scenario: T, path: string): T {
  const provenance = scenario.provenance;
  if (!provenance) return scenario;
  const isStale = (key: string) => (key === path || key.startsWith(`${path}[`) || key.startsWith(`${path}.`)) && getAtPath(scenario as Json, key) === undefined;
  const keys = Object.keys(provenance);
  if (!keys.some(isStale)) return scenario;
  return { ...scenario, provenance: Object.fromEntries(keys.filter((key) => !isStale(key)).map((key) => [key, provenance[key]])) };
}
