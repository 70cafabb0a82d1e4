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
  if (!activities) return null;
  const move = (index: number, by: -1 | 1) => {
    const ids = activities.map((a) => a.id);
    const [id] = ids.splice(index, 1);
    if (id === undefined) return;
    ids.splice(index + by, 0, id);
    void act('activity:reorder', { activityIds: ids });
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
            onMove={(by) => move(index, by)}
          />
        ))}
      </ol>
      {!ended && <AddActivity />}
    </section>
  );
}
