import type { Ref } from 'react';
import type { ProgramIntro } from '../../../../shared/program/views.js';
import { useLang, useT } from '../../common/i18n.js';
import { formatDate } from './format.js';
import { NoticeFold } from './NoticeFold.js';
import { ProgramScheduleList } from './ProgramSchedule.js';

/** "3일 · 11월 30일 (월) ~ 12월 2일 (수) · 09:30–12:30": the days in one line (times when all agree). */
function DaysSummary({ days }: { days: ProgramIntro['days'] }) {
  const t = useT();
  const lang = useLang();
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return null;
  const sameTimes = days.every((d) => d.startTime === first.startTime && d.endTime === first.endTime);
  const dates =
    days.length === 1
      ? t('program.daysSummaryOne', { first: formatDate(first.date, lang) })
      : t('program.daysSummary', {
          count: days.length,
          first: formatDate(first.date, lang),
          last: formatDate(last.date, lang),
        });
  return (
    <p className="program-days" data-testid="program-days">
      <span>{dates}</span>
      {sameTimes && (
        <span className="schedule-time">
          {t('program.timeRange', { start: first.startTime, end: first.endTime })}
        </span>
      )}
    </p>
  );
}

/**
 * The first screen of a program's QR link, in the order a person reads: what this is (title,
 * centre, days), one primary button to start, the notice folded, and — further down, as a link —
 * the way back in for someone who registered on another phone.
 */
export function ProgramIntroStep({
  intro,
  heading,
  onStart,
  onRecover,
}: {
  intro: ProgramIntro;
  heading: Ref<HTMLHeadingElement>;
  onStart: () => void;
  onRecover: () => void;
}) {
  const t = useT();
  return (
    <section className="card step program-intro" aria-labelledby="intro-title">
      <h1 id="intro-title" ref={heading} tabIndex={-1}>
        {intro.title}
      </h1>
      <p className="program-meta">
        {t('program.centre', { name: intro.centerName })}
        {intro.group && (
          <>
            <br />
            {t('program.group', { group: intro.group })}
          </>
        )}
      </p>
      <DaysSummary days={intro.days} />
      {intro.days.length > 1 && (
        <details className="fold">
          <summary>{t('program.scheduleMore')}</summary>
          <ProgramScheduleList days={intro.days} />
        </details>
      )}
      <button type="button" className="primary big" data-testid="start-register" onClick={onStart}>
        {t('program.start')}
      </button>
      <p className="hint start-hint">{t('program.startHint')}</p>
      <NoticeFold notice={intro.notice} />
      <p className="recover-line">
        {t('program.haveRegisteredHint')}{' '}
        <button type="button" className="link-button" data-testid="have-registered" onClick={onRecover}>
          {t('program.haveRegistered')}
        </button>
      </p>
    </section>
  );
}
