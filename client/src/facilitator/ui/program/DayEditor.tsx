import { useState, type DragEvent } from 'react';
import { MAX_MODULES_PER_DAY, MAX_PROGRAM_DAYS } from '../../../../../shared/program/limits.js';
import { plannedMinutes } from '../../../../../shared/program/template.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatHours, minutesToHours } from '../../format.js';
import { updateDay, type DayDraft, type Spot } from '../../program-draft.js';
import { useFacilitatorStore } from '../../state/store.js';
import { ConfirmDialog } from '../Dialog.js';
import { ModuleEditor } from './ModuleEditor.js';

interface Props {
  day: DayDraft;
  number: number;
  dayCount: number;
  /** A day that has been run (it has a live session) stays: the server keeps its records. */
  locked: boolean;
  dropTarget: Spot | null;
  onMove: (from: Spot, to: Spot) => void;
  onRemoveModule: (spot: Spot) => void;
  onOpenLibrary: (dayKey: string) => void;
  onAddBlank: (dayKey: string) => void;
  onDuplicate: (dayKey: string) => void;
  onRemove: (dayKey: string) => void;
  drag: {
    start: (from: Spot) => void;
    over: (event: DragEvent, at: Spot) => void;
    drop: (event: DragEvent, at: Spot) => void;
    end: () => void;
  };
}

const finite = (minutes: number) => (Number.isNaN(minutes) ? 0 : minutes);

/** One day of the agenda: date and times, its modules in order, planned hours. */
export function DayEditor(props: Props) {
  const { day, number, locked, dropTarget, drag } = props;
  const t = useT();
  const lang = useLang();
  const edit = useFacilitatorStore((s) => s.editDraft);
  const [removing, setRemoving] = useState(false);
  const id = `day-${day.key}`;
  const minutes = plannedMinutes(day.modules.map((m) => ({ minutes: finite(m.minutes) })));
  const at = (index: number): Spot => ({ dayKey: day.key, index });
  const endIndex = day.modules.length;
  return (
    <section className="card day-editor" aria-labelledby={`${id}-title`} data-testid="agenda-day">
      <div className="day-head">
        <h3 id={`${id}-title`}>{t('agenda.dayN', { n: number })}</h3>
        <div className="day-fields">
          <div className="field">
            <label htmlFor={`${id}-date`} className="field-label">
              {t('agenda.date')}
            </label>
            <input
              id={`${id}-date`}
              type="date"
              value={day.date}
              onChange={(e) => edit((d) => updateDay(d, day.key, { date: e.target.value }))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-start`} className="field-label">
              {t('agenda.start')}
            </label>
            <input
              id={`${id}-start`}
              type="time"
              value={day.startTime}
              onChange={(e) => edit((d) => updateDay(d, day.key, { startTime: e.target.value }))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-end`} className="field-label">
              {t('agenda.end')}
            </label>
            <input
              id={`${id}-end`}
              type="time"
              value={day.endTime}
              onChange={(e) => edit((d) => updateDay(d, day.key, { endTime: e.target.value }))}
            />
          </div>
        </div>
        <p className="day-planned" data-testid="day-planned">
          {t('agenda.dayPlanned', { hours: formatHours(minutesToHours(minutes), lang, t) })}
        </p>
      </div>
      {day.modules.length === 0 && <p className="hint">{t('agenda.noModules')}</p>}
      <ol className="module-list" aria-labelledby={`${id}-title`}>
        {day.modules.map((module, index) => (
          <ModuleEditor
            key={module.key}
            dayKey={day.key}
            dayNumber={number}
            module={module}
            index={index}
            count={day.modules.length}
            dropping={dropTarget?.dayKey === day.key && dropTarget.index === index}
            onMove={(i, by) => props.onMove(at(i), at(i + by))}
            onRemove={(i) => props.onRemoveModule(at(i))}
            onDragStart={(i) => drag.start(at(i))}
            onDragOver={(e, i) => drag.over(e, at(i))}
            onDrop={(e, i) => drag.drop(e, at(i))}
            onDragEnd={drag.end}
          />
        ))}
      </ol>
      <div
        className={`drop-end ${dropTarget?.dayKey === day.key && dropTarget.index === endIndex ? 'is-drop-target' : ''}`}
        onDragOver={(e) => drag.over(e, at(endIndex))}
        onDrop={(e) => drag.drop(e, at(endIndex))}
      >
        <div className="button-row">
          <button
            type="button"
            disabled={day.modules.length >= MAX_MODULES_PER_DAY}
            aria-describedby={`${id}-title`}
            onClick={() => props.onOpenLibrary(day.key)}
          >
            {t('agenda.addModule')}
          </button>
          <button
            type="button"
            disabled={day.modules.length >= MAX_MODULES_PER_DAY}
            aria-describedby={`${id}-title`}
            onClick={() => props.onAddBlank(day.key)}
          >
            {t('agenda.addBlank')}
          </button>
          <span className="button-row-gap" />
          <button
            type="button"
            aria-describedby={`${id}-title`}
            disabled={props.dayCount >= MAX_PROGRAM_DAYS}
            onClick={() => props.onDuplicate(day.key)}
          >
            {t('agenda.duplicateDay')}
          </button>
          <span className="danger-zone">
            <button
              type="button"
              className="danger"
              aria-describedby={locked ? `${id}-title ${id}-locked` : `${id}-title`}
              disabled={locked || props.dayCount <= 1}
              onClick={() => setRemoving(true)}
            >
              {t('agenda.removeDay')}
            </button>
          </span>
        </div>
        {locked && (
          <p id={`${id}-locked`} className="hint">
            {t('agenda.dayLocked')}
          </p>
        )}
      </div>
      {removing && (
        <ConfirmDialog
          id={`${id}-remove`}
          title={t('agenda.removeDayTitle', { n: number })}
          confirmLabel={t('agenda.removeDay')}
          danger
          onConfirm={() => props.onRemove(day.key)}
          onClose={() => setRemoving(false)}
        >
          <p>{t('agenda.removeDayConfirm', { n: number, count: day.modules.length })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
