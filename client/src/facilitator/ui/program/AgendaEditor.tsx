import { useEffect, useRef, useState, type DragEvent } from 'react';
import { MAX_PROGRAM_DAYS } from '../../../../../shared/program/limits.js';
import type { AgendaModule } from '../../../../../shared/program/schemas.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDate, today } from '../../format.js';
import {
  addDay,
  addModule,
  blankModule,
  duplicateDay,
  moveModule,
  removeDay,
  removeModule,
  type ProgramDraft,
  type Spot,
} from '../../program-draft.js';
import { useFacilitatorStore } from '../../state/store.js';
import { DayEditor } from './DayEditor.js';
import { ModuleLibrary } from './ModuleLibrary.js';
import { ProgramDetailsEditor } from './ProgramDetailsEditor.js';
import { SaveBar } from './SaveBar.js';

/** After a keyboard move the same move button keeps focus (or its twin once it is disabled). */
interface FocusRequest {
  key: string;
  direction: 'up' | 'down';
}

const dayNumber = (draft: ProgramDraft, dayKey: string) => draft.days.findIndex((d) => d.key === dayKey) + 1;

/**
 * The agenda editor: the program's details, its days with their modules (drag, or the move buttons),
 * planned hours against the template's, and one save for all of it.
 */
export function AgendaEditor() {
  const t = useT();
  const lang = useLang();
  const draft = useFacilitatorStore((s) => s.draft);
  const program = useFacilitatorStore((s) => s.program);
  const edit = useFacilitatorStore((s) => s.editDraft);
  const [announcement, setAnnouncement] = useState('');
  const [libraryDay, setLibraryDay] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<Spot | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const dragging = useRef<Spot | null>(null);

  useEffect(() => {
    if (!focusRequest) return;
    const other = focusRequest.direction === 'up' ? 'down' : 'up';
    const wanted = document.getElementById(`move-${focusRequest.direction}-${focusRequest.key}`);
    const twin = document.getElementById(`move-${other}-${focusRequest.key}`);
    const target = wanted instanceof HTMLButtonElement && !wanted.disabled ? wanted : twin;
    target?.focus();
  }, [focusRequest]);

  if (!draft || !program) return null;
  const ended = program.status === 'ended';
  const started = new Set(program.days.filter((d) => d.session !== null).map((d) => d.id));

  const move = (from: Spot, to: Spot, byKeyboard: boolean) => {
    const module = draft.days.find((d) => d.key === from.dayKey)?.modules[from.index];
    if (!module) return;
    const next = moveModule(draft, from, to);
    edit(() => next);
    const day = next.days.find((d) => d.key === to.dayKey);
    const position = (day?.modules.findIndex((m) => m.key === module.key) ?? 0) + 1;
    setAnnouncement(t('agenda.moved', { title: module.title, day: dayNumber(next, to.dayKey), position }));
    if (byKeyboard) setFocusRequest({ key: module.key, direction: to.index < from.index ? 'up' : 'down' });
  };

  const add = (dayKey: string, module: AgendaModule) => {
    edit((d) => addModule(d, dayKey, module));
    setAnnouncement(t('agenda.added', { title: module.title, day: dayNumber(draft, dayKey) }));
    // The new module's title field: ready to type into.
    requestAnimationFrame(() => document.getElementById(`module-${module.key}-title`)?.focus());
  };

  const drag = {
    start: (from: Spot) => {
      dragging.current = from;
    },
    over: (event: DragEvent, at: Spot) => {
      if (!dragging.current) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (dropTarget?.dayKey !== at.dayKey || dropTarget.index !== at.index) setDropTarget(at);
    },
    drop: (event: DragEvent, at: Spot) => {
      const from = dragging.current;
      if (!from) return;
      event.preventDefault();
      event.stopPropagation();
      dragging.current = null;
      setDropTarget(null);
      if (from.dayKey !== at.dayKey || from.index !== at.index) move(from, at, false);
    },
    end: () => {
      dragging.current = null;
      setDropTarget(null);
    },
  };

  const newDay = (
    change: (d: ProgramDraft) => ProgramDraft,
    message: 'agenda.dayAdded' | 'agenda.dayDuplicated',
  ) => {
    const next = change(draft);
    const added = next.days[next.days.length - 1];
    edit(() => next);
    if (added) {
      setAnnouncement(t(message, { day: next.days.length, date: formatDate(added.date, lang) }));
      requestAnimationFrame(() => document.getElementById(`day-${added.key}-date`)?.focus());
    }
  };

  return (
    <div className="agenda-editor">
      <p className="visually-hidden" aria-live="polite" data-testid="agenda-announcer">
        {announcement}
      </p>
      {ended && <p className="banner banner-pending">{t('agenda.ended')}</p>}
      <SaveBar />
      <fieldset className="agenda-body" disabled={ended}>
        <legend className="visually-hidden">{t('agenda.title')}</legend>
        <ProgramDetailsEditor />
        <h2 className="agenda-days-title">{t('agenda.days')}</h2>
        {draft.days.map((day, index) => (
          <DayEditor
            key={day.key}
            day={day}
            number={index + 1}
            dayCount={draft.days.length}
            locked={day.id !== undefined && started.has(day.id)}
            dropTarget={dropTarget}
            onMove={(from, to) => move(from, to, true)}
            onRemoveModule={(spot) => {
              const module = day.modules[spot.index];
              if (!module) return;
              edit((d) => removeModule(d, spot.dayKey, module.key));
              setAnnouncement(t('agenda.removed', { title: module.title }));
            }}
            onOpenLibrary={setLibraryDay}
            onAddBlank={(dayKey) => add(dayKey, blankModule(t('agenda.blankTitle')))}
            onDuplicate={(dayKey) => newDay((d) => duplicateDay(d, dayKey, today()), 'agenda.dayDuplicated')}
            onRemove={(dayKey) => {
              edit((d) => removeDay(d, dayKey));
              setAnnouncement(t('agenda.dayRemoved'));
            }}
            drag={drag}
          />
        ))}
        <button
          type="button"
          disabled={draft.days.length >= MAX_PROGRAM_DAYS}
          onClick={() => newDay((d) => addDay(d, today()), 'agenda.dayAdded')}
        >
          {t('agenda.addDay')}
        </button>
      </fieldset>
      {libraryDay && (
        <ModuleLibrary
          dayNumber={dayNumber(draft, libraryDay)}
          onAdd={(module) => {
            setLibraryDay(null);
            add(libraryDay, module);
          }}
          onClose={() => setLibraryDay(null)}
        />
      )}
    </div>
  );
}
