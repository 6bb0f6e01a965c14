/**
 * The workbench's state: the open workshop (the document), what is on screen (the session), and what
 * is never saved (alerts, field errors). Actions sit beside the state they change.
 *
 * Where each piece of state lives (STYLE.md, after excalidraw's APP_STATE_STORAGE_CONF):
 *
 * | state                                   | in the file | in the browser | undoable |
 * |-----------------------------------------|-------------|----------------|----------|
 * | workshop (title, scenarios, reference)  | yes         | yes (autosave) | yes      |
 * | selectedId, visibleIds                  | no          | yes            | no       |
 * | locale, chartMode, comparison, byClass  | no          | yes            | no       |
 * | dirty (unsaved changes)                 | no          | yes            | no       |
 * | past, future (undo history)             | no          | no             | -        |
 * | alert, fieldErrors                      | no          | no             | no       |
 */
import { createStore } from 'zustand/vanilla';
import { LIMITS, PARAMETERS, PARAMETER_NAMES, parameterPath, prepareScenario } from '../engine';
import { WORKSHOP_FORMAT, CURRENT_VERSION, loadTextAsync, validateScenarioValue, type LoadIssue, type LoadResult, type Scenario, type Workshop } from '../scenario';
import { getAtPath, removeAtPath, setAtPath, withoutStaleProvenance } from './paths';
import { leavesProjectionUnchanged, primeResult, shareResult } from './results';
import type { YearDisplay } from '../i18n';

/** At most this many scenarios are shown side by side (LIMITS is the one source). */
export const MAX_VISIBLE = LIMITS.maxVisibleScenarios;
const HISTORY_LIMIT = 200;

/** How charts compare: with each scenario's own counterfactual or with the reference scenario. */
export type Comparison = 'counterfactual' | 'reference';
/** Charts as one panel per scenario, or all scenarios in one panel. */
export type ChartMode = 'small-multiples' | 'overlay';
/** The app's languages. */
export type AppLocale = 'en' | 'fa';
/** Which calendar years are shown in: the file's own, or always Solar Hijri, or always Gregorian. */
/** The calendar years are shown in: the translator's year display (src/i18n), kept with the session's settings. */
export type YearCalendar = YearDisplay;

/** A message shown in the alert region: a headline code and the file's problems. */
export interface AlertMessage {
  readonly kind: 'file-invalid' | 'link-invalid' | 'file-unreadable' | 'info';
  readonly source?: string;
  readonly issues: readonly LoadIssue[];
}

/** What an edit did: applied, or refused with the problems (the document is unchanged). */
export type EditOutcome = { readonly ok: true } | { readonly ok: false; readonly issues: readonly LoadIssue[] };

/** The whole state. */
export interface WorkbenchState {
  workshop: Workshop;
  selectedId: string;
  visibleIds: string[];
  locale: AppLocale;
  chartMode: ChartMode;
  comparison: Comparison;
  byClass: boolean;
  dirty: boolean;
  past: Workshop[];
  future: Workshop[];
  lastGesture: string | null;
  alert: AlertMessage | null;
  fieldErrors: Record<string, readonly LoadIssue[]>;
  /** Workshop mode is on (never saved: a reload returns to the workbench). */
  presenting: boolean;
  /** The levers shown in workshop mode (JSON paths of scalar levers or per-class lever bases). */
  presentLevers: string[];
  yearCalendar: YearCalendar;
  /**
   * The scenarios of the last opened file that were made for an older version of the file format and
   * opened with that version's behaviour (MODEL.md 10); the app says so once and offers the switch.
   */
  migration: MigrationNotice | null;
  /** What the last action changed that the user did not ask for by name: said aloud, with an undo. */
  changeNotice: ChangeNotice | null;
}

/**
 * A change made behind the user's back unless said: scenarios hidden to make room for one shown, a
 * scenario deleted, the open workshop replaced by a file. The notice offers to take it back.
 */
export type ChangeNotice =
  | { readonly kind: 'hidden'; readonly ids: readonly string[]; readonly reference: boolean; readonly before: { readonly selectedId: string; readonly visibleIds: readonly string[] } }
  | { readonly kind: 'deleted'; readonly title: Scenario['title']; readonly id: string }
  | { readonly kind: 'replaced'; readonly title: Workshop['title']; readonly unsaved: boolean };

/** One opened file's scenarios that were migrated, by their id in the workshop. */
export interface MigrationNotice {
  readonly source?: string;
  readonly from: number;
  readonly scenarios: readonly { readonly id: string; readonly removable: readonly string[] }[];
  /** After the switch: the notice says what was done and that Undo restores it. */
  readonly switched: boolean;
}

/** The part of the state kept in the browser between visits. */
export type PersistedSession = Pick<WorkbenchState, 'workshop' | 'selectedId' | 'visibleIds' | 'locale' | 'chartMode' | 'comparison' | 'byClass' | 'dirty'> &
  Partial<Pick<WorkbenchState, 'presentLevers' | 'yearCalendar'>>;

/** The actions on the state. */
export interface WorkbenchActions {
  /**
   * Sets a value of the selected scenario (or of `scenarioId`) at a JSON path; `gesture` coalesces one
   * drag into one undo step; `trusted` (a slider inside its range) skips the schema, not the engine's checks.
   */
  setValue(path: string, value: unknown, options?: { gesture?: string; trusted?: boolean; scenarioId?: string }): EditOutcome;
  /** Removes an optional value of the selected scenario (back to its default). */
  resetValue(path: string): EditOutcome;
  /** Replaces the selected scenario's value at a path where the text field holds an expression or a number. */
  setFieldError(path: string, issues: readonly LoadIssue[] | null): void;
  select(id: string): void;
  toggleVisible(id: string): void;
  addScenario(): void;
  duplicateScenario(id?: string): void;
  deleteScenario(id?: string): void;
  renameScenario(id: string, title: string): void;
  moveScenario(id: string, offset: -1 | 1): void;
  setReference(id: string): void;
  setWorkshopTitle(title: string): void;
  /**
   * Opens a file's text: a workshop replaces the open one, a scenario joins it. Refused files change
   * nothing. Resolves at once unless the file holds a formula and the formula parser is not loaded yet.
   */
  openText(text: string, source?: string, kind?: AlertMessage['kind']): Promise<boolean>;
  /** Marks the document as saved. */
  markSaved(): void;
  undo(): void;
  redo(): void;
  setLocale(locale: AppLocale): void;
  setChartMode(mode: ChartMode): void;
  setComparison(comparison: Comparison): void;
  setByClass(on: boolean): void;
  showAlert(alert: AlertMessage | null): void;
  /** Takes back what the change notice says (shows the hidden again, or undoes the deletion or the replacement). */
  undoChangeNotice(): void;
  dismissChangeNotice(): void;
  restoreSession(session: PersistedSession): void;
  setPresenting(on: boolean): void;
  setPresentLevers(paths: string[]): void;
  setYearCalendar(calendar: YearCalendar): void;
  /**
   * Switches the migrated scenarios of the last opened file to the current version's defaults: removes
   * exactly the values the migration wrote (MODEL.md 10), in one undoable step.
   */
  switchToCurrentDefaults(): void;
  dismissMigration(): void;
}

/** The levers workshop mode shows unless the facilitator chooses others. */
export const DEFAULT_PRESENT_LEVERS: readonly string[] = PARAMETER_NAMES.filter((name) => PARAMETERS[name].presentedByDefault).map(parameterPath);

/** The store's full type. */
export type WorkbenchStore = ReturnType<typeof createWorkbenchStore>;

/** The text used for a title in the reader's language, falling back to the other. */
function titleText(text: { en?: string; fa?: string }, locale: AppLocale): string {
  return (locale === 'fa' ? text.fa ?? text.en : text.en ?? text.fa) ?? '';
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.replace(/-\d+$/, '') || 'scenario';
  for (let i = 2; ; i++) {
    const candidate = `${stem}-${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Creates a store holding a workshop. */
export function createWorkbenchStore(initial: Workshop, locale: AppLocale = 'en') {
  const firstIds = initial.scenarios.map((s) => s.id);
  return createStore<WorkbenchState & WorkbenchActions>()((set, get) => {
    /** Replaces the document, recording the previous one for undo unless the gesture continues. */
    const commit = (workshop: Workshop, gesture?: string) => {
      const state = get();
      const continuing = gesture !== undefined && gesture === state.lastGesture;
      set({
        workshop,
        past: continuing ? state.past : [...state.past, state.workshop].slice(-HISTORY_LIMIT),
        future: [],
        lastGesture: gesture ?? null,
        dirty: true,
        changeNotice: null,
      });
      keepSelectionValid();
    };

    const keepSelectionValid = () => {
      const { workshop, selectedId, visibleIds } = get();
      const ids = workshop.scenarios.map((s) => s.id);
      const visible = visibleIds.filter((id) => ids.includes(id));
      if (visible.length === 0) visible.push(...ids.slice(0, MAX_VISIBLE));
      const selected = ids.includes(selectedId) ? selectedId : visible[0] ?? ids[0];
      if (selected !== selectedId || visible.length !== visibleIds.length || visible.some((id, i) => id !== visibleIds[i])) {
        set({ selectedId: selected, visibleIds: visible });
      }
    };

    const selectedIndex = (id?: string) => {
      const { workshop, selectedId } = get();
      return workshop.scenarios.findIndex((s) => s.id === (id ?? selectedId));
    };

    const replaceScenario = (index: number, scenario: Scenario, gesture?: string) => {
      const scenarios = [...get().workshop.scenarios];
      scenarios[index] = scenario;
      commit({ ...get().workshop, scenarios }, gesture);
    };

    const applyEdit = (next: Scenario, index: number, path: string, trusted: boolean, gesture?: string): EditOutcome => {
      if (trusted) {
        // A slider moves a number inside its range: the engine's own checks (donors' share, classes) suffice.
        const prepared = prepareScenario(next);
        if (!prepared.ok) return { ok: false, issues: prepared.issues };
        primeResult(next, prepared.model);
      } else {
        const checked = validateScenarioValue(next);
        if (!checked.ok) {
          set({ fieldErrors: { ...get().fieldErrors, [path]: checked.issues } });
          return { ok: false, issues: checked.issues };
        }
        if (leavesProjectionUnchanged(path)) shareResult(get().workshop.scenarios[index], next);
      }
      if (get().fieldErrors[path]) {
        const { [path]: _cleared, ...rest } = get().fieldErrors;
        void _cleared;
        set({ fieldErrors: rest });
      }
      replaceScenario(index, next, gesture);
      return { ok: true };
    };

    /** The notice of scenarios a change of the shown ones hid (none where it hid nothing). */
    const hiddenNotice = (before: readonly string[], after: readonly string[], selectedBefore: string): { changeNotice?: ChangeNotice } => {
      const hidden = before.filter((v) => !after.includes(v));
      if (hidden.length === 0) return {};
      const { workshop } = get();
      const reference = workshop.reference ?? workshop.scenarios[0]?.id;
      return { changeNotice: { kind: 'hidden', ids: hidden, reference: hidden.includes(reference), before: { selectedId: selectedBefore, visibleIds: [...before] } } };
    };

    return {
      workshop: initial,
      selectedId: firstIds[0],
      visibleIds: firstIds.slice(0, MAX_VISIBLE),
      locale,
      chartMode: 'small-multiples',
      comparison: 'counterfactual',
      byClass: false,
      dirty: false,
      past: [],
      future: [],
      lastGesture: null,
      alert: null,
      fieldErrors: {},
      presenting: false,
      presentLevers: [...DEFAULT_PRESENT_LEVERS],
      yearCalendar: 'file',
      migration: null,
      changeNotice: null,

      setValue(path, value, options = {}) {
        const index = selectedIndex(options.scenarioId);
        if (index < 0) return { ok: false, issues: [] };
        const current = get().workshop.scenarios[index];
        if (getAtPath(current, path) === value) return { ok: true };
        return applyEdit(withoutStaleProvenance(setAtPath(current, path, value), path), index, path, options.trusted ?? false, options.gesture);
      },

      resetValue(path) {
        const index = selectedIndex();
        if (index < 0) return { ok: false, issues: [] };
        const current = get().workshop.scenarios[index];
        if (getAtPath(current, path) === undefined) return { ok: true };
        return applyEdit(withoutStaleProvenance(removeAtPath(current, path), path), index, path, false);
      },

      setFieldError(path, issues) {
        const { [path]: _old, ...rest } = get().fieldErrors;
        void _old;
        set({ fieldErrors: issues && issues.length > 0 ? { ...rest, [path]: issues } : rest });
      },

      select(id) {
        const { visibleIds, workshop, selectedId } = get();
        const order = workshop.scenarios.map((s) => s.id);
        // Selecting a hidden scenario shows it, in the workshop's order. Where the row is full it drops
        // the one shown longest, but never the scenario selected until now: a copy or a new scenario
        // is then compared with the one it came from.
        let visible = visibleIds;
        if (!visibleIds.includes(id)) {
          const kept = [...visibleIds];
          if (kept.length >= MAX_VISIBLE) {
            // The reference stays shown while another can make room: every chart is read against it.
            const reference = workshop.reference ?? order[0];
            let drop = kept.findIndex((v) => v !== selectedId && v !== reference);
            if (drop < 0) drop = kept.findIndex((v) => v !== selectedId);
            kept.splice(drop < 0 ? 0 : drop, 1);
          }
          visible = [...kept, id].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        }
        set({ selectedId: id, visibleIds: visible, lastGesture: null, ...hiddenNotice(visibleIds, visible, selectedId) });
      },

      toggleVisible(id) {
        const { visibleIds, workshop } = get();
        if (visibleIds.includes(id)) {
          if (visibleIds.length > 1) set({ visibleIds: visibleIds.filter((v) => v !== id) });
          return;
        }
        const order = workshop.scenarios.map((s) => s.id);
        const reference = workshop.reference ?? order[0];
        const kept = [...visibleIds];
        if (kept.length >= MAX_VISIBLE) {
          // Room is made by hiding the one shown longest, the reference last (every chart is read against it).
          const drop = kept.findIndex((v) => v !== reference);
          kept.splice(drop < 0 ? 0 : drop, 1);
        }
        const next = [...kept, id].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        set({ visibleIds: next, ...hiddenNotice(visibleIds, next, get().selectedId) });
      },

      addScenario() {
        const state = get();
        const base = state.workshop.scenarios[Math.max(0, selectedIndex())];
        const taken = new Set(state.workshop.scenarios.map((s) => s.id));
        const id = uniqueId('scenario', taken);
        const n = state.workshop.scenarios.length + 1;
        const { policy: _policy, uncertainty: _uncertainty, ...rest } = base;
        void _policy;
        void _uncertainty;
        const scenario: Scenario = { ...rest, id, title: { en: `New scenario ${n}`, fa: `سناریوی تازه ${n}` }, description: undefined };
        const cleaned = JSON.parse(JSON.stringify(scenario)) as Scenario;
        if (state.workshop.scenarios.length >= LIMITS.maxScenarios) return;
        commit({ ...state.workshop, scenarios: [...state.workshop.scenarios, cleaned] });
        get().select(id);
      },

      duplicateScenario(id = get().selectedId) {
        const state = get();
        if (state.workshop.scenarios.length >= LIMITS.maxScenarios) return;
        const index = state.workshop.scenarios.findIndex((s) => s.id === id);
        if (index < 0) return;
        const source = state.workshop.scenarios[index];
        const taken = new Set(state.workshop.scenarios.map((s) => s.id));
        const copyId = uniqueId(`${source.id}-copy`, taken);
        const title = { ...(source.title.en !== undefined ? { en: `${source.title.en} (copy)` } : {}), ...(source.title.fa !== undefined ? { fa: `${source.title.fa} (رونوشت)` } : {}) };
        const scenarios = [...state.workshop.scenarios];
        scenarios.splice(index + 1, 0, { ...source, id: copyId, title });
        commit({ ...state.workshop, scenarios });
        get().select(copyId);
      },

      deleteScenario(id = get().selectedId) {
        const state = get();
        if (state.workshop.scenarios.length <= 1) return;
        const scenarios = state.workshop.scenarios.filter((s) => s.id !== id);
        const reference = state.workshop.reference === id ? undefined : state.workshop.reference;
        const next: Workshop = { ...state.workshop, scenarios };
        if (reference === undefined) delete next.reference;
        else next.reference = reference;
        const deleted = state.workshop.scenarios.find((s) => s.id === id);
        commit(next);
        if (deleted) set({ changeNotice: { kind: 'deleted', title: deleted.title, id: deleted.id } });
      },

      renameScenario(id, title) {
        const state = get();
        const index = state.workshop.scenarios.findIndex((s) => s.id === id);
        const trimmed = title.trim();
        if (index < 0 || trimmed === '') return;
        const scenario = state.workshop.scenarios[index];
        const key = state.locale;
        if (scenario.title[key] === trimmed) return;
        replaceScenario(index, { ...scenario, title: { ...scenario.title, [key]: trimmed } });
      },

      moveScenario(id, offset) {
        const state = get();
        const scenarios = [...state.workshop.scenarios];
        const index = scenarios.findIndex((s) => s.id === id);
        const target = index + offset;
        if (index < 0 || target < 0 || target >= scenarios.length) return;
        [scenarios[index], scenarios[target]] = [scenarios[target], scenarios[index]];
        commit({ ...state.workshop, scenarios });
        const order = scenarios.map((s) => s.id);
        set({ visibleIds: [...get().visibleIds].sort((a, b) => order.indexOf(a) - order.indexOf(b)) });
      },

      setReference(id) {
        const state = get();
        if (!state.workshop.scenarios.some((s) => s.id === id) || state.workshop.reference === id) return;
        commit({ ...state.workshop, reference: id });
      },

      setWorkshopTitle(title) {
        const state = get();
        const trimmed = title.trim();
        if (trimmed === '' || state.workshop.title[state.locale] === trimmed) return;
        commit({ ...state.workshop, title: { ...state.workshop.title, [state.locale]: trimmed } });
      },

      async openText(text, source, kind = 'file-invalid') {
        let loaded: LoadResult;
        try {
          loaded = await loadTextAsync(text);
        } catch {
          // The formula parser could not be loaded (the server went away): the file was not read.
          set({ alert: { kind: 'file-unreadable', source, issues: [] } });
          return false;
        }
        if (!loaded.ok) {
          set({ alert: { kind, source, issues: loaded.issues } });
          return false;
        }
        const state = get();
        const noticeOf = (idOf: (scenarioId: string) => string): MigrationNotice | null =>
          loaded.migrated.length === 0
            ? null
            : {
                source,
                from: Math.min(...loaded.migrated.map((m) => m.migration.from)),
                scenarios: loaded.migrated.map((m) => ({ id: idOf(m.scenarioId), removable: m.migration.removable })),
                switched: false,
              };
        if (loaded.file.kind === 'workshop') {
          const replaced: ChangeNotice = { kind: 'replaced', title: state.workshop.title, unsaved: state.dirty };
          commit(loaded.file.workshop);
          const ids = loaded.file.workshop.scenarios.map((s) => s.id);
          set({ selectedId: ids[0], visibleIds: ids.slice(0, MAX_VISIBLE), alert: null, dirty: false, fieldErrors: {}, migration: noticeOf((id) => id), changeNotice: replaced });
          return true;
        }
        const { format: _format, version: _version, ...scenario } = loaded.file.scenario;
        void _format;
        void _version;
        const taken = new Set(state.workshop.scenarios.map((s) => s.id));
        if (state.workshop.scenarios.length >= LIMITS.maxScenarios) {
          set({ alert: { kind, source, issues: [{ path: 'scenarios', code: 'array-size', params: { count: LIMITS.maxScenarios + 1, min: 1, max: LIMITS.maxScenarios } }] } });
          return false;
        }
        const id = taken.has(scenario.id) ? uniqueId(scenario.id, taken) : scenario.id;
        commit({ ...state.workshop, scenarios: [...state.workshop.scenarios, { ...scenario, id }] });
        set({ alert: null, migration: noticeOf(() => id) });
        get().select(id);
        return true;
      },

      markSaved() {
        set({ dirty: false });
      },

      undo() {
        const { past, future, workshop } = get();
        if (past.length === 0) return;
        set({ workshop: past[past.length - 1], past: past.slice(0, -1), future: [workshop, ...future], lastGesture: null, dirty: true, fieldErrors: {}, changeNotice: null });
        keepSelectionValid();
      },

      redo() {
        const { past, future, workshop } = get();
        if (future.length === 0) return;
        set({ workshop: future[0], future: future.slice(1), past: [...past, workshop], lastGesture: null, dirty: true, fieldErrors: {}, changeNotice: null });
        keepSelectionValid();
      },

      setLocale(next) {
        set({ locale: next });
      },
      setChartMode(mode) {
        set({ chartMode: mode });
      },
      setComparison(comparison) {
        set({ comparison });
      },
      setByClass(on) {
        set({ byClass: on });
      },
      undoChangeNotice() {
        const notice = get().changeNotice;
        if (!notice) return;
        if (notice.kind === 'hidden') {
          const ids = new Set(get().workshop.scenarios.map((x) => x.id));
          const visible = notice.before.visibleIds.filter((v) => ids.has(v));
          set({ visibleIds: visible.length > 0 ? [...visible] : get().visibleIds, selectedId: ids.has(notice.before.selectedId) ? notice.before.selectedId : get().selectedId, changeNotice: null });
          keepSelectionValid();
          return;
        }
        get().undo();
        set({ changeNotice: null });
      },

      dismissChangeNotice() {
        set({ changeNotice: null });
      },

      showAlert(alert) {
        set({ alert });
      },
      restoreSession(session) {
        set({ ...session, presentLevers: session.presentLevers ?? get().presentLevers, yearCalendar: session.yearCalendar ?? 'file', past: [], future: [], lastGesture: null, alert: null, fieldErrors: {}, migration: null });
        keepSelectionValid();
      },
      setPresenting(on) {
        set({ presenting: on });
      },
      setPresentLevers(paths) {
        set({ presentLevers: [...paths] });
      },
      setYearCalendar(calendar) {
        set({ yearCalendar: calendar });
      },
      switchToCurrentDefaults() {
        const { migration, workshop } = get();
        if (!migration || migration.switched) return;
        const byId = new Map(migration.scenarios.map((m) => [m.id, m.removable]));
        const scenarios = workshop.scenarios.map((scenario) => {
          const removable = byId.get(scenario.id);
          if (!removable || removable.length === 0 || !scenario.assumptions) return scenario;
          const assumptions: Record<string, unknown> = { ...scenario.assumptions };
          for (const path of removable) {
            const [section, field] = path.split('.');
            if (section === 'assumptions' && field) delete assumptions[field];
          }
          return { ...scenario, assumptions: assumptions as Scenario['assumptions'] };
        });
        commit({ ...workshop, scenarios });
        set({ migration: { ...migration, switched: true } });
      },
      dismissMigration() {
        set({ migration: null });
      },
    };
  });
}

/** Wraps a single scenario into a workshop (for a session that opens a scenario file alone). */
export function workshopOf(scenario: Scenario, title: { en?: string; fa?: string }): Workshop {
  const { format: _f, version: _v, ...rest } = scenario;
  void _f;
  void _v;
  return { format: WORKSHOP_FORMAT, version: CURRENT_VERSION, title: title.en || title.fa ? title : { en: 'Workshop' }, scenarios: [rest] };
}

export { titleText };
