import { useApp, useAppStore, useTranslator } from './context';
import { issueMessage } from './issue-text';

const TITLES = {
  'file-invalid': 'alert.fileInvalid',
  'link-invalid': 'alert.linkInvalid',
  'file-unreadable': 'alert.fileUnreadable',
  info: 'alert.fileInvalid',
} as const;

/** File and link problems: every problem with its JSON path and what is allowed. */
export function AlertRegion() {
  const tr = useTranslator();
  const store = useAppStore();
  const alert = useApp((s) => s.alert);
  if (!alert) return null;
  return (
    <div className="alert" role="alert" data-alert={alert.kind}>
      <div className="alert-head">
        <strong>{tr.t(TITLES[alert.kind])}</strong>
        {alert.source ? <span className="alert-source"> ({alert.source})</span> : null}
        <button type="button" className="alert-close" onClick={() => store.getState().showAlert(null)}>
          {tr.t('action.dismiss')}
        </button>
      </div>
      {alert.issues.length > 0 ? (
        <ul className="alert-issues" dir="auto">
          {alert.issues.map((issue, i) => (
            <li key={i}>
              <code dir="ltr">{issue.path}</code>: {issueMessage(tr, issue)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
