import type { ProgramSummary } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDate } from '../../format.js';
import { AppLink } from '../AppLink.js';
import { StartDayButton } from '../program/StartDayButton.js';

interface Props {
  program: ProgramSummary;
  day: ProgramSummary['days'][number];
  /** Today's rows carry the start button. */
  startable: boolean;
}

/** One program day: which program, which day, when, and (today) the button that runs it. */
export function DayRow({ program, day, startable }: Props) {
  const t = useT();
  const lang = useLang();
  const titleId = `day-${day.id}-title`;
  return (
    <li className="day-row" data-testid={startable ? 'today-day' : 'upcoming-day'}>
      <div className="day-row-text">
        <AppLink id={titleId} to={{ name: 'program', programId: program.id }} className="day-row-title">
          {program.title}
        </AppLink>
        <span className="day-row-meta">
          {t('format.dayN', { n: day.number })} · {formatDate(day.date, lang)} ·{' '}
          {t('format.timeRange', { start: day.startTime, end: day.endTime })}
          {program.group && ` · ${program.group}`} · {t('home.members', { count: program.memberCount })}
        </span>
        {day.session?.status === 'live' && <span className="badge badge-live">{t('home.live')}</span>}
      </div>
      {(startable || day.session?.status === 'live') && (
        <StartDayButton programId={program.id} day={day} describedBy={titleId} />
      )}
    </li>
  );
}
