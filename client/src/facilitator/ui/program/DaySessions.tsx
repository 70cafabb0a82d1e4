import { useState } from 'react';
import type { ProgramDetail, ProgramDayView } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDate, today } from '../../format.js';
import { startDay } from '../../program-actions.js';
import { StartDayButton } from './StartDayButton.js';

/**
 * Every day of the program with its session: run today's, go to a running one, look at an ended
 * one. A day may also be run on another date (rescheduled, or day 2 held early) and an ended day
 * reopened; both ask first, since they are rarely what a click meant.
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
  const labelId = `day-session-${day.id}`;
  const isToday = day.date === today();
  const status = day.session?.status ?? 'none';
  // Not started and not today, or ended: the action behind the button needs a yes first.
  const needsConfirm = !programEnded && ((status === 'none' && !isToday) || status === 'ended');
  return (
    <li className="day-session-row" data-testid="day-session" data-status={status}>
      <span id={labelId} className="day-session-label">
        {t('format.dayN', { n: day.number })} · {formatDate(day.date, lang)}
        {isToday && ` · ${t('daySessions.today')}`}
      </span>
      <span className="day-session-status">{t(`daySessions.status.${status}`)}</span>
      <span className="button-row">
        {status === 'ended' && <StartDayButton programId={programId} day={day} describedBy={labelId} />}
        {!programEnded && !needsConfirm && (
          <StartDayButton
            programId={programId}
            day={day}
            describedBy={labelId}
            startLabel={t('daySessions.start')}
          />
        )}
        {needsConfirm &&
          (asking ? (
            <span className="confirm" role="group" aria-label={t(confirmText(status))}>
              <span>{t(confirmText(status))}</span>
              <button
                type="button"
                className="primary"
                data-testid="start-day-confirm"
                onClick={() => {
                  setAsking(false);
                  void startDay(programId, day.id);
                }}
              >
                {t('daySessions.yes')}
              </button>
              <button type="button" onClick={() => setAsking(false)}>
                {t('common.cancel')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              aria-describedby={labelId}
              data-testid="start-day-other"
              onClick={() => setAsking(true)}
            >
              {t(status === 'ended' ? 'daySessions.reopen' : 'daySessions.startNow')}
            </button>
          ))}
      </span>
    </li>
  );
}

function confirmText(status: string): string {
  return status === 'ended' ? 'daySessions.reopenConfirm' : 'daySessions.startNowConfirm';
}
