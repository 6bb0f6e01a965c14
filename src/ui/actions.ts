/**
 * What the commands do. Kept out of the components so that buttons, shortcuts and drop share them.
 */
import { toCsv, toReport } from '../engine';
import { MAX_FILE_BYTES, serializeScenario, serializeWorkshop } from '../scenario';
import { encodeShare, isResult, resultOf, SHARE_PARAM, type WorkbenchStore } from '../state';
import { translatorFor } from '../i18n';
import type { CommandId } from './commands';
import { downloadText, fileNameFor, readUserFile } from './files';


/** Opens a file the user picked or dropped; a refused file leaves the session as it was. */
export async function openUserFile(store: WorkbenchStore, file: File): Promise<boolean> {
  const read = await readUserFile(file);
  if (!read.ok) {
    store.getState().showAlert({
      kind: read.size !== undefined ? 'file-invalid' : 'file-unreadable',
      source: file.name,
      issues: read.size !== undefined ? [{ path: '(file)', code: 'too-large', params: { size: read.size, max: MAX_FILE_BYTES } }] : [],
    });
    return false;
  }
  return store.getState().openText(read.text, file.name);
}

/** Runs a command that needs no extra input. Returns a status text to announce, if any. */
export async function runCommand(store: WorkbenchStore, id: CommandId): Promise<string | null> {
  const state = store.getState();
  const tr = translatorFor(state.locale);
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
      state.setPresenting(true);
      return null;
    case 'save': {
      const scenario = state.workshop.scenarios.find((s) => s.id === state.selectedId);
      if (!scenario) return null;
      const name = fileNameFor(tr.text(scenario.title) || scenario.id, 'json');
      downloadText(name, serializeScenario(scenario));
      return tr.t('saved.file', { name });
    }
    case 'save-workshop': {
      const name = fileNameFor(tr.text(state.workshop.title) || 'workshop', 'json');
      downloadText(name, serializeWorkshop(state.workshop));
      state.markSaved();
      return tr.t('saved.file', { name });
    }
    case 'export-csv': {
      const reports = state.visibleIds
        .map((vid) => state.workshop.scenarios.find((s) => s.id === vid))
        .flatMap((s) => {
          if (!s) return [];
          const result = resultOf(s);
          return isResult(result) ? [toReport(result.run)] : [];
        });
      const name = fileNameFor(tr.text(state.workshop.title) || 'projection', 'csv');
      downloadText(name, toCsv(reports), 'text/csv');
      return tr.t('saved.file', { name });
    }
    case 'share': {
      const value = await encodeShare(serializeWorkshop(state.workshop));
      const url = new URL(window.location.href);
      url.hash = `${SHARE_PARAM}=${value}`;
      try {
        await navigator.clipboard.writeText(url.toString());
        return tr.t('share.copied');
      } catch {
        // No clipboard (an insecure page, or refused): leave the link in the address bar to copy by hand.
        // The next edit takes it away again, so that a reload never reopens an older workshop.
        window.history.replaceState(null, '', url);
        return tr.t('share.ready');
      }
    }
    default:
      return null;
  }
}
