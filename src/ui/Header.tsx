import { useRef, useState } from 'react';
import { LOCALES, loadCatalog, type Locale } from '../i18n';
import { COMMANDS, shortcutLabel, type CommandId } from './commands';
import { openUserFile, runCommand } from './actions';
import { useApp, useAppStore, useTranslator } from './context';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The header: workshop title, language switch, file commands, undo and redo. */
export function Header({ onStatus }: { onStatus(text: string | null): void }) {
  const tr = useTranslator();
  const store = useAppStore();
  const title = useApp((s) => s.workshop.title);
  const canUndo = useApp((s) => s.past.length > 0);
  const canRedo = useApp((s) => s.future.length > 0);
  const dirty = useApp((s) => s.dirty);
  const locale = useApp((s) => s.locale);
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<CommandId | null>(null);

  const run = async (id: CommandId) => {
    if (id === 'open') {
      fileInput.current?.click();
      return;
    }
    setBusy(id);
    try {
      onStatus(await runCommand(store, id));
    } finally {
      setBusy(null);
    }
  };

  return (
    <header className="app-header">
      <div className="title-block">
        <h1 className="workshop-title">
          {tr.text(title)}
          {dirty ? <span className="dirty-mark" title={tr.t('unsaved.warning')}> •</span> : null}
        </h1>
        <p className="app-name">{tr.t('app.title')}</p>
      </div>
      <div className="header-tools">
        <div className="lang-switch" role="group" aria-label={tr.t('lang.switch')}>
          {LOCALES.map((l: Locale) => (
            <button key={l} type="button" lang={l} aria-pressed={locale === l} data-lang={l} onClick={() => void loadCatalog(l).then(() => store.getState().setLocale(l))}>
              {tr.t(`lang.${l}`)}
            </button>
          ))}
        </div>
        <div className="commands" role="toolbar" aria-label={tr.t('app.title')}>
          {COMMANDS.map((c) => {
            const disabled = (c.id === 'undo' && !canUndo) || (c.id === 'redo' && !canRedo) || busy === c.id;
            const shortcut = c.shortcut ? ` (${shortcutLabel(c.shortcut, isMac)})` : '';
            return (
              <button
                key={c.id}
                type="button"
                data-action={c.id}
                disabled={disabled}
                title={`${c.hint ? tr.t(c.hint) : tr.t(c.label)}${shortcut}`}
                aria-keyshortcuts={c.shortcut?.replace('Mod', isMac ? 'Meta' : 'Control')}
                onClick={() => void run(c.id)}
              >
                {tr.t(c.label)}
              </button>
            );
          })}
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            data-action="open-file-input"
            aria-label={tr.t('action.open')}
            tabIndex={-1}
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) await openUserFile(store, file);
            }}
          />
        </div>
      </div>
    </header>
  );
}
