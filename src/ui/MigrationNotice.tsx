import { useApp, useAppStore, useTranslator } from './context';

/**
 * Says once, in the reader's language, that an opened file was made for an older version of the model
 * and opens with that version's behaviour (MODEL.md 10), and offers one undoable switch to the current
 * version's defaults.
 */
export function MigrationNotice() {
  const tr = useTranslator();
  const store = useAppStore();
  const migration = useApp((s) => s.migration);
  const titles = useApp((s) => s.workshop.scenarios);
  if (!migration) return null;
  const names = migration.scenarios.map((m) => {
    const scenario = titles.find((x) => x.id === m.id);
    return scenario ? tr.text(scenario.title) || m.id : m.id;
  });
  const list = names.join(tr.locale === 'fa' ? '، ' : ', ');
  return (
    <div className="migration-notice" role="status" data-migration={migration.switched ? 'switched' : 'open'}>
      {migration.switched ? (
        <p>{tr.t('migration.switched', { scenarios: list })}</p>
      ) : (
        <>
          <p>
            <strong>{tr.t('migration.title', { version: migration.from })}</strong>{' '}
            {tr.t(migration.scenarios.length === 1 ? 'migration.one' : 'migration.many', { scenarios: list, version: migration.from })}
          </p>
          <p className="migration-what">{tr.t('migration.what')}</p>
          <button type="button" data-action="switch-to-current-defaults" onClick={() => store.getState().switchToCurrentDefaults()}>
            {tr.t('migration.switch')}
          </button>{' '}
        </>
      )}
      <button type="button" className="alert-close" onClick={() => store.getState().dismissMigration()}>
        {tr.t('action.dismiss')}
      </button>
    </div>
  );
}
