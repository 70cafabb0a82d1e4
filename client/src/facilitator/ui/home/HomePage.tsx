import { useMemo } from 'react';
import type { ProgramSummary } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDate, today } from '../../format.js';
import { useFacilitatorStore } from '../../state/store.js';
import { AppLink } from '../AppLink.js';
import { DayRow } from './DayRow.js';
import { FollowUpsDue } from './FollowUpsDue.js';
import { RecentPrograms } from './RecentPrograms.js';

type Day = ProgramSummary['days'][number];
interface Entry {
  program: ProgramSummary;
  day: Day;
}

const UPCOMING_LIMIT = 8;

/** Today's days, the next days to come, and programs with nothing left to run. */
function sortOut(programs: ProgramSummary[], date: string) {
  const active = programs.filter((p) => p.status === 'active');
  const days = active.flatMap((program) => program.days.map((day) => ({ program, day })));
  const byTime = (a: Entry, b: Entry) =>
    a.day.date.localeCompare(b.day.date) || a.day.startTime.localeCompare(b.day.startTime);
  const todays = days.filter((e) => e.day.date === date).sort(byTime);
  const upcoming = days
    .filter((e) => e.day.date > date)
    .sort(byTime)
    .slice(0, UPCOMING_LIMIT);
  const past = programs.filter((p) => p.status === 'ended' || p.days.every((d) => d.date < date));
  return { todays, upcoming, past };
}

/** The facilitator's start page: one click runs today's session; this week's follow-up calls below it. */
export function HomePage() {
  const t = useT();
  const lang = useLang();
  const programs = useFacilitatorStore((s) => s.programs);
  const name = useFacilitatorStore((s) => s.user?.name ?? '');
  const date = today();
  const sorted = useMemo(() => (programs ? sortOut(programs, date) : null), [programs, date]);
  return (
    <div className="home-page">
      <div className="page-head">
        <h1>{t('home.greeting', { name })}</h1>
        <div className="button-row">
          <AppLink to={{ name: 'newProgram' }} className="button-link">
            {t('home.newProgram')}
          </AppLink>
          <AppLink to={{ name: 'sessions' }} className="button-link button-link-quiet">
            {t('home.quickSessions')}
          </AppLink>
        </div>
      </div>
      {!sorted ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <section className="card home-today" aria-labelledby="today-title">
            <h2 id="today-title">{t('home.today', { date: formatDate(date, lang) })}</h2>
            {sorted.todays.length === 0 ? (
              <p className="hint">{t('home.noToday')}</p>
            ) : (
              <ul className="day-list">
                {sorted.todays.map(({ program, day }) => (
                  <DayRow key={day.id} program={program} day={day} startable />
                ))}
              </ul>
            )}
          </section>
          <FollowUpsDue />
          <div className="home-columns">
            <section className="card" aria-labelledby="upcoming-title">
              <h2 id="upcoming-title">{t('home.upcoming')}</h2>
              {sorted.upcoming.length === 0 ? (
                <p className="hint">{t('home.noUpcoming')}</p>
              ) : (
                <ul className="day-list">
                  {sorted.upcoming.map(({ program, day }) => (
                    <DayRow key={day.id} program={program} day={day} startable={false} />
                  ))}
                </ul>
              )}
            </section>
            <RecentPrograms programs={sorted.past} />
          </div>
        </>
      )}
    </div>
  );
}
