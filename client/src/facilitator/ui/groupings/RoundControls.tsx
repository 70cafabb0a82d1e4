import { useState } from 'react';
import type { RoundsView } from '../../../../../shared/protocol/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { addStrings, useT } from '../../../common/i18n.js';
import { TimerDisplay } from '../../../common/TimerDisplay.js';
import { actOnRounds } from '../../connection.js';
import { useFacilitatorStore } from '../../state/store.js';
import { roundStrings } from './round-strings.js';
import { roundTimer } from './round-timer.js';
import '../../../styles/facilitator-groupings.css';

addStrings(roundStrings);

/** Extending adds a minute: the common case, one press; the server allows 30 s to 15 min. */
const EXTEND_SECONDS = 60;

/** The activity a panel controls: a counseling activity of the console (its id, title and grouping). */
export interface RoundActivityRef {
  id: string;
  title: string;
  groupingId: string | null;
}

type Scope = { groupNo?: number };

/**
 * The mock interview's rounds on the console: for every group its round, who plays which role,
 * its timer and whose feedback is in; buttons for all groups at once and for each group. Rounds
 * come from the watch snapshot, the acks and `rounds:updated` (the store); groups from the
 * activity's grouping.
 */
export function RoundControls({ activity }: { activity: RoundActivityRef }) {
  const t = useT();
  const rounds = useFacilitatorStore((s): RoundsView | undefined => s.rounds[activity.id]);
  const grouping = useFacilitatorStore((s) => s.groupings.find((g) => g.id === activity.groupingId));
  // Feedback counts: `counseling:progress` keeps the activity's view current after every answer;
  // `rounds:updated` only comes with round events, so its counts are the fallback.
  const liveProgress = useFacilitatorStore((s) => s.counseling.find((c) => c.id === activity.id)?.progress);
  const offset = useFacilitatorStore((s) => s.clockOffsetMs);
  const [error, setError] = useState<ClientError | null>(null);
  const send = async (
    event: 'round:start' | 'round:pause' | 'round:resume' | 'round:end' | 'round:extend',
    scope: Scope = {},
  ) => {
    const base = { activityId: activity.id };
    const ack =
      event === 'round:start'
        ? await actOnRounds(event, base)
        : event === 'round:extend'
          ? await actOnRounds(event, { ...base, ...scope, seconds: EXTEND_SECONDS })
          : await actOnRounds(event, { ...base, ...scope });
    setError(ack.ok ? null : ack.error);
  };
  const headingId = `rounds-${activity.id}`;
  const groupNos = grouping?.groups.map((g) => g.groupNo) ?? rounds?.groups.map((g) => g.groupNo) ?? [];
  const byGroup = new Map(rounds?.groups.map((g) => [g.groupNo, g]));
  // Past every group's last round the server starts nothing more: say so instead of a dead button.
  const lastRound =
    rounds !== undefined && rounds.groups.length > 0 && rounds.groups.every((g) => g.round >= g.rounds);
  return (
    <section className="round-controls" aria-labelledby={headingId} data-testid="round-controls">
      <h3 id={headingId}>{t('rounds.title', { title: activity.title })}</h3>
      {groupNos.length === 0 && <p className="hint">{t('rounds.noGrouping')}</p>}
      <div className="round-all" role="group" aria-label={t('rounds.all')}>
        <button
          type="button"
          className="primary"
          disabled={lastRound}
          aria-describedby={lastRound ? `${headingId}-last` : undefined}
          onClick={() => void send('round:start')}
        >
          {t('rounds.startNext')}
        </button>
        <button type="button" onClick={() => void send('round:pause')}>
          {t('rounds.pauseAll')}
        </button>
        <button type="button" onClick={() => void send('round:resume')}>
          {t('rounds.resumeAll')}
        </button>
        <button type="button" onClick={() => void send('round:extend')}>
          {t('rounds.extendAll')}
        </button>
        <button type="button" onClick={() => void send('round:end')}>
          {t('rounds.endAll')}
        </button>
      </div>
      {lastRound && (
        <p className="hint" id={`${headingId}-last`}>
          {t('rounds.lastRound')}
        </p>
      )}
      <ErrorText error={error} />
      <ul className="round-groups">
        {groupNos.map((n) => {
          const round = byGroup.get(n);
          const paused = round?.pausedRemainingMs !== null && round?.pausedRemainingMs !== undefined;
          const running = round !== undefined && round.endedAt === null;
          return (
            <li key={n} className="round-group" data-testid="round-group">
              <h4>
                {t('groupings.groupN', { n })}{' '}
                <span className="grouping-count">
                  {round
                    ? t('rounds.roundOf', { round: round.round, rounds: round.rounds })
                    : t('rounds.notStarted')}
                  {round?.endedAt ? ` · ${t('rounds.ended')}` : ''}
                </span>
              </h4>
              {round && (
                <>
                  <TimerDisplay timer={roundTimer(round)} clockOffsetMs={offset} className="round-timer" />
                  <ul className="round-roles">
                    {round.roles.map((r) => {
                      const progress = (liveProgress ?? rounds?.progress)?.[r.memberId];
                      return (
                        <li key={r.memberId}>
                          <strong>{r.nickname}</strong> {t(`rounds.roles.${r.role}`)}
                          {r.role !== 'candidate' && progress && (
                            <span className="grouping-count">
                              {' '}
                              · {t('rounds.feedback', { done: progress.done, total: progress.total })}
                            </span>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
              {running && (
                <div className="round-buttons">
                  <button
                    type="button"
                    aria-label={t(paused ? 'rounds.resume' : 'rounds.pause', { n })}
                    onClick={() => void send(paused ? 'round:resume' : 'round:pause', { groupNo: n })}
                  >
                    {t(paused ? 'rounds.resumeShort' : 'rounds.pauseShort')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('rounds.extend', { n })}
                    onClick={() => void send('round:extend', { groupNo: n })}
                  >
                    {t('rounds.extendShort')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('rounds.end', { n })}
                    onClick={() => void send('round:end', { groupNo: n })}
                  >
                    {t('rounds.endShort')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
