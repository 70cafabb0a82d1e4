import { useRef, useState } from 'react';
import type { ActivityView } from '../../../../../shared/protocol/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import type { ActivityDraft } from '../../api.js';
import { act } from '../../connection.js';
import { draftProblem, typeName } from '../../drafts.js';
import { useFacilitatorStore } from '../../state/store.js';
import { ActivityDraftEditor } from '../ActivityDraftEditor.js';
import { ConfirmDialog } from '../Dialog.js';
import { MoveButtons } from '../MoveButtons.js';

interface Props {
  activity: ActivityView;
  index: number;
  last: boolean;
  disabled: boolean;
  onMove: (id: string, by: -1 | 1) => void;
}

/** One activity while the list is being edited: move, edit, remove (asks first). */
export function ActivityItem({ activity, index, last, disabled, onMove }: Props) {
  const t = useT();
  const lang = useLang();
  const current = useFacilitatorStore((s) => s.live?.session.currentActivityId === activity.id);
  const [draft, setDraft] = useState<ActivityDraft | null>(null);
  const [tried, setTried] = useState(false);
  const [removing, setRemoving] = useState(false);
  // A double click must not save twice: one request at a time.
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const titleId = `activity-${activity.id}-title`;

  const save = async () => {
    if (!draft) return;
    setTried(true);
    if (draftProblem(draft) || sending.current) return;
    sending.current = true;
    setBusy(true);
    const ack = await act('activity:update', {
      activityId: activity.id,
      activity: { ...draft, title: draft.title.trim() },
    });
    sending.current = false;
    setBusy(false);
    if (ack.ok) setDraft(null);
  };

  return (
    <li
      className={`activity-item ${current ? 'is-current' : ''}`}
      data-testid="activity-item"
      data-activity-id={activity.id}
      data-status={activity.status}
      aria-current={current ? 'step' : undefined}
    >
      <div className="activity-item-head">
        <span className="activity-index">{index + 1}</span>
        <div className="activity-item-text">
          <p id={titleId} className="activity-item-title">
            {activity.title}
          </p>
          <p className="activity-item-meta">
            {typeName(activity.type, lang)} · {t(`status.${activity.status}`)}
            {activity.locked && ` · ${t('status.locked')}`}
            {activity.resultsVisible && ` · ${t('status.revealed')}`} ·{' '}
            {t('console.answerCount', { count: activity.answerCount })}
          </p>
        </div>
      </div>
      {draft ? (
        <div className="activity-edit">
          <ActivityDraftEditor
            idPrefix={`edit-${activity.id}`}
            draft={draft}
            onChange={setDraft}
            definitionLocked={activity.answerCount > 0}
            showProblems={tried}
          />
          {activity.answerCount > 0 && <p className="hint">{t('console.editWithAnswers')}</p>}
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
              {t('common.save')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <MoveButtons
            describedBy={titleId}
            canUp={!disabled && index > 0}
            canDown={!disabled && !last}
            onMove={(by) => onMove(activity.id, by)}
          />
          <button
            type="button"
            aria-describedby={titleId}
            disabled={disabled}
            onClick={() => {
              setTried(false);
              setDraft({ type: activity.type, title: activity.title, config: activity.config });
            }}
          >
            {t('common.edit')}
          </button>
          <button
            type="button"
            className="danger item-remove"
            aria-describedby={titleId}
            // The server keeps activities people answered (activity_has_answers).
            disabled={disabled || activity.status === 'open' || activity.answerCount > 0}
            onClick={() => setRemoving(true)}
          >
            {t('common.remove')}
          </button>
        </div>
      )}
      {removing && (
        <ConfirmDialog
          id={`remove-${activity.id}`}
          title={t('console.removeTitle')}
          confirmLabel={t('console.removeYes')}
          danger
          onConfirm={() => void act('activity:remove', { activityId: activity.id })}
          onClose={() => setRemoving(false)}
        >
          <p>{t('console.removeConfirm', { title: activity.title })}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
