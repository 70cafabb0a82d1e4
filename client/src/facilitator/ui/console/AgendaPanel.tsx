import { isCounselingType } from '../../../../../shared/activities/counseling-module.js';
import { useState } from 'react';
import { isEngineType } from '../../../../../shared/activities/types.js';
import { moduleById } from '../../../../../shared/content/index.js';
import type { AgendaActivity, AgendaModule } from '../../../../../shared/program/schemas.js';
import type { ProgramDetail } from '../../../../../shared/program/views.js';
import type { ActivityView } from '../../../../../shared/protocol/views.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { typeName } from '../../drafts.js';
import { formatDate, formatHours, minutesToHours } from '../../format.js';
import { useFacilitatorStore } from '../../state/store.js';
import { Dialog } from '../Dialog.js';
import { ActivityLine } from './ActivityLine.js';
import { openedByOf } from './counseling-lines.js';
import { WaveLineNote } from './WaveLineNote.js';
import { WavesButton } from './WavesPanel.js';
import { activityStarts, dayPlan, liveActivitiesByLine } from './agenda-plan.js';
import type { ProgramDayState } from './use-program-day.js';

interface Props {
  state: ProgramDayState;
  onEdit: () => void;
}

/**
 * A program day's console spine: the whole day on one screen, a compact line per activity (clock
 * time, title, planned minutes, kind, one verb). Activities added in the console outside the agenda
 * follow under their own heading, with the same lines.
 */
export function AgendaPanel({ state, onEdit }: Props) {
  const t = useT();
  const { loaded, day, retry } = state;
  const ended = useFacilitatorStore((s) => s.live?.session.status === 'ended');
  return (
    <section className="card console-agenda" aria-labelledby="agenda-title" data-testid="console-agenda">
      <div className="spine-head">
        <h2 id="agenda-title">{t('todayAgenda.title')}</h2>
        {day && <DayFacts day={day} />}
        {state.ids && <WavesButton programId={state.ids.programId} />}
        {!ended && (
          <button type="button" className="spine-edit" data-testid="edit-activities" onClick={onEdit}>
            {t('console.editActivities')}
          </button>
        )}
      </div>
      {loaded === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : loaded.error ? (
        <>
          <ErrorText error={loaded.error} />
          <button type="button" onClick={retry}>
            {t('todayAgenda.retry')}
          </button>
        </>
      ) : day ? (
        <DayPlan day={day} />
      ) : (
        <p className="hint">{t('todayAgenda.dayMissing')}</p>
      )}
    </section>
  );
}

function DayFacts({ day }: { day: ProgramDetail['days'][number] }) {
  const t = useT();
  const lang = useLang();
  return (
    <p className="agenda-day-facts" data-testid="agenda-day-facts">
      {t('todayAgenda.day', {
        n: day.number,
        date: formatDate(day.date, lang),
        start: day.startTime,
        end: day.endTime,
      })}{' '}
      · {t('todayAgenda.planned', { hours: formatHours(minutesToHours(day.plannedMinutes), lang, t) })}
    </p>
  );
}

function DayPlan({ day }: { day: ProgramDetail['days'][number] }) {
  const t = useT();
  const lang = useLang();
  const live = useFacilitatorStore((s) => s.live?.activities);
  const matches = liveActivitiesByLine(day.modules, live ?? []);
  const matched = new Set([...matches.values()].map((a) => a.id));
  const added = (live ?? []).filter((a) => !matched.has(a.id));
  return (
    <>
      {day.modules.length === 0 && <p className="hint">{t('todayAgenda.noModules')}</p>}
      <ol className="agenda-modules">
        {dayPlan(day).map((row) =>
          row.kind === 'break' ? (
            <li key={`break-${row.start}`} className="agenda-break" data-testid="agenda-break">
              <span className="line-time">
                <time>{row.start}</time>–<time>{row.end}</time>
              </span>
              <span>{t('todayAgenda.break', { minutes: row.minutes })}</span>
            </li>
          ) : (
            <ModuleRow
              key={row.module.key}
              module={row.module}
              number={row.number}
              start={row.start}
              end={row.end}
              matches={matches}
              dayNumber={day.number}
            />
          ),
        )}
      </ol>
      {added.length > 0 && (
        <section className="agenda-added" aria-labelledby="agenda-added-title">
          <h3 id="agenda-added-title">{t('console.added')}</h3>
          <ul className="console-lines">
            {added.map((activity) => (
              <ActivityLine
                key={activity.id}
                activity={activity}
                title={activity.title}
                kind={typeName(activity.type, lang)}
              />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

interface ModuleProps {
  module: AgendaModule;
  number: number;
  start: string;
  end: string;
  matches: Map<string, ActivityView>;
  /** The day's number, which an instrument line's wave is found by. */
  dayNumber: number;
}

function ModuleRow({ module, number, start, end, matches, dayNumber }: ModuleProps) {
  const t = useT();
  const lang = useLang();
  const currentId = useFacilitatorStore((s) => s.live?.session.currentActivityId ?? null);
  const [notes, setNotes] = useState(false);
  const library = module.moduleId ? moduleById.get(module.moduleId) : undefined;
  const titleId = `agenda-module-${module.key}`;
  const current = module.activities.some((a) => currentId !== null && matches.get(a.key)?.id === currentId);
  const starts = activityStarts(start, module.activities);
  return (
    <li
      className={`agenda-module ${current ? 'is-current' : ''}`}
      data-testid="agenda-module"
      data-module-id={module.moduleId ?? ''}
      aria-current={current ? 'step' : undefined}
    >
      <div className="agenda-module-head">
        <span className="line-time" data-testid="agenda-time">
          <time>{start}</time>–<time>{end}</time>
        </span>
        <h3 id={titleId}>
          <span className="agenda-number">{number}. </span>
          {module.title}
        </h3>
        <span className="line-minutes">{t('todayAgenda.minutes', { minutes: module.minutes })}</span>
        {library && (
          <button
            type="button"
            className="agenda-notes-button"
            data-testid="agenda-notes"
            aria-label={t('todayAgenda.notesFor', { title: module.title })}
            onClick={() => setNotes(true)}
          >
            {t('todayAgenda.notesShort')}
          </button>
        )}
      </div>
      {module.activities.length > 0 && (
        <ul className="console-lines" aria-labelledby={titleId}>
          {module.activities.map((activity, i) => {
            const live = matches.get(activity.key);
            return live ? (
              <ActivityLine
                key={activity.key}
                activity={live}
                title={activity.title}
                kind={kindOf(activity, t, lang)}
                time={starts[i]}
                minutes={activity.minutes}
              />
            ) : (
              <LedLine
                key={activity.key}
                activity={activity}
                time={starts[i] ?? start}
                dayNumber={dayNumber}
              />
            );
          })}
        </ul>
      )}
      {notes && library && (
        <ModuleNotes
          title={`${number}. ${module.title}`}
          moduleId={library.id}
          onClose={() => setNotes(false)}
        />
      )}
    </li>
  );
}

function kindOf(activity: AgendaActivity, t: ReturnType<typeof useT>, lang: 'ko' | 'en'): string {
  return isEngineType(activity.type) ? typeName(activity.type, lang) : t(`todayAgenda.kind.${activity.type}`);
}

/**
 * A line the facilitator leads in the room (cards), a counseling line, one the plan opens (an
 * instrument: it shows its wave's state), or one missing from the session.
 */
function LedLine({
  activity,
  time,
  dayNumber,
}: {
  activity: AgendaActivity;
  time: string;
  dayNumber: number;
}) {
  const t = useT();
  const lang = useLang();
  const engine = isEngineType(activity.type);
  return (
    <li className="console-line is-led" data-testid="agenda-led" data-kind={engine ? 'phone' : 'facilitator'}>
      <span className="line-time">
        <time>{time}</time>
      </span>
      <span className="line-title" title={activity.title}>
        {activity.title}
      </span>
      <span className="line-minutes">{t('todayAgenda.minutes', { minutes: activity.minutes })}</span>
      <span className={`line-kind ${engine ? 'is-phone' : 'is-led'}`} data-testid="agenda-kind">
        {kindOf(activity, t, lang)}
      </span>
      {isCounselingType(activity.type) && openedByOf(activity.type) === 'plan' ? (
        <WaveLineNote
          className="line-note is-wave"
          instrumentId={activity.instrumentId}
          dayNumber={dayNumber}
        />
      ) : (
        <span className="line-note">
          {engine
            ? t('todayAgenda.notInSession')
            : isCounselingType(activity.type)
              ? t('todayAgenda.counselingLine')
              : t('todayAgenda.facilitatorLed')}
        </span>
      )}
    </li>
  );
}

function ModuleNotes({ title, moduleId, onClose }: { title: string; moduleId: string; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const library = moduleById.get(moduleId);
  if (!library) return null;
  return (
    <Dialog id="module-notes" title={title} onClose={onClose}>
      <dl className="module-notes" data-testid="module-notes">
        <dt>{t('todayAgenda.goal')}</dt>
        <dd>{library.goal[lang]}</dd>
        <dt>{t('todayAgenda.intro')}</dt>
        <dd>{library.facilitatorNotes.intro[lang]}</dd>
        <dt>{t('todayAgenda.watchFor')}</dt>
        <dd>{library.facilitatorNotes.watchFor[lang]}</dd>
        <dt>{t('todayAgenda.close')}</dt>
        <dd>{library.facilitatorNotes.close[lang]}</dd>
      </dl>
    </Dialog>
  );
}
