import { useEffect } from 'react';
import { preloadAnswerForms } from '../../activities/registry-participant.js';
import { TimerDisplay } from '../../common/TimerDisplay.js';
import { useT } from '../../common/i18n.js';
import { useParticipantStore } from '../state/store.js';
import { ActivityCard } from './ActivityCard.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { CounselingTasks, LiveCounseling, ReminderBanner } from './CounselingArea.js';
import { useFocusHeading } from './focus.js';
import { WaitingView } from './WaitingView.js';

function Waiting() {
  const t = useT();
  const heading = useFocusHeading<HTMLHeadingElement>('waiting');
  return (
    <div className="card waiting" data-testid="waiting">
      <ConnectionBadge />
      <h1 ref={heading} tabIndex={-1}>
        {t('session.waitingTitle')}
      </h1>
      <p>{t('session.waiting')}</p>
    </div>
  );
}

export function SessionView() {
  const t = useT();
  const nickname = useParticipantStore((s) => s.participant?.nickname ?? '');
  const hasActivity = useParticipantStore((s) => s.activity !== null);
  // A program between its days: no session runs (draft), or today's has just ended.
  const programWaiting = useParticipantStore((s) => s.program !== null && s.session?.status !== 'live');
  const liveCounseling = useParticipantStore((s) => s.counseling.some((e) => e.activity.pace === 'live'));
  const taskOpen = useParticipantStore((s) => s.openTaskId !== null);
  const timer = useParticipantStore((s) => s.timer);
  const offset = useParticipantStore((s) => s.clockOffsetMs);
  // In a session the phone is online now: fetch the answer forms before an activity needs one.
  useEffect(preloadAnswerForms, []);
  return (
    <>
      <p className="whoami" data-testid="whoami">
        {t('session.youAre', { nickname })}
      </p>
      <TimerDisplay timer={timer} clockOffsetMs={offset} />
      {taskOpen ? null : (
        <>
          <ReminderBanner />
          <LiveCounseling />
          {programWaiting ? (
            <WaitingView />
          ) : hasActivity ? (
            <ActivityCard />
          ) : liveCounseling ? null : (
            <Waiting />
          )}
        </>
      )}
      <CounselingTasks />
    </>
  );
}
