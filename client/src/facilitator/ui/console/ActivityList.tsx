import { useEffect, useRef } from 'react';
import { useT } from '../../../common/i18n.js';
import { act } from '../../connection.js';
import { useFacilitatorStore } from '../../state/store.js';
import { ActivityItem } from './ActivityItem.js';
import { AddActivity } from './AddActivity.js';

/** The session's activities in order: open one, move, edit, remove, add. */
export function ActivityList() {
  const t = useT();
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
    <section className="card activity-list" aria-labelledby="activities-title">
      <h2 id="activities-title">{t('console.activities')}</h2>
      {activities.length === 0 && <p className="hint">{t('console.noActivities')}</p>}
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
    </section>
  );
}
