import type { ActivityView } from '../../../../../shared/protocol/views.js';
import { entryState } from '../../../activities/common/entry-state.js';
import { describeAnswer, hasModeration, ModerationFor } from '../../../activities/registry-facilitator.js';
import { useT } from '../../../common/i18n.js';
import { approveEntries, hideEntry } from '../../run-actions.js';
import { useFacilitatorStore } from '../../state/store.js';

/**
 * Who answered what (names withheld where the activity is anonymous). For types read entry by
 * entry (open text) it is the one list where the facilitator reads, lets through and hides.
 */
export function AnswerList({ activity }: { activity: ActivityView }) {
  const t = useT();
  const rows = useFacilitatorStore((s) => (s.answers.activityId === activity.id ? s.answers.rows : null));
  if (!rows) return null;
  if (hasModeration(activity.type)) {
    const states = rows.map((row) => entryState(row, activity.review));
    const count = (state: string) => states.filter((s) => s === state).length;
    const waiting = rows.filter((_row, i) => states[i] === 'waiting').map((row) => row.answerId);
    return (
      <div className="entry-list">
        <div className="entry-list-head">
          <p className="entry-counts" data-testid="entry-counts">
            {t('liveRun.counts', {
              shown: count('shown'),
              waiting: count('waiting'),
              hidden: count('hidden'),
            })}
          </p>
          {waiting.length > 0 && (
            <button
              type="button"
              className="primary"
              data-testid="approve-all"
              onClick={() => void approveEntries(waiting)}
            >
              {t('liveRun.approveAll', { count: waiting.length })}
            </button>
          )}
        </div>
        <ModerationFor
          type={activity.type}
          rows={rows}
          review={activity.review}
          onHide={hideEntry}
          onApprove={(answerId) => void approveEntries([answerId])}
        />
      </div>
    );
  }
  return (
    <details className="answer-list">
      <summary>{t('run.answers', { count: rows.length })}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('run.who')}</th>
            <th scope="col">{t('run.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.entryId}>
              <td>{row.nickname ?? t('open-text.anonymousAuthor')}</td>
              <td>{describeAnswer(activity.type, activity.config, row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
