import { useRef, useState } from 'react';
import { MAX_ACTIVITIES_PER_SESSION } from '../../../../../shared/protocol/limits.js';
import { useT } from '../../../common/i18n.js';
import type { ActivityDraft } from '../../api.js';
import { act } from '../../connection.js';
import { draftProblem, newDraft } from '../../drafts.js';
import { useFacilitatorStore } from '../../state/store.js';
import { ActivityDraftEditor } from '../ActivityDraftEditor.js';

/** Adds an activity at the end of the list, before or during the session. */
export function AddActivity() {
  const t = useT();
  const [draft, setDraft] = useState<ActivityDraft | null>(null);
  const [tried, setTried] = useState(false);
  // A double click must not add the activity twice: one request at a time.
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  // The server refuses past the cap; the form does not offer it.
  const full = useFacilitatorStore((s) => (s.live?.activities.length ?? 0) >= MAX_ACTIVITIES_PER_SESSION);
  if (!draft) {
    return (
      <>
        <button
          type="button"
          disabled={full}
          aria-describedby={full ? 'activities-full' : undefined}
          onClick={() => {
            setTried(false);
            setDraft(newDraft());
          }}
        >
          {t('create.addActivity')}
        </button>
        {full && (
          <p id="activities-full" className="hint">
            {t('console.activitiesFull', { max: MAX_ACTIVITIES_PER_SESSION })}
          </p>
        )}
      </>
    );
  }
  const save = async () => {
    setTried(true);
    if (draftProblem(draft) || sending.current) return;
    sending.current = true;
    setBusy(true);
    const ack = await act('activity:add', { activity: { ...draft, title: draft.title.trim() } });
    sending.current = false;
    setBusy(false);
    if (ack.ok) setDraft(null);
  };
  return (
    <div className="add-activity" role="group" aria-labelledby="add-activity-title">
      <h3 id="add-activity-title">{t('console.newActivity')}</h3>
      <ActivityDraftEditor idPrefix="new-activity" draft={draft} onChange={setDraft} showProblems={tried} />
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
          {t('console.addToSession')}
        </button>
        <button type="button" onClick={() => setDraft(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
