import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../engine';
import { loadText, MAX_FILE_BYTES } from '../scenario';
import {
  applyWorkshopDiff,
  asJson,
  changesBetween,
  decodeLegacyShareLink,
  decodeShareLink,
  encodeLegacyShareLink,
  encodeShareLink,
  fingerprint,
  inflateCapped,
  packShareText,
  workshopDiff,
  type DecodedShare,
  type Json,
} from './share';
import { shareValueFrom } from './share-fragment';

/** The shipped workshop as the app loads it: the file's JSON, parsed. */
const shippedText = readFileSync(join(import.meta.dirname, '../../scenarios/iran-workshop.json'), 'utf8');
const shipped = JSON.parse(shippedText) as Json;
type W = { title: { en?: string; fa?: string }; reference?: string; scenarios: Array<Record<string, unknown> & { id: string; title: { en?: string; fa?: string } }> };
const fresh = (): W => structuredClone(shipped) as unknown as W;
const BASE = fingerprint(JSON.stringify(shipped));

const roundTrip = (workshop: unknown): DecodedShare => decodeShareLink(encodeShareLink(workshop, shipped), shipped, MAX_FILE_BYTES);
const codeOf = (decoded: DecodedShare) => (decoded.ok ? null : decoded.issues[0]);

/** Every numeric leaf of a value, by path (where a slider or a number box could write). */
function numberPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === 'number') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => numberPaths(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) numberPaths(v, [...path, k], out);
  return out;
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let at = root as Record<string | number, unknown>;
  for (const s of path.slice(0, -1)) at = at[s] as Record<string | number, unknown>;
  at[path[path.length - 1]] = value;
}

const scenarioPaths = numberPaths((shipped as unknown as W).scenarios[1]);

/** One edit a user can make in the app. */
type Edit =
  | { kind: 'set'; scenario: number; path: number; value: number }
  | { kind: 'duplicate'; scenario: number }
  | { kind: 'delete'; scenario: number }
  | { kind: 'move'; scenario: number }
  | { kind: 'title'; text: string }
  | { kind: 'rename'; scenario: number; text: string }
  | { kind: 'reference'; scenario: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), scenario: fc.nat(11), path: fc.nat(scenarioPaths.length - 1), value: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }),
  fc.record({ kind: fc.constant('duplicate' as const), scenario: fc.nat(11) }),
  fc.record({ kind: fc.constant('delete' as const), scenario: fc.nat(11) }),
  fc.record({ kind: fc.constant('move' as const), scenario: fc.nat(11) }),
  fc.record({ kind: fc.constant('title' as const), text: fc.string({ minLength: 1, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('rename' as const), scenario: fc.nat(11), text: fc.string({ minLength: 1, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('reference' as const), scenario: fc.nat(11) }),
);

function applyEdit(w: W, e: Edit): void {
  const n = w.scenarios.length;
  const i = 'scenario' in e ? e.scenario % n : 0;
  switch (e.kind) {
    case 'set': {
      const path = scenarioPaths[e.path];
      try {
        setAt(w.scenarios[i], path, e.value);
      } catch {
        // This scenario has no such place (another economy): nothing to set.
      }
      return;
    }
    case 'duplicate':
      if (n < LIMITS.maxScenarios) w.scenarios.splice(i + 1, 0, { ...structuredClone(w.scenarios[i]), id: `${w.scenarios[i].id}-copy`, title: { en: `${w.scenarios[i].title.en} (copy)` } });
      return;
    case 'delete':
      if (n > 1) {
        const [gone] = w.scenarios.splice(i, 1);
        if (w.reference === gone.id) delete w.reference;
      }
      return;
    case 'move':
      if (i + 1 < n) [w.scenarios[i], w.scenarios[i + 1]] = [w.scenarios[i + 1], w.scenarios[i]];
      return;
    case 'title':
      w.title = { ...w.title, en: e.text };
      return;
    case 'rename':
      w.scenarios[i].title = { ...w.scenarios[i].title, fa: e.text };
      return;
    case 'reference':
      w.reference = w.scenarios[i].id;
  }
}

describe('share links: short', () => {
  it('the shipped workshop unchanged is a link of a few hundred characters that opens as the same workshop', () => {
    const value = encodeShareLink(shipped, shipped);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(value.length).toBeLessThan(400);
    const decoded = decodeShareLink(value, shipped, MAX_FILE_BYTES);
    expect(decoded.ok && JSON.parse(decoded.text)).toEqual(shipped);
    // What a link builds is a file's text, which the loader accepts as it accepts the shipped file.
    expect(decoded.ok && loadText(decoded.text).ok).toBe(true);
  });

  it('one slider moved, or one scenario duplicated, stays short', () => {
    const moved = fresh();
    setAt(moved.scenarios[1], ['policy', 'reallocation'], 0.15);
    const one = encodeShareLink(moved, shipped);
    expect(one.length).toBeLessThan(400);
    expect(codeOf(decodeShareLink(one, shipped, MAX_FILE_BYTES))).toBeNull();

    const copied = fresh();
    const source = copied.scenarios[1];
    copied.scenarios.splice(2, 0, { ...structuredClone(source), id: `${source.id}-copy`, title: { en: `${source.title.en} (copy)`, fa: `${source.title.fa} (رونوشت)` } });
    const two = encodeShareLink(copied, shipped);
    expect(two.length).toBeLessThan(800);
    // The copy is told as its source and two changes (id and title), not whole.
    const diff = workshopDiff(shipped, copied as unknown as Json);
    expect(diff.s[2]).toEqual([source.id, [[['id'], `${source.id}-copy`], [['title'], copied.scenarios[2].title]]]);
    const decoded = decodeShareLink(two, shipped, MAX_FILE_BYTES);
    expect(decoded.ok && JSON.parse(decoded.text)).toEqual(asJson(copied));
  });

  it('a workshop unlike the shipped one still round-trips (its scenarios whole)', () => {
    const other = fresh();
    other.scenarios = [{ id: 'tiny', title: { en: 'Tiny' }, horizon: 3 }];
    const decoded = roundTrip(other);
    expect(decoded.ok && JSON.parse(decoded.text)).toEqual(other);
    expect(workshopDiff(shipped, other as unknown as Json).s[0]).toEqual(other.scenarios[0]);
  });

  it('round-trips any run of the edits a user can make (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const w = fresh();
        for (const e of edits) applyEdit(w, e);
        const decoded = roundTrip(w);
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect(JSON.parse(decoded.text)).toEqual(asJson(w));
      }),
      { numRuns: 40 },
    );
  });

  it('changes turn any JSON object into any other (fast-check)', () => {
    const safeKey = fc.string({ maxLength: 6 }).filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
    const value = fc.letrec((tie) => ({
      json: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 5 }), fc.array(tie('json'), { maxLength: 4 }), fc.dictionary(safeKey, tie('json'), { maxKeys: 4 })),
    })).json;
    const scenario = fc.record({ id: fc.constantFrom('a', 'b', 'c'), body: value, more: fc.dictionary(safeKey, value, { maxKeys: 3 }) });
    const workshop = fc.record({ format: fc.constant('sme-credit-workshop'), title: fc.dictionary(safeKey, fc.string(), { maxKeys: 2 }), scenarios: fc.array(scenario, { minLength: 1, maxLength: 4 }) });
    fc.assert(
      fc.property(workshop, workshop, (a, b) => {
        const base = asJson(a);
        const built = applyWorkshopDiff(base, asJson(workshopDiff(base, asJson(b))));
        expect(built.ok && built.workshop).toEqual(asJson(b));
      }),
      { numRuns: 300 },
    );
    // And the changes between two values, applied, give the second (arrays grown and cut included).
    expect(changesBetween({ a: [1, 2, 3], b: { c: 1 } }, { a: [1], b: { d: 2 } })).toEqual([[['a', 1]], [['b'], { d: 2 }]]);
  });

  it('a link of the first format (the whole file, #w=) still opens', () => {
    const text = `${JSON.stringify(shipped)}\n`;
    const old = deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url');
    const decoded = decodeLegacyShareLink(old, MAX_FILE_BYTES);
    expect(decoded.ok && decoded.text).toBe(text);
    expect(decodeLegacyShareLink(encodeLegacyShareLink(text), MAX_FILE_BYTES)).toEqual({ ok: true, text });
    expect(shareValueFrom(`#w=${old}`)).toEqual({ format: 'whole', value: old });
    expect(shareValueFrom('#d=abc')).toEqual({ format: 'diff', value: 'abc' });
    expect(shareValueFrom('#x=1')).toBeNull();
  });
});

describe('share links: refused, each with what was wrong', () => {
  const link = encodeShareLink(shipped, shipped);
  const decode = (value: string) => decodeShareLink(value, shipped, MAX_FILE_BYTES);
  const diffLink = (diff: unknown) => packShareText(JSON.stringify(diff));
  const ids = (shipped as unknown as W).scenarios.map((s) => s.id);

  it('every cut of a link is refused', () => {
    for (let end = 0; end < link.length; end++) {
      const issue = codeOf(decode(link.slice(0, end)));
      expect(issue, `cut at ${end}`).not.toBeNull();
      expect(['link-cut', 'link-not-base64'], `cut at ${end}`).toContain(issue?.code);
      expect(issue?.path).toBe('(link)');
    }
  });

  it('an altered character is refused, or changes nothing the link carries', () => {
    const alphabet = 'AQgw_-9z';
    for (let at = 0; at < link.length; at++) {
      const swapped = alphabet[(alphabet.indexOf(link[at]) + 1) % alphabet.length] ?? 'A';
      const altered = link.slice(0, at) + swapped + link.slice(at + 1);
      if (altered === link) continue;
      const decoded = decode(altered);
      // The last character's spare bits carry nothing: such a change reads as the same link.
      if (decoded.ok) expect(JSON.parse(decoded.text), `altered at ${at}`).toEqual(shipped);
    }
  });

  it('bad base64 and bad deflate data', () => {
    expect(codeOf(decode('not a link!'))?.code).toBe('link-not-base64');
    expect(codeOf(decode('abcde'))?.code).toBe('link-not-base64');
    expect(codeOf(decode(''))?.code).toBe('link-cut');
    // A good header before data that is no deflate stream.
    const garbage = Buffer.from([1, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).toString('base64url');
    expect(codeOf(decode(garbage))?.code).toBe('link-cut');
    expect(codeOf(decodeLegacyShareLink('garbage', MAX_FILE_BYTES))?.code).toBe('link-cut');
  });

  it('a zip bomb: unpacked past the file size limit, refused while it unpacks', () => {
    const bomb = packShareText(' '.repeat(20 * MAX_FILE_BYTES));
    expect(bomb.length).toBeLessThan(40_000);
    expect(codeOf(decode(bomb))).toEqual({ path: '(link)', code: 'link-too-large', params: { max: MAX_FILE_BYTES } });
    const oldBomb = deflateRawSync(Buffer.alloc(20 * MAX_FILE_BYTES, 32)).toString('base64url');
    expect(codeOf(decodeLegacyShareLink(oldBomb, MAX_FILE_BYTES))?.code).toBe('link-too-large');
    // Exactly at the limit is allowed.
    expect(inflateCapped(deflateRawSync(Buffer.alloc(MAX_FILE_BYTES, 32)), MAX_FILE_BYTES)).toHaveLength(MAX_FILE_BYTES);
  });

  it('a newer link format, and data that is no diff', () => {
    const newer = Buffer.from(Buffer.from(link, 'base64url').map((b, i) => (i === 0 ? 9 : b))).toString('base64url');
    expect(codeOf(decode(newer))).toEqual({ path: '(link)', code: 'link-newer', params: { value: 9, max: 1 } });
    expect(codeOf(decode(packShareText('not json')))?.code).toBe('link-not-ours');
    expect(codeOf(decode(diffLink([1, 2, 3])))?.code).toBe('link-not-ours');
    expect(codeOf(decode(diffLink({ b: BASE, w: [], s: [42] })))).toEqual({ path: 'scenarios[0]', code: 'link-not-ours' });
  });

  it('a diff made against another shipped workshop', () => {
    expect(codeOf(decode(diffLink({ b: '00000000', w: [], s: ids }))))?.toEqual({ path: '(link)', code: 'link-other-base' });
  });

  it('a diff naming a scenario the shipped workshop does not have', () => {
    expect(codeOf(decode(diffLink({ b: BASE, w: [], s: [ids[0], 'no-such-scenario'] })))).toEqual({ path: 'scenarios[1]', code: 'link-unknown-scenario', params: { value: 'no-such-scenario' } });
    expect(codeOf(decode(diffLink({ b: BASE, w: [], s: [['no-such-scenario', []]] })))?.code).toBe('link-unknown-scenario');
  });

  it('more scenarios than a workshop may hold, refused before any is built', () => {
    const many = diffLink({ b: BASE, w: [], s: Array.from({ length: 40_000 }, () => ids[0]) });
    expect(many.length).toBeLessThan(10_000);
    expect(codeOf(decode(many))).toEqual({ path: 'scenarios', code: 'array-size', params: { count: 40_000, min: 1, max: LIMITS.maxScenarios } });
  });

  it('changes that do not fit: no such place, prototype keys, the scenarios list from the workshop fields', () => {
    const change = (changes: unknown) => codeOf(decode(diffLink({ b: BASE, w: [], s: [[ids[0], changes]] })));
    expect(change([[['no', 'such', 'place'], 1]])).toEqual({ path: 'scenarios[0]', code: 'link-bad-change', params: { value: 'no.such.place' } });
    expect(change([[['__proto__', 'polluted'], 1]])?.code).toBe('link-bad-change');
    expect(change([[['economy', 'classes', 99], {}]])?.code).toBe('link-bad-change');
    expect(change([[[], {}]])?.code).toBe('link-bad-change');
    expect(change([['not a change']])?.code).toBe('link-bad-change');
    expect(change('not a list')?.code).toBe('link-bad-change');
    expect(codeOf(decode(diffLink({ b: BASE, w: [[['scenarios'], []]], s: ids })))?.code).toBe('link-bad-change');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('what a diff builds goes through the file checks: a value out of range, a prototype key inside a value', () => {
    const outOfRange = decode(diffLink({ b: BASE, w: [], s: [[ids[1], [[['policy', 'reallocation'], 5]]]] }));
    expect(outOfRange.ok).toBe(true);
    const loaded = outOfRange.ok ? loadText(outOfRange.text) : null;
    expect(loaded?.ok).toBe(false);
    expect(loaded && !loaded.ok && loaded.issues[0].path).toBe('scenarios[0].policy.reallocation');

    const hostile = decode(`${diffLink({ b: BASE, w: [], s: [[ids[1], [[['policy'], JSON.parse('{"__proto__": {"x": 1}}') as Json]]]] })}`);
    const hostileLoaded = hostile.ok ? loadText(hostile.text) : null;
    expect(hostileLoaded && !hostileLoaded.ok && hostileLoaded.issues[0].code).toBe('forbidden-key');
  });
});
