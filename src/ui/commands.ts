/**
 * Commands as data (STYLE.md, after excalidraw's actions): one list drives the header's buttons, the
 * keyboard shortcuts and, later, the workshop remote.
 */
import type { MessageKey } from '../i18n';

/** The commands of the workbench. */
export type CommandId = 'open' | 'save' | 'save-workshop' | 'share' | 'export-csv' | 'print' | 'undo' | 'redo' | 'present';

/** One command: its label, its shortcut and whether it changes the document (undoable). */
export interface CommandSpec {
  readonly id: CommandId;
  readonly label: MessageKey;
  readonly hint?: MessageKey;
  /** A shortcut as `Mod+Key` (Mod = Ctrl, or Cmd on a Mac). */
  readonly shortcut?: string;
  readonly entersHistory: boolean;
}

/** The commands, in the header's order. */
export const COMMANDS: readonly CommandSpec[] = [
  { id: 'open', label: 'action.open', hint: 'action.open.hint', shortcut: 'Mod+O', entersHistory: true },
  { id: 'save', label: 'action.save', hint: 'action.save.hint', shortcut: 'Mod+S', entersHistory: false },
  { id: 'save-workshop', label: 'action.saveWorkshop', hint: 'action.saveWorkshop.hint', shortcut: 'Mod+Shift+S', entersHistory: false },
  { id: 'share', label: 'action.share', hint: 'action.share.hint', entersHistory: false },
  { id: 'export-csv', label: 'action.exportCsv', hint: 'action.exportCsv.hint', entersHistory: false },
  { id: 'print', label: 'action.print', hint: 'action.print.hint', entersHistory: false },
  { id: 'undo', label: 'action.undo', shortcut: 'Mod+Z', entersHistory: false },
  { id: 'redo', label: 'action.redo', shortcut: 'Mod+Shift+Z', entersHistory: false },
  { id: 'present', label: 'action.present', hint: 'action.present.hint', shortcut: 'F5', entersHistory: false },
];

/** Tells whether a key event matches a shortcut such as `Mod+Shift+Z`. */
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1].toLowerCase();
  const wantsShift = parts.includes('Shift');
  const wantsMod = parts.includes('Mod');
  const mod = event.ctrlKey || event.metaKey;
  return event.key.toLowerCase() === key.toLowerCase() && wantsShift === event.shiftKey && wantsMod === mod && !event.altKey;
}

/** Finds the command a key event asks for (Ctrl+Y is a second shortcut for redo). */
export function commandForKey(event: KeyboardEvent): CommandId | null {
  if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'y') return 'redo';
  for (const command of COMMANDS) if (command.shortcut && matchesShortcut(event, command.shortcut)) return command.id;
  return null;
}

/** Shows a shortcut for the reader's platform. */
export function shortcutLabel(shortcut: string, isMac: boolean): string {
  return shortcut.replace('Mod', isMac ? '⌘' : 'Ctrl');
}
