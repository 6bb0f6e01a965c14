import { useState } from 'react';
import { SCENARIO_COLORS } from '../charts';
import { LIMITS } from '../engine';
import { MAX_VISIBLE } from '../state';
import { useApp, useAppShallow, useAppStore, useTranslator } from './context';

/** The scenarios of the workshop: select one to edit, choose up to four to show, manage them. */
export function ScenarioBar() {
  const tr = useTranslator();
  const store = useAppStore();
  // Ids and titles only: the bar redraws when a scenario is added, renamed or moved, not on every edit.
  const ids = useAppShallow((s) => s.workshop.scenarios.map((x) => x.id));
  const titles = useAppShallow((s) => s.workshop.scenarios.map((x) => x.title));
  const scenarios = ids.map((id, i) => ({ id, title: titles[i] }));
  const reference = useApp((s) => s.workshop.reference ?? s.workshop.scenarios[0]?.id);
  const selectedId = useApp((s) => s.selectedId);
  const visibleIds = useApp((s) => s.visibleIds);
  const [renaming, setRenaming] = useState<string | null>(null);
  // One line of chips by default, so that the levers and charts reach the first screen; the whole
  // list (wrapped) is one click away.
  const [expanded, setExpanded] = useState(false);
  const colorOf = (id: string) => SCENARIO_COLORS[scenarios.findIndex((s) => s.id === id) % SCENARIO_COLORS.length];
  const selectedIndex = scenarios.findIndex((s) => s.id === selectedId);
  const actions = store.getState();

  return (
    <section className={`scenario-bar${expanded ? ' is-expanded' : ''}`} aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading" className="visually-hidden">
        {tr.t('scenarios.heading')}
      </h2>
      <ul className="scenario-list" role="list" id="scenario-list">
        {scenarios.map((s) => {
          const name = tr.text(s.title) || s.id;
          const visible = visibleIds.includes(s.id);
          const selected = s.id === selectedId;
          return (
            <li key={s.id} className={`scenario-chip${selected ? ' is-selected' : ''}`} data-scenario-chip={s.id} style={{ '--scenario-color': colorOf(s.id) } as React.CSSProperties}>
              <input
                type="checkbox"
                checked={visible}
                aria-label={tr.t('scenarios.visible', { name })}
                title={visibleIds.length >= MAX_VISIBLE && !visible ? tr.t('scenarios.limit') : undefined}
                onChange={() => actions.toggleVisible(s.id)}
              />
              {renaming === s.id ? (
                <input
                  className="rename-box"
                  autoFocus
                  aria-label={tr.t('scenarios.renamePrompt')}
                  defaultValue={name}
                  onBlur={(e) => {
                    actions.renameScenario(s.id, e.currentTarget.value);
                    setRenaming(null);
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') e.currentTarget.blur();
                    if (e.key === 'Escape') setRenaming(null);
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="scenario-name"
                  aria-pressed={selected}
                  title={selected ? `${name} (${tr.t('scenarios.selected')})` : name}
                  onClick={() => actions.select(s.id)}
                  onDoubleClick={() => setRenaming(s.id)}
                >
                  <span className="swatch" aria-hidden="true" />
                  <span className="scenario-title">{name}</span>
                  {s.id === reference ? <span className="reference-mark"> ★ {tr.t('scenarios.reference')}</span> : null}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" className="scenario-all" data-action="all-scenarios" aria-expanded={expanded} aria-controls="scenario-list" onClick={() => setExpanded(!expanded)}>
        {tr.t(expanded ? 'scenarios.fewer' : 'scenarios.all', { count: tr.integer(scenarios.length) })}
      </button>
      <div className="scenario-actions" role="toolbar" aria-label={tr.t('scenarios.heading')}>
        <button type="button" data-action="add-scenario" onClick={() => actions.addScenario()} disabled={scenarios.length >= LIMITS.maxScenarios}>
          {tr.t('action.addScenario')}
        </button>
        <button type="button" data-action="duplicate-scenario" onClick={() => actions.duplicateScenario()} disabled={scenarios.length >= LIMITS.maxScenarios}>
          {tr.t('action.duplicateScenario')}
        </button>
        <button type="button" data-action="rename-scenario" onClick={() => setRenaming(selectedId)}>
          {tr.t('action.rename')}
        </button>
        <button type="button" data-action="move-earlier" onClick={() => actions.moveScenario(selectedId, -1)} disabled={selectedIndex <= 0}>
          {tr.t('action.moveEarlier')}
        </button>
        <button type="button" data-action="move-later" onClick={() => actions.moveScenario(selectedId, 1)} disabled={selectedIndex >= scenarios.length - 1}>
          {tr.t('action.moveLater')}
        </button>
        <button type="button" data-action="set-reference" onClick={() => actions.setReference(selectedId)} disabled={selectedId === reference}>
          {tr.t('action.setReference')}
        </button>
        <button type="button" data-action="delete-scenario" className="danger" onClick={() => actions.deleteScenario()} disabled={scenarios.length <= 1}>
          {tr.t('action.deleteScenario')}
        </button>
      </div>
    </section>
  );
}
