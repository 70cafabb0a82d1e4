import type { ProgramIntro } from '../../../../shared/program/views.js';
import { useLang, useT } from '../../common/i18n.js';
import { formatDate } from './format.js';

/** The days as a list: "1일차 · 6월 3일 (화) · 10:00–16:00". */
export function ProgramScheduleList({ days }: { days: ProgramIntro['days'] }) {
  const t = useT();
  const lang = useLang();
  return (
    <ol className="schedule-days">
      {days.map((day) => (
        <li key={day.number}>
          <strong>{t('program.day', { n: day.number })}</strong> {formatDate(day.date, lang)}{' '}
          <span className="schedule-time">
            {day.startTime}–{day.endTime}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The program's days under their heading. */
export function ProgramSchedule({ days }: { days: ProgramIntro['days'] }) {
  const t = useT();
  if (days.length === 0) return null;
  return (
    <section aria-labelledby="schedule-title" className="schedule">
      <h2 id="schedule-title">{t('program.scheduleTitle')}</h2>
      <ProgramScheduleList days={days} />
    </section>
  );
}
