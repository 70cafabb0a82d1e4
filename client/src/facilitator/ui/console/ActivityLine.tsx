import type { ActivityView } from '../../../../../shared/protocol/views.js';
import { useT } from '../../../common/i18n.js';
import { act } from '../../connection.js';
import { useFacilitatorStore } from '../../state/store.js';

interface Props {
  /** The live activity this line runs. */
  activity: ActivityView;
  /** The title as planned (the agenda's), else the activity's own. */
  title: string;
  /** The line's kind, already translated (the activity type's name). */
  kind: string;
  /** Clock time the line is planned to start (agenda lines only). */
  time?: string;
  /** Planned minutes (agenda lines only). */
  minutes?: number;
  /** Shown before the title where there is no clock time (quick sessions: the position). */
  index?: number;
}

/**
 * One activity of the console's list, on one line with one verb: 열기 (open it on the phones),
 * 진행 중 (it is open now; the run panel on the right has its controls) or 다시 열기 (it was closed).
 * The same line serves a program day's agenda and a quick session's list.
 */
export function ActivityLine({ activity, title, kind, time, minutes, index }: Props) {
  const t = useT();
  const currentId = useFacilitatorStore((s) => s.live?.session.currentActivityId ?? null);
  const ended = useFacilitatorStore((s) => s.live?.session.status === 'ended');
  const titleId = `line-${activity.id}-title`;
  const running = activity.id === currentId && activity.status === 'open';
  const verb = running ? 'running' : activity.status === 'closed' ? 'reopen' : 'open';
  return (
    <li
      className={`console-line ${running ? 'is-current' : ''}`}
      data-testid="activity-item"
      data-activity-id={activity.id}
      data-status={activity.status}
      aria-current={running ? 'step' : undefined}
    >
      <span className="line-time">{time ? <time>{time}</time> : index !== undefined ? `${index}.` : ''}</span>
      <span id={titleId} className="line-title" title={title}>
        {title}
      </span>
      <span className="line-minutes">
        {minutes !== undefined ? t('todayAgenda.minutes', { minutes }) : ''}
      </span>
      <span className="line-kind is-phone" data-testid="agenda-kind">
        {kind}
      </span>
      {/* One button throughout: when its activity runs it says so and keeps the focus. */}
      <button
        type="button"
        className={`line-verb ${running ? 'is-running' : ''}`}
        data-testid="activity-verb"
        data-verb={verb}
        aria-describedby={titleId}
        aria-disabled={running || undefined}
        disabled={ended}
        onClick={() => {
          if (!running) void act('activity:open', { activityId: activity.id });
        }}
      >
        {verb === 'running'
          ? t('console.running')
          : verb === 'reopen'
            ? t('console.reopen')
            : t('console.open')}
      </button>
    </li>
  );
}
