import type { DragEvent } from 'react';
import { ACTIVITY_TITLE_MAX_LENGTH } from '../../../../../shared/protocol/limits.js';
import { MODULE_TITLE_MAX_LENGTH } from '../../../../../shared/program/limits.js';
import type { AgendaModule } from '../../../../../shared/program/schemas.js';
import { useT } from '../../../common/i18n.js';
import { removeActivity, updateActivity, updateModule } from '../../program-draft.js';
import { useFacilitatorStore } from '../../state/store.js';
import { MinutesInput } from './MinutesInput.js';

interface Props {
  dayKey: string;
  dayNumber: number;
  module: AgendaModule;
  index: number;
  count: number;
  dropping: boolean;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
  onDragStart: (index: number) => void;
  onDragOver: (event: DragEvent, index: number) => void;
  onDrop: (event: DragEvent, index: number) => void;
  onDragEnd: () => void;
}

/** One module of a day: its title and minutes, its activities, and moving it by drag or by buttons. */
export function ModuleEditor(props: Props) {
  const { dayKey, dayNumber, module, index, count, dropping } = props;
  const t = useT();
  const edit = useFacilitatorStore((s) => s.editDraft);
  const id = `module-${module.key}`;
  const nameId = `${id}-name`;
  const activityMinutes = module.activities.reduce(
    (sum, a) => sum + (Number.isNaN(a.minutes) ? 0 : a.minutes),
    0,
  );
  return (
    <li
      className={`module-item ${dropping ? 'is-drop-target' : ''}`}
      data-testid="agenda-module"
      data-module-key={module.key}
      onDragOver={(e) => props.onDragOver(e, index)}
      onDrop={(e) => props.onDrop(e, index)}
    >
      <div className="module-head">
        <span
          className="drag-handle"
          draggable
          title={t('agenda.drag')}
          onDragStart={(e) => {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', module.title);
            const item = e.currentTarget.closest('li');
            if (item) e.dataTransfer.setDragImage(item, 16, 16);
            props.onDragStart(index);
          }}
          onDragEnd={props.onDragEnd}
          aria-hidden="true"
        >
          ⠿
        </span>
        <span className="module-index" aria-hidden="true">
          {index + 1}
        </span>
        <div className="module-fields">
          <div className="field field-grow">
            <label htmlFor={`${id}-title`} className="visually-hidden">
              {t('agenda.moduleTitle')} ({t('format.dayN', { n: dayNumber })},{' '}
              {t('agenda.moduleN', { n: index + 1 })})
            </label>
            <input
              id={`${id}-title`}
              type="text"
              className="module-title-input"
              maxLength={MODULE_TITLE_MAX_LENGTH}
              value={module.title}
              onChange={(e) => edit((d) => updateModule(d, dayKey, module.key, { title: e.target.value }))}
            />
            <span id={nameId} className="visually-hidden">
              {t('format.dayN', { n: dayNumber })} {t('agenda.moduleN', { n: index + 1 })}: {module.title}
            </span>
          </div>
          <MinutesInput
            id={`${id}-minutes`}
            label={t('agenda.moduleMinutes')}
            value={module.minutes}
            min={5}
            onChange={(minutes) => edit((d) => updateModule(d, dayKey, module.key, { minutes }))}
          />
        </div>
        <div className="module-actions">
          <button
            type="button"
            id={`move-up-${module.key}`}
            className="icon-button"
            aria-label={`${t('common.moveUp')}: ${module.title}`}
            disabled={index === 0}
            onClick={() => props.onMove(index, -1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            id={`move-down-${module.key}`}
            className="icon-button"
            aria-label={`${t('common.moveDown')}: ${module.title}`}
            disabled={index === count - 1}
            onClick={() => props.onMove(index, 1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="danger"
            aria-describedby={nameId}
            onClick={() => props.onRemove(index)}
          >
            {t('agenda.removeModule')}
          </button>
        </div>
      </div>
      <details className="module-activities">
        <summary>
          <span className={`module-origin ${module.moduleId ? '' : 'is-custom'}`}>
            {module.moduleId ? t('agenda.library') : t('agenda.custom')}
          </span>{' '}
          {t('agenda.activities', { count: module.activities.length, minutes: activityMinutes })}
        </summary>
        <ol className="activity-rows">
          {module.activities.map((a, i) => (
            <li key={a.key} className="activity-row">
              <div className="field field-grow">
                <label htmlFor={`${id}-a-${a.key}-title`} className="visually-hidden">
                  {t('agenda.activityTitle', { n: i + 1 })}
                </label>
                <input
                  id={`${id}-a-${a.key}-title`}
                  type="text"
                  maxLength={ACTIVITY_TITLE_MAX_LENGTH}
                  value={a.title}
                  onChange={(e) =>
                    edit((d) => updateActivity(d, dayKey, module.key, a.key, { title: e.target.value }))
                  }
                />
              </div>
              <MinutesInput
                id={`${id}-a-${a.key}-minutes`}
                label={t('agenda.activityMinutes', { n: i + 1 })}
                hideLabel
                value={a.minutes}
                min={0}
                onChange={(minutes) => edit((d) => updateActivity(d, dayKey, module.key, a.key, { minutes }))}
              />
              <button
                type="button"
                className="danger icon-button"
                aria-label={t('agenda.removeActivity', { n: i + 1 })}
                aria-describedby={nameId}
                onClick={() => edit((d) => removeActivity(d, dayKey, module.key, a.key))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
