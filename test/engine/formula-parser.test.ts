/**
 * The formula parser is loaded when a formula first appears, not with the first screen: which values
 * ask for it, and each way in for a formula (a file, a saved session, another tab's save) waiting for it.
 * Each test that needs the parser not loaded imports the modules afresh (the setup file loaded it for
 * the instances every other test uses).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdsFormula } from '../../src/engine';
import { REPO_ROOT } from '../fixtures/invalid-manifest';

type JsonObject = Record<string, unknown>;

const shippedText = readFileSync(join(REPO_ROOT, 'scenarios/iran-workshop.json'), 'utf8');
const FORMULA = '0.02 + 0.01 * (t >= 3)';

/** The shipped workshop with a formula in its first scenario's world demand growth (for every class or for one). */
function workshopWithFormula(perClass = false): JsonObject {
  const workshop = JSON.parse(shippedText) as { scenarios: { assumptions?: JsonObject }[] };
  const first = workshop.scenarios[0];
  first.assumptions = { ...first.assumptions, ...(perClass ? { productivityGrowth: { micro: FORMULA, small: 0, medium: 0, large: 0 } } : { worldDemandGrowth: FORMULA }) };
  return workshop as unknown as JsonObject;
}

/** The app's modules as a page that has not loaded the parser yet sees them. */
async function freshModules() {
  vi.resetModules();
  return {
    engine: await import('../../src/engine'),
    scenario: await import('../../src/scenario'),
    persistence: await import('../../src/state/persistence'),
    guard: await import('../../src/state/session-guard'),
    store: await import('../../src/state/store'),
    storage: await import('../../src/state/test-storage'),
  };
}

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});

describe('which values ask for the formula parser', () => {
  it('the shipped workshop holds no formula: the first screen never loads the parser', () => {
    expect(holdsFormula(JSON.parse(shippedText))).toBe(false);
  });

  it('a string given to a path parameter, for every class or for one, anywhere in a file or a session', () => {
    expect(holdsFormula(workshopWithFormula())).toBe(true);
    expect(holdsFormula(workshopWithFormula(true))).toBe(true);
    expect(holdsFormula({ workshop: workshopWithFormula() })).toBe(true);
    expect(holdsFormula({ format: 'sme-credit-scenario', assumptions: { inflation: 't' } })).toBe(true);
  });

  it('numbers, rows of yearly values and strings of other fields do not', () => {
    expect(holdsFormula({ assumptions: { inflation: 0.03, creditGrowth: [0.01, 0.02], productivityGrowth: { micro: [0.01], small: 0.02 } } })).toBe(false);
    expect(holdsFormula({ title: { en: '0.01 * t' }, policy: { donors: ['large'] }, description: 'inflation' })).toBe(false);
    expect(holdsFormula(null)).toBe(false);
    expect(holdsFormula('0.01 * t')).toBe(false);
  });

  it('reads deeply nested JSON without recursion', () => {
    let deep: unknown = { inflation: 't' };
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(holdsFormula(deep)).toBe(true);
  });
});

describe('each way in waits for the parser', () => {
  it('compiling a formula before the parser is loaded is refused loudly; a file without one does not load it', async () => {
    const { engine } = await freshModules();
    expect(engine.formulaParserLoaded()).toBe(false);
    expect(() => engine.compileExpression(FORMULA)).toThrow(/formula parser is not loaded/);
    await engine.loadFormulaParserFor(JSON.parse(shippedText));
    expect(engine.formulaParserLoaded()).toBe(false);
  });

  it('a file with a formula loads the parser, then passes every check', async () => {
    const { engine, scenario } = await freshModules();
    for (const perClass of [false, true]) {
      const loaded = await scenario.loadTextAsync(JSON.stringify(workshopWithFormula(perClass)));
      expect(loaded.ok).toBe(true);
    }
    expect(engine.formulaParserLoaded()).toBe(true);
    const compiled = engine.compileExpression(FORMULA);
    expect(compiled.ok && compiled.evaluate({ t: 3, H: 10 })).toBeCloseTo(0.03, 12);
  });

  it('a file whose formula is invalid is refused with the expression code once the parser is here', async () => {
    const { scenario } = await freshModules();
    const workshop = workshopWithFormula();
    ((workshop.scenarios as JsonObject[])[0].assumptions as JsonObject).worldDemandGrowth = '0.02 + bogus * t';
    const loaded = await scenario.loadTextAsync(JSON.stringify(workshop));
    expect(loaded.ok ? [] : loaded.issues.map((i) => i.code)).toContain('expression-forbidden');
  });

  it('the store opens a file with a formula (a file or a share link)', async () => {
    const { store } = await freshModules();
    const workbench = store.createWorkbenchStore((JSON.parse(shippedText) as unknown) as Parameters<typeof store.createWorkbenchStore>[0]);
    expect(await workbench.getState().openText(JSON.stringify(workshopWithFormula()))).toBe(true);
    expect((workbench.getState().workshop.scenarios[0].assumptions as JsonObject).worldDemandGrowth).toBe(FORMULA);
  });

  it('a saved session with a formula is read once the parser is loaded, never taken for unreadable', async () => {
    const { engine, persistence, guard, storage: fakes } = await freshModules();
    const storage = new fakes.FakeStorage(new fakes.FakeOrigin());
    storage.setItem(persistence.SESSION_KEY, JSON.stringify({ workshop: workshopWithFormula() }));
    expect(persistence.parseSession(storage.getItem(persistence.SESSION_KEY) ?? '').kind).toBe('needs-formula-parser');
    const first = guard.openSavedSession(storage);
    expect(first).toMatchObject({ session: null, rescue: null, needsFormulaParser: true });
    // Nothing was kept under a rescue key: the session is not unreadable.
    expect(storage.length).toBe(1);
    await engine.loadFormulaParser();
    const opened = guard.openSavedSession(storage);
    expect(opened.needsFormulaParser).toBeUndefined();
    expect(opened.session?.workshop.scenarios[0].assumptions?.worldDemandGrowth).toBe(FORMULA);
  });

  it("another tab's save with a formula: saving waits for the parser, then the tab follows it", async () => {
    const { engine, persistence, guard, store, storage: fakes } = await freshModules();
    const origin = new fakes.FakeOrigin();
    const { storage, events } = origin.openTab();
    const workbench = store.createWorkbenchStore((JSON.parse(shippedText) as unknown) as Parameters<typeof store.createWorkbenchStore>[0], 'en');
    const started = guard.startSessionGuard(workbench, storage, guard.openSavedSession(storage), { tabId: 'tab-b', events, delayMs: 10 });
    try {
      const theirs = JSON.stringify({ revision: { n: 1, tab: 'tab-a', at: 1, doc: 'tab-a.1' }, workshop: workshopWithFormula() });
      origin.data.set(persistence.SESSION_KEY, theirs);
      events.dispatchEvent(Object.assign(new Event('storage'), { key: persistence.SESSION_KEY, storageArea: storage }));
      expect(engine.formulaParserLoaded()).toBe(false);
      // Meanwhile a save of this tab's (a view change) writes nothing over theirs.
      workbench.getState().setChartMode('overlay');
      started.flush();
      expect(origin.data.get(persistence.SESSION_KEY)).toBe(theirs);
      await vi.waitFor(() => expect((workbench.getState().workshop.scenarios[0].assumptions as JsonObject).worldDemandGrowth).toBe(FORMULA));
      expect(started.status.getState().followed).not.toBeNull();
      expect(started.status.getState().rescue).toBeNull();
    } finally {
      started.stop();
    }
  });
});
