import { useState } from 'react';
import type { ProgramDetail, ProgramDayView } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDate, today } from '../../format.js';
import { ConfirmDialog } from '../Dialog.js';
import { StartDayButton } from './StartDayButton.js';
import { useStartDay } from './use-start-day.js';

/**
 * Every day of the program with its session: go to a running one, look at an ended one. Today's
 * start is the header's primary button; a day may also be run on another date (rescheduled, or held
 * early) and an ended day reopened: secondary buttons that say what they do and ask first.
 */
export function DaySessions({ program }: { program: ProgramDetail }) {
  const t = useT();
  const ended = program.status === 'ended';
  return (
    <section className="day-sessions" aria-labelledby="day-sessions-heading">
      <h2 id="day-sessions-heading">{t('daySessions.heading')}</h2>
      <ul>
        {program.days.map((day) => (
          <DaySessionRow key={day.id} programId={program.id} day={day} programEnded={ended} />
        ))}
      </ul>
    </section>
  );
}

function DaySessionRow(props: { programId: string; day: ProgramDayView; programEnded: boolean }) {
  const { programId, day, programEnded } = props;
  const t = useT();
  const lang = useLang();
  const [asking, setAsking] = useState(false);
  const { start, busy, dialog } = useStartDay(programId, day);
  const labelId = `day-session-${day.id}`;
  const isToday = day.date === today();
  const status = day.session?.status ?? 'none';
  const names = { n: day.number, date: formatDate(day.date, lang) };
  // Today's day not started yet is the header's primary button; running days are gone to from here.
  const otherDate = !programEnded && status === 'none' && !isToday;
  const reopen = !programEnded && status === 'ended';
  return (
    <li className="day-session-row" data-testid="day-session" data-status={status}>
      <span id={labelId} className="day-session-label">
        {t('format.dayN', { n: day.number })} · {formatDate(day.date, lang)}
        {isToday && ` · ${t('daySessions.today')}`}
      </span>
      <span className="day-session-status">{t(`daySessions.status.${status}`)}</span>
      <span className="button-row">
        {status === 'ended' && <StartDayButton programId={programId} day={day} describedBy={labelId} />}
        {!programEnded && status === 'live' && (
          <StartDayButton programId={programId} day={day} describedBy={labelId} />
        )}
        {(otherDate || reopen) && (
          <button
            type="button"
            className="secondary-path"
            aria-describedby={labelId}
            data-testid="start-day-other"
            disabled={busy}
            onClick={() => setAsking(true)}
          >
            {reopen ? t('daySessions.reopen') : t('daySessions.startNow', names)}
          </button>
        )}
      </span>
      {asking && (
        <ConfirmDialog
          id={`start-other-${day.id}`}
          title={t(reopen ? 'daySessions.reopenTitle' : 'daySessions.startNowTitle', names)}
          confirmLabel={t('daySessions.yes')}
          onConfirm={() => void start()}
          onClose={() => setAsking(false)}
        >
          <p>{t(reopen ? 'daySessions.reopenConfirm' : 'daySessions.startNowConfirm', names)}</p>
        </ConfirmDialog>
      )}
      {dialog}
    </li>
  );
}
