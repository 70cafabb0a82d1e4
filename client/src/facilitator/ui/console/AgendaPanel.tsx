import { useEffect, useRef, useState } from 'react';
import { moduleById } from '../../../../../shared/content/index.js';
import type { Module } from '../../../../../shared/content/schema.js';
import type { AgendaActivity, AgendaModule } from '../../../../../shared/program/schemas.js';
import type { ProgramDetail } from '../../../../../shared/program/views.js';
import type { ActivityView } from '../../../../../shared/protocol/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { act } from '../../connection.js';
import { typeName } from '../../drafts.js';
import { formatDate, formatHours, minutesToHours } from '../../format.js';
import { fetchProgram } from '../../program-actions.js';
import { useFacilitatorStore } from '../../state/store.js';
import { dayPlan, isEngineType, matchLiveActivities } from './agenda-plan.js';

/** A program day's console: the day's agenda next to the activity list. Quick sessions show nothing. */
export function AgendaPanel() {
  const programId = useFacilitatorStore((s) => s.live?.session.program?.id ?? null);
  const dayId = useFacilitatorStore((s) => s.live?.session.program?.dayId ?? null);
  if (!programId || !dayId) return null;
  // Keyed: another session's program starts with nothing loaded.
  return <DayAgenda key={`${programId}/${dayId}`} programId={programId} dayId={dayId} />;
}

type Loaded = { program: ProgramDetail; error: null } | { program: null; error: ClientError } | null;

function DayAgenda({ programId, dayId }: { programId: string; dayId: string }) {
  const t = useT();
  const [open, setOpen] = useState(true);
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void fetchProgram(programId).then((result) => {
      if (current) setLoaded(result);
    });
    return () => {
      current = false;
    };
  }, [programId, attempt]);

  const day = loaded?.program?.days.find((d) => d.id === dayId) ?? null;
  return (
    <section className="card console-agenda" aria-labelledby="agenda-title" data-testid="console-agenda">
      <div className="console-agenda-head">
        <h2 id="agenda-title">{t('todayAgenda.title')}</h2>
        <button
          type="button"
          className="agenda-toggle"
          aria-expanded={open}
          aria-controls="agenda-body"
          data-testid="agenda-toggle"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('todayAgenda.hide') : t('todayAgenda.show')}
        </button>
      </div>
      <div id="agenda-body" hidden={!open}>
        {loaded === null ? (
          <p role="status">{t('common.loading')}</p>
        ) : loaded.error ? (
          <>
            <ErrorText error={loaded.error} />
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>
              {t('todayAgenda.retry')}
            </button>
          </>
        ) : day ? (
          <DayPlan day={day} />
        ) : (
          <p className="hint">{t('todayAgenda.dayMissing')}</p>
        )}
      </div>
    </section>
  );
}

function DayPlan({ day }: { day: ProgramDetail['days'][number] }) {
  const t = useT();
  const lang = useLang();
  const live = useFacilitatorStore((s) => s.live?.activities);
  const currentId = useFacilitatorStore((s) => s.live?.session.currentActivityId ?? null);
  const ended = useFacilitatorStore((s) => s.live?.session.status === 'ended');
  const matches = matchLiveActivities(day.modules, live ?? []);
  const rows = dayPlan(day);
  // A console opened mid-day shows the running module, not the morning's first one.
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = scroller.current;
    const current = box?.querySelector<HTMLElement>('.agenda-module.is-current');
    if (box && current) box.scrollTop = current.offsetTop - 8;
  }, []);
  return (
    <>
      <p className="agenda-day-facts" data-testid="agenda-day-facts">
        {t('todayAgenda.day', {
          n: day.number,
          date: formatDate(day.date, lang),
          start: day.startTime,
          end: day.endTime,
        })}{' '}
        · {t('todayAgenda.planned', { hours: formatHours(minutesToHours(day.plannedMinutes), lang, t) })}
      </p>
      {day.modules.length === 0 && <p className="hint">{t('todayAgenda.noModules')}</p>}
      <div className="agenda-scroll" ref={scroller}>
        <ol className="agenda-modules">
          {rows.map((row) =>
            row.kind === 'break' ? (
              <li key={`break-${row.start}`} className="agenda-break" data-testid="agenda-break">
                <span className="agenda-time">
                  <time>{row.start}</time>–<time>{row.end}</time>
                </span>{' '}
                {t('todayAgenda.break', { minutes: row.minutes })}
              </li>
            ) : (
              <ModuleRow
                key={row.module.key}
                module={row.module}
                number={row.number}
                start={row.start}
                end={row.end}
                matches={matches}
                currentId={currentId}
                ended={ended}
              />
            ),
          )}
        </ol>
      </div>
    </>
  );
}

interface ModuleProps {
  module: AgendaModule;
  number: number;
  start: string;
  end: string;
  matches: Map<string, ActivityView>;
  currentId: string | null;
  ended: boolean;
}

function ModuleRow({ module, number, start, end, matches, currentId, ended }: ModuleProps) {
  const t = useT();
  const lang = useLang();
  const library: Module | undefined = module.moduleId ? moduleById.get(module.moduleId) : undefined;
  const titleId = `agenda-module-${module.key}`;
  const current = module.activities.some((a) => currentId !== null && matches.get(a.key)?.id === currentId);
  return (
    <li
      className={`agenda-module ${current ? 'is-current' : ''}`}
      data-testid="agenda-module"
      data-module-id={module.moduleId ?? ''}
      aria-current={current ? 'step' : undefined}
    >
      <div className="agenda-module-head">
        <span className="agenda-time" data-testid="agenda-time">
          <time>{start}</time>–<time>{end}</time>
        </span>
        <h3 id={titleId}>
          <span className="agenda-number">{number}. </span>
          {module.title}
        </h3>
        <span className="agenda-minutes">{t('todayAgenda.minutes', { minutes: module.minutes })}</span>
      </div>
      {library && (
        <p className="agenda-goal">
          <strong>{t('todayAgenda.goal')}</strong> {library.goal[lang]}
        </p>
      )}
      {module.activities.length > 0 && (
        <ul className="agenda-activities" aria-labelledby={titleId}>
          {module.activities.map((activity) => (
            <ActivityRow
              key={activity.key}
              activity={activity}
              live={matches.get(activity.key) ?? null}
              currentId={currentId}
              ended={ended}
            />
          ))}
        </ul>
      )}
      {library && (
        <details className="agenda-notes" data-testid="agenda-notes">
          <summary>{t('todayAgenda.notes')}</summary>
          <dl>
            <dt>{t('todayAgenda.intro')}</dt>
            <dd>{library.facilitatorNotes.intro[lang]}</dd>
            <dt>{t('todayAgenda.watchFor')}</dt>
            <dd>{library.facilitatorNotes.watchFor[lang]}</dd>
            <dt>{t('todayAgenda.close')}</dt>
            <dd>{library.facilitatorNotes.close[lang]}</dd>
          </dl>
        </details>
      )}
    </li>
  );
}

interface ActivityProps {
  activity: AgendaActivity;
  live: ActivityView | null;
  currentId: string | null;
  ended: boolean;
}

function ActivityRow({ activity, live, currentId, ended }: ActivityProps) {
  const t = useT();
  const lang = useLang();
  const engine = isEngineType(activity.type);
  const kind = isEngineType(activity.type)
    ? typeName(activity.type, lang)
    : t(`todayAgenda.kind.${activity.type}`);
  const titleId = `agenda-activity-${activity.key}`;
  const running = live !== null && live.id === currentId && live.status === 'open';
  return (
    <li
      className="agenda-activity"
      data-testid="agenda-activity"
      data-kind={engine ? 'phone' : 'facilitator'}
      data-activity-id={live?.id ?? ''}
    >
      <div className="agenda-activity-text">
        <span className={`agenda-badge ${engine ? 'is-phone' : 'is-led'}`} data-testid="agenda-kind">
          {engine ? t('todayAgenda.onPhones') : t('todayAgenda.facilitatorLed')}
        </span>
        <span id={titleId} className="agenda-activity-title">
          {activity.title}
        </span>
        <span className="agenda-activity-meta">
          {kind} · {t('todayAgenda.minutes', { minutes: activity.minutes })}
          {live && !running && ` · ${t(`status.${live.status}`)}`}
        </span>
      </div>
      {engine &&
        (live ? (
          // One button throughout: when its activity runs it says so and stays focused.
          <button
            type="button"
            className={`agenda-run ${running ? 'is-running' : ''}`}
            data-testid={running ? 'agenda-running' : 'agenda-run'}
            aria-describedby={titleId}
            aria-disabled={running || undefined}
            disabled={ended}
            onClick={() => {
              if (!running) void act('activity:open', { activityId: live.id });
            }}
          >
            {running
              ? t('todayAgenda.running')
              : live.status === 'closed'
                ? t('todayAgenda.runAgain')
                : t('todayAgenda.run')}
          </button>
        ) : (
          <span className="agenda-missing">{t('todayAgenda.notInSession')}</span>
        ))}
    </li>
  );
}
