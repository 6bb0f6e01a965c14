/**
 * What the commands do. Kept out of the components so that buttons, shortcuts and drop share them.
 */
import { MAX_FILE_BYTES, loadText, serializeScenario, serializeWorkshop } from '../scenario';
import { resultOf, SHARE_LINK_SAFE_LENGTH, type WorkbenchStore } from '../state';
import { translatorFor, type Translator } from '../i18n';
import type { CommandId } from './commands';
import { downloadText, fileNameFor, readUserFile } from './files';
import { formatIssueText } from './issue-text';
import { workshopCsv } from './export/csv';
import { publishSharedLink, shareUrlFor } from './export/share-link';

/** Opens a file the user picked or dropped; a refused file leaves the session as it was. */
export async function openUserFile(store: WorkbenchStore, file: File): Promise<boolean> {
  const read = await readUserFile(file);
  if (!read.ok) {
    store.getState().showAlert('issues' in read ? { kind: 'file-invalid', source: file.name, issues: read.issues } : { kind: 'file-unreadable', source: file.name, issues: [] });
    return false;
  }
  return store.getState().openText(read.text, file.name);
}

/**
 * Says why a file about to be saved would not open again, in the reader's language, or null if it
 * would: over the size limit (naming both sizes and what to trim), or refused by the loader.
 */
function whyNotSavable(tr: Translator, text: string, kind: 'scenario' | 'workshop'): string | null {
  const size = new TextEncoder().encode(text).length;
  if (size > MAX_FILE_BYTES) return tr.t(kind === 'workshop' ? 'save.tooLarge.workshop' : 'save.tooLarge.scenario', { size, max: MAX_FILE_BYTES });
  // The session's document passed the same checks edit by edit; this catches what may have slipped
  // between them (a restored session from an older app), at the cost of one load of the file.
  const loaded = loadText(text);
  if (!loaded.ok) return tr.t('save.wouldNotOpen', { problem: formatIssueText(tr, loaded.issues[0]) });
  return null;
}

/** Runs a command that needs no extra input. Returns a status text to announce, if any. */
export async function runCommand(store: WorkbenchStore, id: CommandId): Promise<string | null> {
  const state = store.getState();
  const tr = translatorFor(state.locale, state.yearCalendar);
  switch (id) {
    case 'undo':
      state.undo();
      return null;
    case 'redo':
      state.redo();
      return null;
    case 'print':
      window.print();
      return null;
    case 'present':
      // Asked for inside the click or key press that opens workshop mode: later (once its code has
      // loaded) the browser no longer counts it as the user's and refuses.
      document.documentElement.requestFullscreen?.().catch(() => undefined);
      state.setPresenting(true);
      return null;
    case 'save': {
      const scenario = state.workshop.scenarios.find((s) => s.id === state.selectedId);
      if (!scenario) return null;
      const name = fileNameFor(tr.text(scenario.title) || scenario.id, 'json');
      const text = serializeScenario(scenario);
      const refused = whyNotSavable(tr, text, 'scenario');
      if (refused !== null) return refused;
      downloadText(name, text);
      return tr.t('saved.file', { name });
    }
    case 'save-workshop': {
      const name = fileNameFor(tr.text(state.workshop.title) || 'workshop', 'json');
      const text = serializeWorkshop(state.workshop);
      const refused = whyNotSavable(tr, text, 'workshop');
      if (refused !== null) return refused;
      downloadText(name, text);
      state.markSaved();
      return tr.t('saved.file', { name });
    }
    case 'export-csv': {
      // The scenarios not on screen have not been run yet: one run per task, so that the page stays
      // responsive while a workshop of twelve is projected; the writer then finds every run cached.
      for (const scenario of state.workshop.scenarios) {
        resultOf(scenario);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const name = fileNameFor(tr.text(state.workshop.title) || 'projection', 'csv');
      downloadText(name, workshopCsv(tr, state.workshop), 'text/csv');
      return tr.t('saved.file', { name });
    }
    case 'share': {
      const url = await shareUrlFor(state.workshop, () => serializeWorkshop(state.workshop), window.location.href);
      let copied = true;
      try {
        await navigator.clipboard.writeText(url);
      } catch {
        // No clipboard (an insecure page, or refused): leave the link in the address bar to copy by hand.
        // The next edit takes it away again, so that a reload never reopens an older workshop.
        copied = false;
        window.history.replaceState(null, '', url);
      }
      publishSharedLink({ url, copied, workshop: state.workshop });
      const said = tr.t(copied ? 'share.copied' : 'share.ready', { length: url.length });
      // Chat and mail clients cut long links: say so where the link is at risk.
      return url.length > SHARE_LINK_SAFE_LENGTH ? `${said} ${tr.t('share.long', { length: url.length, safe: SHARE_LINK_SAFE_LENGTH })}` : said;
    }
    default:
      return null;
  }
}
