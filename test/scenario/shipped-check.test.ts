/**
 * The shipped workshop goes through the file checks (src/scenario/shipped.ts): the build runs them and
 * hands the page the digest of the bytes that passed; the page takes those bytes as checked and runs
 * every check on any others, or on all of them where it has no Web Crypto.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadText, readShippedWorkshop } from '../../src/scenario';
import { SHIPPED_WORKSHOP, shippedWorkshopProblems } from '../../build/shipped-workshop';
import { REPO_ROOT } from '../fixtures/invalid-manifest';

const bytes = new Uint8Array(readFileSync(SHIPPED_WORKSHOP));
const text = new TextDecoder().decode(bytes);
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));

/** The shipped workshop with its first scenario's reallocation lever out of range. */
function damaged(): Uint8Array<ArrayBuffer> {
  const workshop = JSON.parse(text) as { scenarios: { policy?: Record<string, unknown> }[] };
  workshop.scenarios[0].policy = { ...workshop.scenarios[0].policy, reallocation: 7 };
  return encode(workshop);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the build', () => {
  it('finds nothing in the shipped workshop that keeps the page from taking its JSON as the checks read it', async () => {
    expect(await shippedWorkshopProblems(bytes)).toEqual([]);
  });

  it('stops on a problem the file checks find, naming the field', async () => {
    const problems = await shippedWorkshopProblems(damaged());
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toContain('scenarios[0].policy.reallocation');
  });

  it('stops on a scenario file, and on a workshop written for an older version (the page would have to migrate it)', async () => {
    const scenario = (JSON.parse(text) as { scenarios: Record<string, unknown>[] }).scenarios[0];
    expect(await shippedWorkshopProblems(encode({ format: 'sme-credit-scenario', version: 2, ...scenario }))).toEqual(['(file): a scenario file, not a workshop']);
    const older = JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/version-1/iran-credit-reallocation.json'), 'utf8')) as Record<string, unknown>;
    const { format: _format, version: _version, ...fields } = older;
    void _format;
    void _version;
    const problems = await shippedWorkshopProblems(encode({ format: 'sme-credit-workshop', version: 1, title: { en: 'Old' }, scenarios: [fields] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/older version/);
  });
});

describe('the page', () => {
  it('takes the bytes the build checked as the checks read them', async () => {
    const read = await readShippedWorkshop(new Uint8Array(bytes), { sha256: sha256(bytes), holdsFormula: false });
    const checked = loadText(text);
    expect(read.ok && checked.ok).toBe(true);
    if (read.ok && checked.ok) expect(read.file).toEqual(checked.file);
  });

  it('runs every check on bytes other than those the build checked: an altered copy is refused', async () => {
    const read = await readShippedWorkshop(damaged(), { sha256: sha256(bytes), holdsFormula: false });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0].path).toBe('scenarios[0].policy.reallocation');
    // A copy altered but still valid opens, checked.
    const workshop = JSON.parse(text) as { title: Record<string, string> };
    workshop.title = { ...workshop.title, en: 'Renamed' };
    const renamed = await readShippedWorkshop(encode(workshop), { sha256: sha256(bytes), holdsFormula: false });
    expect(renamed.ok && renamed.file.kind === 'workshop' && renamed.file.workshop.title.en).toBe('Renamed');
  });

  it('without Web Crypto (plain http to another machine) runs every check, whatever the digest', async () => {
    const bad = damaged();
    // With Web Crypto, bytes whose digest is the one handed over are taken as checked...
    expect((await readShippedWorkshop(bad, { sha256: sha256(bad), holdsFormula: false })).ok).toBe(true);
    // ...without it, they are checked.
    vi.stubGlobal('crypto', {});
    expect((await readShippedWorkshop(bad, { sha256: sha256(bad), holdsFormula: false })).ok).toBe(false);
    expect((await readShippedWorkshop(new Uint8Array(bytes), { sha256: sha256(bytes), holdsFormula: false })).ok).toBe(true);
  });

  it('refuses other bytes that are not UTF-8 before anything else, as for an opened file', async () => {
    const read = await readShippedWorkshop(new Uint8Array([0x7b, 0xff, 0x7d]), { sha256: sha256(bytes), holdsFormula: false });
    expect(read.ok ? null : read.issues[0].code).toBe('not-utf8');
  });

  it('loads the formula parser before handing over checked bytes that hold a formula', async () => {
    vi.resetModules();
    const engine = await import('../../src/engine');
    const scenario = await import('../../src/scenario');
    const workshop = JSON.parse(text) as { scenarios: { assumptions?: Record<string, unknown> }[] };
    workshop.scenarios[0].assumptions = { ...workshop.scenarios[0].assumptions, worldDemandGrowth: '0.02 + 0.01 * (t >= 3)' };
    const withFormula = encode(workshop);
    expect(await shippedWorkshopProblems(withFormula)).toEqual([]);
    expect(engine.formulaParserLoaded()).toBe(false);
    const read = await scenario.readShippedWorkshop(withFormula, { sha256: sha256(withFormula), holdsFormula: engine.holdsFormula(workshop) });
    expect(read.ok).toBe(true);
    expect(engine.formulaParserLoaded()).toBe(true);
  });
});
