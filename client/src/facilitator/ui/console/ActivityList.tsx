import { useEffect, useRef } from 'react';
import { useLang, useT } from '../../../common/i18n.js';
import { act } from '../../connection.js';
import { typeName } from '../../drafts.js';
import { useFacilitatorStore } from '../../state/store.js';
import { ActivityItem } from './ActivityItem.js';
import { ActivityLine } from './ActivityLine.js';
import { AddActivity } from './AddActivity.js';

interface Props {
  /** Editing: move, edit, remove and add; otherwise one line with one verb per activity. */
  editing: boolean;
  /** The session runs a program day (editing only: its run list is the agenda). */
  programDay: boolean;
  onToggle: () => void;
}

/**
 * The session's activities in order. Running a quick session it is the console's spine, the same
 * lines as a program day's agenda; editing (any session) it moves, edits, removes and adds.
 */
export function ActivityList({ editing, programDay, onToggle }: Props) {
  const t = useT();
  const lang = useLang();
  const activities = useFacilitatorStore((s) => s.live?.activities);
  const ended = useFacilitatorStore((s) => s.live?.session.status === 'ended');
  // The order last asked for, until the server's new list arrives: quick repeated clicks move from
  // there, not from the list on screen (which is one step behind).
  const asked = useRef<string[] | null>(null);
  const order = activities?.map((a) => a.id).join() ?? '';
  useEffect(() => {
    asked.current = null;
  }, [order]);
  if (!activities) return null;
  const move = (id: string, by: -1 | 1) => {
    const ids = asked.current ?? activities.map((a) => a.id);
    const from = ids.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ids.length) return;
    const next = [...ids];
    next.splice(from, 1);
    next.splice(to, 0, id);
    asked.current = next;
    void act('activity:reorder', { activityIds: next }).then((ack) => {
      if (!ack.ok) asked.current = null;
    });
  };
  return (
    <section className="card activity-list" aria-labelledby="activities-title" data-testid="activity-list">
      <div className="spine-head">
        <h2 id="activities-title">{t('console.activities')}</h2>
        {(editing || !ended) && (
          <button
            type="button"
            className={`spine-edit ${editing ? 'primary' : ''}`}
            data-testid={editing ? 'done-editing' : 'edit-activities'}
            onClick={onToggle}
          >
            {editing
              ? programDay
                ? t('console.backToAgenda')
                : t('console.doneEditing')
              : t('console.editActivities')}
          </button>
        )}
      </div>
      {activities.length === 0 && <p className="hint">{t('console.noActivities')}</p>}
      {editing ? (
        <>
          <ol className="activity-items">
            {activities.map((activity, index) => (
              <ActivityItem
                key={activity.id}
                activity={activity}
                index={index}
                last={index === activities.length - 1}
                disabled={ended}
                onMove={move}
              />
            ))}
          </ol>
          {!ended && <AddActivity />}
        </>
      ) : (
        <ol className="console-lines">
          {activities.map((activity, index) => (
            <ActivityLine
              key={activity.id}
              activity={activity}
              title={activity.title}
              kind={typeName(activity.type, lang)}
              index={index + 1}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
