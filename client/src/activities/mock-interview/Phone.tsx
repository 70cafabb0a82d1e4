import { addStrings, useT } from '../../common/i18n.js';
import { useNow } from '../../common/clock.js';
import { TimerDisplay } from '../../common/TimerDisplay.js';
import { useParticipantStore } from '../../participant/state/store.js';
import type { TimerState } from '../../../../shared/session/timer.js';
import type { MockInterviewConfig } from '../../../../shared/activities/mock-interview/config.js';
import type { MockInterviewPersonal } from '../../../../shared/activities/mock-interview/types.js';
import type { CounselingPhoneProps, GroupOnPhone } from '../counseling-types.js';
import { Feedback } from './Feedback.js';
import { InterviewerPanel, ObserverPanel } from './RolePanels.js';
import { strings } from './strings.js';
import './mock-interview.css';

// This chunk's words join the page's strings before anything in it renders.
addStrings(strings);

/** The group's round timer as the shared countdown reads it (server epoch ms). */
function timerOf(group: GroupOnPhone | null, minutes: number): TimerState {
  if (!group || group.endsAt === null) return { status: 'idle' };
  const durationMs = minutes * 60_000;
  if (group.pausedRemainingMs !== null)
    return { status: 'paused', durationMs, remainingMs: group.pausedRemainingMs };
  return { status: 'running', durationMs, endsAt: group.endsAt };
}

/**
 * The mock interview on a member's phone (lazily loaded; types only from shared, no zod, no bank):
 * the round and its timer, who plays which role, then the member's role — the interviewer's question
 * and note, the observer's rubric and notes, the candidate's hint — and the feedback received.
 */
export function Phone({
  idPrefix,
  activity,
  personal,
  group,
  give,
  act,
}: CounselingPhoneProps<MockInterviewConfig, MockInterviewPersonal>) {
  const t = useT();
  const offset = useParticipantStore((s) => s.clockOffsetMs);
  const timer = timerOf(group, activity.config.minutesPerRound);
  const now = useNow(timer.status === 'running') + offset;
  if (!personal) return null;
  const round = personal.round;
  const candidate = personal.cast.find((c) => c.role === 'candidate') ?? null;
  const running = timer.status === 'paused' || (timer.status === 'running' && now < timer.endsAt);
  // The candidate reads this round's scores once it is over, not while answering.
  const hiddenRound =
    personal.role === 'candidate' && group?.round === round && running && round !== null ? round : null;
  const giveItem = async (itemKey: string, value: unknown, signed?: boolean) => {
    if (!candidate || round === null) return;
    await give({ itemKey, subjectMemberId: candidate.memberId, round, value, signed: signed ?? false });
  };
  const draw = async () => {
    await act?.('question:draw', { activityId: activity.id });
  };
  return (
    // Named by the card's own title (`${idPrefix}-title`, the h1 above): repeating it here gave the
    // phone the same heading twice and two elements with that id.
    <section className="mock-interview" aria-labelledby={`${idPrefix}-title`}>
      {round === null ? (
        <p className="hint">{t('mock-interview.notStarted')}</p>
      ) : (
        <>
          <p className="mi-round-line">
            {group
              ? t('mock-interview.round', { round, rounds: group.members.length })
              : t('mock-interview.roundOnly', { round })}
          </p>
          <TimerDisplay timer={timer} clockOffsetMs={offset} />
          {personal.role ? (
            <p className={`mi-role mi-role-${personal.role}`} data-testid="mi-role">
              {t('mock-interview.myRole', { role: t(`mock-interview.roles.${personal.role}`) })}
            </p>
          ) : (
            <p className="hint">{t('mock-interview.noRole')}</p>
          )}
          <h2 id={`${idPrefix}-cast`}>{t('mock-interview.cast')}</h2>
          <ul className="mi-cast" aria-labelledby={`${idPrefix}-cast`}>
            {personal.cast.map((c) => (
              <li key={c.memberId}>
                <span className="mi-cast-role">{t(`mock-interview.roles.${c.role}`)}</span> {c.nickname}
                {c.me ? ` ${t('mock-interview.me')}` : ''}
              </li>
            ))}
          </ul>
          {personal.role === 'interviewer' && (
            <InterviewerPanel idPrefix={idPrefix} personal={personal} giveItem={giveItem} draw={draw} />
          )}
          {personal.role === 'observer' && (
            <ObserverPanel idPrefix={idPrefix} personal={personal} giveItem={giveItem} />
          )}
          {personal.role === 'candidate' && <p className="mi-hint">{t('mock-interview.candidateHint')}</p>}
        </>
      )}
      <Feedback idPrefix={idPrefix} received={personal.received} hiddenRound={hiddenRound} />
    </section>
  );
}
