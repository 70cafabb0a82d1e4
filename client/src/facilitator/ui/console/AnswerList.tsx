import type { ActivityView } from '../../../../../shared/protocol/views.js';
import { describeAnswer, hasModeration, ModerationFor } from '../../../activities/registry-facilitator.js';
import { useT } from '../../../common/i18n.js';
import { act } from '../../connection.js';
import { useFacilitatorStore } from '../../state/store.js';

/** Who answered what (names withheld where the activity is anonymous), with moderation where it applies. */
export function AnswerList({ activity }: { activity: ActivityView }) {
  const t = useT();
  const rows = useFacilitatorStore((s) => (s.answers.activityId === activity.id ? s.answers.rows : null));
  if (!rows) return null;
  const hide = (answerId: string, hidden: boolean) => void act('answer:hide', { answerId, hidden });
  if (hasModeration(activity.type)) {
    return (
      <section className="answer-list" aria-labelledby="moderation-title">
        <h3 id="moderation-title">{t('open-text.moderation')}</h3>
        <ModerationFor type={activity.type} rows={rows} onHide={hide} />
      </section>
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
