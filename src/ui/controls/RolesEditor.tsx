import { reallocationMax, type PreparedModel } from '../../engine';
import type { Scenario } from '../../scenario';
import { useApp, useAppStore, useTranslator } from '../context';
import { formatIssueText } from '../issue-text';
import { NumberSlider } from './NumberSlider';

type Role = 'donor' | 'recipient' | 'neither';

/** Who gives credit and who receives it, and how recipients share it (MODEL.md 3.3). */
export function RolesEditor({ scenario, model }: { scenario: Scenario; model: PreparedModel }) {
  const tr = useTranslator();
  const store = useAppStore();
  const errors = useApp((s) => s.fieldErrors['policy']);
  const classes = scenario.economy.classes;
  const roleOf = (k: number): Role => (model.isDonor[k] ? 'donor' : model.isRecipient[k] ? 'recipient' : 'neither');

  const changeRole = (k: number, role: Role) => {
    const roles = classes.map((_, i) => (i === k ? role : roleOf(i)));
    const donors = classes.filter((_, i) => roles[i] === 'donor').map((c) => c.id);
    const recipients = classes.filter((_, i) => roles[i] === 'recipient').map((c) => c.id);
    // The policy as it is now (this editor is not redrawn while the amount moved is dragged).
    const now = store.getState().workshop.scenarios.find((x) => x.id === scenario.id) ?? scenario;
    const policy = { ...(now.policy ?? {}), donors, recipients };
    delete policy.recipientWeights;
    // Keep the amount moved below the new donors' share, so that changing roles is never refused for it.
    const total = classes.reduce((sum, c) => sum + c.credit, 0);
    const donorShare = classes.filter((c) => donors.includes(c.id)).reduce((sum, c) => sum + c.credit / total, 0);
    if (policy.reallocation !== undefined && policy.reallocation >= donorShare) policy.reallocation = reallocationMax(donorShare);
    const outcome = store.getState().setValue('policy', policy);
    if (!outcome.ok) store.getState().setFieldError('policy', outcome.issues);
  };

  const changeWeight = (k: number, share: number, gesture: string | undefined) => {
    const weights: Record<string, number> = {};
    classes.forEach((c, i) => {
      if (model.isRecipient[i]) weights[c.id] = i === k ? share : model.recipientWeight[i];
    });
    store.getState().setValue('policy.recipientWeights', weights, { gesture, trusted: true });
  };

  const recipientCount = classes.filter((_, k) => model.isRecipient[k]).length;
  return (
    <div className="control roles" data-control="policy.roles">
      <div className="control-label">
        <span className="control-name">{tr.t('controls.roles')}</span>
        <p className="control-help">{tr.t('param.recipientWeights.help')}</p>
      </div>
      {classes.map((c, k) => {
        const name = tr.text(c.label) || c.id;
        return (
          <div className="control-row role-row" key={c.id}>
            <span className="class-label">{name}</span>
            <select
              aria-label={tr.t('controls.role', { name })}
              data-role-class={c.id}
              value={roleOf(k)}
              onChange={(e) => changeRole(k, e.currentTarget.value as Role)}
            >
              <option value="donor">{tr.t('controls.donors')}</option>
              <option value="recipient">{tr.t('controls.recipients')}</option>
              <option value="neither">{tr.t('controls.neither')}</option>
            </select>
            {model.isRecipient[k] && recipientCount > 1 ? (
              <NumberSlider
                path={`policy.recipientWeights.${c.id}`}
                label={`${tr.t('controls.weights')}: ${name}`}
                value={model.recipientWeight[k]}
                min={0}
                max={1}
                step={0.01}
                unit={tr.t('unit.share')}
                unitKind="share"
                onChange={(_path, value, gesture) => changeWeight(k, value, gesture)}
              />
            ) : null}
          </div>
        );
      })}
      {errors && errors.length > 0 ? (
        <p className="field-error" role="alert">
          {tr.t('alert.field', { message: errors.map((i) => formatIssueText(tr, i)).join('; ') })}
        </p>
      ) : null}
    </div>
  );
}
