import { MAX_VISIBLE, type ChangeNotice as Notice } from '../state';
import type { Translator } from '../i18n';
import { useApp, useAppStore, useTranslator } from './context';

/** What the notice says, in the reader's language. */
function noticeText(tr: Translator, notice: Notice, titleOf: (id: string) => string, referenceId: string | undefined): string {
  switch (notice.kind) {
    case 'hidden': {
      const names = notice.ids.map((id) => (id === referenceId ? tr.t('notice.reference', { name: titleOf(id) }) : `“${titleOf(id)}”`));
      return tr.t('notice.hidden', { names: names.join(tr.locale === 'fa' ? '، ' : ', '), max: tr.integer(MAX_VISIBLE) });
    }
    case 'deleted':
      return tr.t('notice.deleted', { name: tr.text(notice.title) || notice.id });
    case 'replaced':
      return tr.t(notice.unsaved ? 'notice.replacedUnsaved' : 'notice.replaced', { name: tr.text(notice.title) || '—' });
  }
}

/**
 * Says what the last action changed that the user did not name (a scenario hidden to make room, one
 * deleted, the workshop replaced by a file), with the button that takes it back. A status region that
 * always exists, so that a screen reader hears what is written into it.
 */
export function ChangeNotice() {
  const tr = useTranslator();
  const store = useAppStore();
  const notice = useApp((s) => s.changeNotice);
  const scenarios = useApp((s) => s.workshop.scenarios);
  const referenceId = useApp((s) => s.workshop.reference ?? s.workshop.scenarios[0]?.id);
  const titleOf = (id: string) => {
    const scenario = scenarios.find((x) => x.id === id);
    return (scenario && tr.text(scenario.title)) || id;
  };
  return (
    <div className="change-notice" role="status" aria-live="polite" data-change-notice={notice?.kind}>
      {notice ? (
        <p>
          <span>{noticeText(tr, notice, titleOf, referenceId)}</span>{' '}
          <button type="button" data-action="notice-undo" onClick={() => store.getState().undoChangeNotice()}>
            {tr.t(notice.kind === 'hidden' ? 'notice.showAgain' : 'notice.undo')}
          </button>{' '}
          <button type="button" data-action="notice-dismiss" aria-label={tr.t('notice.dismiss')} onClick={() => store.getState().dismissChangeNotice()}>
            ×
          </button>
        </p>
      ) : null}
    </div>
  );
}
