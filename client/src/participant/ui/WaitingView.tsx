import type { ProgramStanding } from '../../../../shared/program/standing.js';
import { useLang, useT, type TFn } from '../../common/i18n.js';
import { useParticipantStore } from '../state/store.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { useFocusHeading } from './focus.js';
import { formatDate } from './format.js';
import { ProgramSchedule } from './ProgramSchedule.js';

/** One empty list: a selector must not return a new array on every call (zustand would loop). */
const NO_DAYS: never[] = [];

interface Words {
  title: string;
  /** "다음 모임: 12월 1일 (화) 09:30", or when the first day starts; null when nothing is planned. */
  next: string | null;
  over: boolean;
}

/** What the waiting phone says, from where the program stands and whether it saw a day end. */
function wordsFor(
  standing: ProgramStanding | null,
  dayEnded: number | null,
  lang: 'ko' | 'en',
  t: TFn,
): Words {
  const endedToday = standing?.endedToday ?? dayEnded;
  const next = standing?.next ?? null;
  const when = next
    ? next.today
      ? t('program.nextDayToday', { time: next.startTime })
      : t(standing?.stage === 'before' ? 'program.firstDay' : 'program.nextDay', {
          date: formatDate(next.date, lang),
          time: next.startTime,
        })
    : null;
  if (standing?.stage === 'over') return { title: t('program.allDaysOver'), next: null, over: true };
  if (endedToday !== null) return { title: t('program.todayOver'), next: when, over: false };
  if (standing?.stage === 'before' && next && !next.today)
    return { title: t('program.firstDayTitle'), next: when, over: false };
  if (standing?.stage === 'between' && next && !next.today)
    return { title: t('program.nextDayTitle'), next: when, over: false };
  return { title: t('program.waitingTitle'), next: when, over: false };
}

/**
 * In a program while none of its days runs: where the program stands (today's part over, the next
 * day's date and time, or all days over), that the phone is connected, and that it opens by itself.
 */
export function WaitingView() {
  const t = useT();
  const lang = useLang();
  const title = useParticipantStore((s) => s.program?.title ?? '');
  const programId = useParticipantStore((s) => s.program?.id ?? null);
  const standing = useParticipantStore((s) => s.program?.standing ?? null);
  const dayEnded = useParticipantStore((s) => s.dayEnded);
  const undelivered = useParticipantStore((s) => s.undelivered);
  const days = useParticipantStore((s) => s.intro?.days ?? NO_DAYS);
  const words = wordsFor(standing, dayEnded, lang, t);
  const heading = useFocusHeading<HTMLHeadingElement>(`program-waiting:${words.title}`);
  const endedToday = standing?.endedToday ?? dayEnded;
  return (
    <div className="card waiting program-waiting" data-testid="program-waiting" data-stage={standing?.stage}>
      <ConnectionBadge />
      <h1
        ref={heading}
        tabIndex={-1}
        className={endedToday !== null || words.over ? 'day-ended' : undefined}
        data-testid={endedToday !== null ? 'day-ended' : undefined}
      >
        {words.title}
      </h1>
      <p className="program-name">{title}</p>
      {words.next && (
        <p className="next-day" data-testid="next-day">
          {words.next}
        </p>
      )}
      {(endedToday !== null || words.over) && (
        <p className="waiting-thanks">
          {words.over ? t('program.allDaysOverThanks') : t('program.dayEnded', { n: endedToday })}
        </p>
      )}
      {undelivered > 0 && (
        <p className="error-text" data-testid="undelivered" data-count={undelivered}>
          {t('session.undelivered', { count: undelivered })}
        </p>
      )}
      {!words.over && <p className="waiting-main">{t('program.waiting')}</p>}
      <p className="hint">{t('program.waitingKeep')}</p>
      <ProgramSchedule days={days} />
      {programId && (
        <p className="my-results">
          <a
            className="my-results-link"
            href={`/r?p=${encodeURIComponent(programId)}`}
            data-testid="my-results"
          >
            {t('program.myResults')}
          </a>
        </p>
      )}
    </div>
  );
}
