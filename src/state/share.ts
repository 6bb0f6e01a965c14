/**
 * Share links, carried in the URL's fragment so that no server ever sees them.
 *
 * A link carries only what the open workshop changes in the workshop the app ships (as the app loads
 * it): the unchanged scenarios by id, an edited one as its base scenario's id and a list of changes, a
 * scenario with no base worth naming whole. That list is deflated (fflate, deflate-raw) behind a header
 * of five bytes (the link format, a checksum of the unpacked text: a cut or altered link is caught even
 * where the deflate data still reads) and written in base64url: `#d=...` (the fragment keys are in
 * share-fragment.ts). The shipped workshop unchanged is a link of about 200 characters; a moved slider
 * adds a few more.
 *
 * Links of the first format (`#w=...`: the whole workshop file, deflate-raw, base64url) still open.
 *
 * Reading a link never trusts it: bad base64, bad deflate data, more than the file size limit once
 * unpacked, a checksum that does not match, changes that do not fit the shipped workshop or that name
 * a scenario it does not have: each is one problem naming what was wrong. What a link builds is only
 * ever a file's text: the caller opens it through the file checks (src/scenario), as any file.
 */
import { deflateSync, Inflate } from 'fflate';
import { FILE_PATH, joinPath, type LoadIssue } from '../scenario';
import { LIMITS } from '../engine';

/** The format of the links this app writes (the first byte of a `#d=` link's data). */
const LINK_FORMAT = 1;
/** Where problems with the link as a whole are reported. */
const LINK_PATH = '(link)';
/** Paths inside a link go no deeper than the loader lets a file nest. */
const MAX_PATH_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A JSON value as JSON.parse gives it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
/** Where a change applies: object keys and array indexes from the root. */
export type ChangePath = (string | number)[];
/** One change: `[path, value]` sets the value there; `[path]` removes the key (or cuts the array there). */
export type Change = [ChangePath] | [ChangePath, Json];
/**
 * One scenario of the shared workshop: a shipped scenario's id (unchanged), `[id, changes]` (that
 * scenario changed), or a whole scenario object.
 */
export type ScenarioEntry = string | [string, Change[]] | JsonObject;
/** What a `#d=` link carries: the shipped workshop's fingerprint, the changes to its own fields, the scenarios. */
export interface ShareDiff {
  /** The fingerprint of the shipped workshop the changes apply to. */
  readonly b: string;
  /** Changes to the workshop's own fields (everything but its scenarios). */
  readonly w: Change[];
  readonly s: ScenarioEntry[];
}

/** A decoded link: the workshop file's text, or what was wrong with the link. */
export type DecodedShare = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issues: readonly LoadIssue[] };

const refuse = (code: LoadIssue['code'], params?: LoadIssue['params'], path = LINK_PATH): DecodedShare => ({ ok: false, issues: [{ path, code, ...(params ? { params } : {}) }] });

// ---- JSON values ------------------------------------------------------------------------------------

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** A value as a file holds it: what JSON keeps (no undefined, no functions). */
export function asJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

/** A 32-bit FNV-1a hash, as 8 hex digits: a fingerprint of a text, not a secret. */
export function fingerprint(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

// ---- changes: made and applied ----------------------------------------------------------------------

const sizeOf = (value: unknown): number => JSON.stringify(value).length;

/**
 * The changes that turn `a` into `b`: objects key by key, arrays index by index (growing at the end,
 * or cut); a container whose changes would be longer than the container is given whole.
 */
export function changesBetween(a: Json, b: Json, path: ChangePath = [], out: Change[] = []): Change[] {
  if (jsonEqual(a, b)) return out;
  const inner: Change[] = [];
  if (Array.isArray(a) && Array.isArray(b)) {
    const common = Math.min(a.length, b.length);
    for (let i = 0; i < common; i++) changesBetween(a[i], b[i], [...path, i], inner);
    for (let i = common; i < b.length; i++) inner.push([[...path, i], b[i]]);
    if (b.length < a.length) inner.push([[...path, b.length]]);
  } else if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(b)) {
      if (Object.hasOwn(a, key)) changesBetween(a[key], b[key], [...path, key], inner);
      else inner.push([[...path, key], b[key]]);
    }
    for (const key of Object.keys(a)) if (!Object.hasOwn(b, key)) inner.push([[...path, key]]);
  } else {
    out.push([path, b]);
    return out;
  }
  // The root is never replaced by a change (a whole scenario is an entry of its own).
  if (path.length > 0 && sizeOf(inner) > sizeOf([path, b])) out.push([path, b]);
  else out.push(...inner);
  return out;
}

/** Why a change could not be applied, or null once it has been. */
function applyChange(root: Json, change: unknown): string | null {
  if (!Array.isArray(change) || (change.length !== 1 && change.length !== 2)) return 'not-a-change';
  const path: unknown = change[0];
  if (!Array.isArray(path) || path.length === 0 || path.length > MAX_PATH_DEPTH) return 'bad-path';
  for (const s of path) {
    if (typeof s === 'string') {
      if (FORBIDDEN_KEYS.has(s)) return 'bad-path';
    } else if (!(typeof s === 'number' && Number.isInteger(s) && s >= 0)) return 'bad-path';
  }
  let parent: Json = root;
  for (const s of path.slice(0, -1) as (string | number)[]) {
    if (typeof s === 'number' && Array.isArray(parent) && s < parent.length) parent = parent[s];
    else if (typeof s === 'string' && isObject(parent) && Object.hasOwn(parent, s)) parent = parent[s];
    else return 'no-such-place';
  }
  const last = path[path.length - 1] as string | number;
  const removes = change.length === 1;
  const value = change[1] as Json;
  if (typeof last === 'number' && Array.isArray(parent)) {
    if (removes) {
      if (last >= parent.length) return 'no-such-place';
      parent.length = last;
    } else {
      if (last > parent.length) return 'no-such-place';
      parent[last] = value;
    }
    return null;
  }
  if (typeof last === 'string' && isObject(parent)) {
    if (removes) {
      if (!Object.hasOwn(parent, last)) return 'no-such-place';
      delete parent[last];
    } else {
      parent[last] = value;
    }
    return null;
  }
  return 'no-such-place';
}

/** Applies changes to a copy of `base`; the copy, or the first change that does not fit and its path. */
function applyChanges(base: Json, changes: unknown): { ok: true; value: Json } | { ok: false; at: string } {
  if (!Array.isArray(changes)) return { ok: false, at: FILE_PATH };
  const value = structuredClone(base);
  for (const change of changes) {
    const problem = applyChange(value, change);
    if (problem !== null) {
      const path = Array.isArray(change) && Array.isArray(change[0]) ? (change[0] as unknown[]) : [];
      const printable = path.every((s) => typeof s === 'string' || typeof s === 'number') ? joinPath(path as PropertyKey[]) : FILE_PATH;
      return { ok: false, at: printable };
    }
  }
  return { ok: true, value };
}

// ---- the diff of a workshop ---------------------------------------------------------------------------

function splitWorkshop(workshop: Json): { fields: JsonObject; scenarios: JsonObject[] } {
  if (!isObject(workshop)) return { fields: {}, scenarios: [] };
  const { scenarios, ...fields } = workshop;
  return { fields, scenarios: Array.isArray(scenarios) ? scenarios.filter(isObject) : [] };
}

/**
 * What a workshop changes in the shipped one: each scenario as the shipped scenario it came from (the
 * one of the same id first, else the one it differs least from) and its changes, or whole.
 */
export function workshopDiff(shipped: Json, workshop: Json): ShareDiff {
  const base = splitWorkshop(shipped);
  // A link names a shipped scenario by its id, which reads as the first of that id.
  const named = base.scenarios.filter((s, i) => typeof s.id === 'string' && base.scenarios.findIndex((t) => t.id === s.id) === i);
  const open = splitWorkshop(asJson(workshop));
  const entries = open.scenarios.map((scenario): ScenarioEntry => {
    const sameId = named.find((s) => s.id === scenario.id);
    if (sameId && jsonEqual(sameId, scenario) && typeof scenario.id === 'string') return scenario.id;
    let best: ScenarioEntry = scenario;
    let bestSize = sizeOf(scenario);
    // The scenario of the same id first: an equal size keeps it (a copy is told by its id, too).
    for (const candidate of sameId ? [sameId, ...named.filter((s) => s !== sameId)] : named) {
      const entry: ScenarioEntry = [candidate.id as string, changesBetween(candidate, scenario)];
      const size = sizeOf(entry);
      if (size < bestSize) {
        best = entry;
        bestSize = size;
      }
    }
    return best;
  });
  return { b: fingerprint(JSON.stringify(shipped)), w: changesBetween(base.fields, open.fields), s: entries };
}

/** Builds the workshop a diff describes, or says what in it does not fit the shipped workshop. */
export function applyWorkshopDiff(shipped: Json, diff: unknown): { ok: true; workshop: JsonObject } | { ok: false; issues: LoadIssue[] } {
  const fail = (code: LoadIssue['code'], params?: LoadIssue['params'], path = LINK_PATH) => ({ ok: false as const, issues: [{ path, code, ...(params ? { params } : {}) }] });
  if (!isObject(diff) || typeof diff.b !== 'string' || !Array.isArray(diff.w) || !Array.isArray(diff.s)) return fail('link-not-ours');
  if (diff.b !== fingerprint(JSON.stringify(shipped))) return fail('link-other-base');
  const entries = diff.s;
  // Checked before any scenario is built: a short link naming one scenario a million times is refused.
  if (entries.length < 1 || entries.length > LIMITS.maxScenarios) {
    return fail('array-size', { count: entries.length, min: 1, max: LIMITS.maxScenarios }, 'scenarios');
  }
  const base = splitWorkshop(shipped);
  const fields = applyChanges(base.fields, diff.w);
  if (!fields.ok) return fail('link-bad-change', { value: fields.at });
  if (!isObject(fields.value) || Object.hasOwn(fields.value, 'scenarios')) return fail('link-bad-change', { value: 'scenarios' });
  const scenarios: Json[] = [];
  for (const [i, entry] of entries.entries()) {
    const at = `scenarios[${i}]`;
    if (isObject(entry)) {
      scenarios.push(entry);
      continue;
    }
    const [id, changes] = typeof entry === 'string' ? [entry, []] : Array.isArray(entry) && entry.length === 2 ? entry : [null, null];
    if (typeof id !== 'string') return fail('link-not-ours', undefined, at);
    const from = base.scenarios.find((s) => s.id === id);
    if (!from) return fail('link-unknown-scenario', { value: id }, at);
    const built = applyChanges(from, changes);
    if (!built.ok) return fail('link-bad-change', { value: built.at }, at);
    scenarios.push(built.value);
  }
  return { ok: true, workshop: { ...fields.value, scenarios } };
}

// ---- bytes -------------------------------------------------------------------------------------------

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Base64url to bytes; null for a character base64url does not have or a length no encoder writes. */
function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

class TooLarge extends Error {}

/**
 * Inflates deflate-raw data, stopping as soon as the output passes `maxBytes`: the input goes in
 * slices of 1 KiB, so that even data of the highest ratio (about 1:1000) unpacks at most about 1 MiB
 * past the limit before it is refused.
 */
export function inflateCapped(data: Uint8Array, maxBytes: number): Uint8Array | 'too-large' | 'corrupt' {
  if (data.length === 0) return 'corrupt';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  });
  const slice = 1024;
  try {
    for (let at = 0; at < data.length; at += slice) inflater.push(data.subarray(at, at + slice), at + slice >= data.length);
  } catch (error) {
    return error instanceof TooLarge ? 'too-large' : 'corrupt';
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// ---- links -------------------------------------------------------------------------------------------

/** Packs a diff's text as a `#d=` value: the link format, the text's checksum, the text deflated. */
export function packShareText(text: string): string {
  const raw = new TextEncoder().encode(text);
  const packed = deflateSync(raw, { level: 9, mem: 8 });
  const check = parseInt(fingerprint(raw), 16);
  const header = [LINK_FORMAT, check >>> 24, (check >>> 16) & 0xff, (check >>> 8) & 0xff, check & 0xff];
  const bytes = new Uint8Array(header.length + packed.length);
  bytes.set(header);
  bytes.set(packed, header.length);
  return toBase64Url(bytes);
}

/** The fragment value of a link to `workshop`, which differs from `shipped` (both as the app holds them). */
export function encodeShareLink(workshop: unknown, shipped: Json): string {
  return packShareText(JSON.stringify(workshopDiff(shipped, asJson(workshop))));
}

/**
 * Decodes a `#d=` value against the shipped workshop to a workshop file's text (not yet checked as a
 * file: the caller opens it through the loader), or the problem with the link.
 */
export function decodeShareLink(value: string, shipped: Json, maxBytes: number): DecodedShare {
  const bytes = fromBase64Url(value);
  if (bytes === null) return refuse('link-not-base64');
  if (bytes.length < 6) return refuse('link-cut');
  if (bytes[0] !== LINK_FORMAT) return bytes[0] > LINK_FORMAT ? refuse('link-newer', { value: bytes[0], max: LINK_FORMAT }) : refuse('link-cut');
  const raw = inflateCapped(bytes.subarray(5), maxBytes);
  if (raw === 'too-large') return refuse('link-too-large', { max: maxBytes });
  if (raw === 'corrupt') return refuse('link-cut');
  const check = ((bytes[1] << 24) | (bytes[2] << 16) | (bytes[3] << 8) | bytes[4]) >>> 0;
  if (check !== parseInt(fingerprint(raw), 16)) return refuse('link-cut');
  const text = utf8(raw);
  let diff: unknown;
  try {
    diff = text === null ? undefined : JSON.parse(text);
  } catch {
    diff = undefined;
  }
  if (diff === undefined) return refuse('link-not-ours');
  const built = applyWorkshopDiff(shipped, diff);
  if (!built.ok) return { ok: false, issues: built.issues };
  return { ok: true, text: JSON.stringify(built.workshop) };
}

/**
 * The first format's value (the whole workshop file): written only when the shipped workshop cannot be
 * had to diff against (the app offline before it ever loaded it).
 */
export function encodeLegacyShareLink(text: string): string {
  return toBase64Url(deflateSync(new TextEncoder().encode(text), { level: 9, mem: 8 }));
}

/** Decodes a first-format (`#w=`) value: the whole workshop file, deflate-raw, base64url. */
export function decodeLegacyShareLink(value: string, maxBytes: number): DecodedShare {
  const bytes = fromBase64Url(value);
  if (bytes === null) return refuse('link-not-base64');
  const raw = inflateCapped(bytes, maxBytes);
  if (raw === 'too-large') return refuse('link-too-large', { max: maxBytes });
  if (raw === 'corrupt') return refuse('link-cut');
  const text = utf8(raw);
  return text === null ? refuse('link-cut') : { ok: true, text };
}
