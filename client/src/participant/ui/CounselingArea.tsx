import { useEffect } from 'react';
import {
  CounselingPhoneFor,
  hasCounselingPhone,
  preloadCounselingPhones,
  useCounselingModule,
} from '../../activities/registry-counseling.js';
import { useT } from '../../common/i18n.js';
import { actCounseling, giveCounseling } from '../connection.js';
import type { GroupRoundView } from '../../../../shared/protocol/views.js';
import type { GroupOnPhone } from '../../activities/counseling-types.js';
import { TESTIMONIAL_TASK, type CounselingOnPhone } from '../state/counseling-slice.js';
import { useParticipantStore } from '../state/store.js';
import { useFocusHeading } from './focus.js';
import { Lazy, lazyComponent } from './lazy.js';

/** The testimonial card lives in its own chunk: only its line in "내 할 일" loads first. */
const TestimonialCard = lazyComponent(
  async () => (await import('./testimonial/TestimonialCard.js')).TestimonialCard,
);

/**
 * The member's group in a round as the type's component reads it: who plays which role and the
 * group's own timer (server epoch ms; a round ended early ends now, so nobody waits for its clock).
 */
function groupOnPhone(round: GroupRoundView): GroupOnPhone {
  return {
    groupNo: round.groupNo,
    members: round.roles.map((r) => ({ memberId: r.memberId, nickname: r.nickname, role: r.role })),
    // The component reads the member's own role from its personal view.
    role: null,
    round: round.round,
    endsAt: round.endedAt === null ? round.endsAt : Math.min(round.endsAt, round.endedAt),
    pausedRemainingMs: round.endedAt === null ? round.pausedRemainingMs : null,
  };
}

/** Facilitators' comments on the member's work in this activity: read-only, oldest first. */
function Comments({ entry }: { entry: CounselingOnPhone }) {
  const t = useT();
  if (entry.comments.length === 0) return null;
  const id = `c-${entry.activity.id}-comments`;
  return (
    <section className="counseling-comments" aria-labelledby={id} data-testid="counseling-comments">
      <h2 id={id}>{t('counseling.commentsTitle')}</h2>
      <ul>
        {entry.comments.map((c) => (
          <li key={c.id} data-testid="counseling-comment">
            {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One counseling activity, full width: its type's lazily loaded component, then the comments. */
function CounselingCard({ entry, onBack }: { entry: CounselingOnPhone; onBack?: () => void }) {
  const t = useT();
  const { activity } = entry;
  const heading = useFocusHeading<HTMLHeadingElement>(`counseling:${activity.id}`);
  const give = (answer: Parameters<typeof giveCounseling>[1]) => giveCounseling(activity.id, answer);
  const round = useParticipantStore((s) => s.rounds[activity.id]);
  return (
    <article
      className="card activity counseling"
      aria-labelledby={`c-${activity.id}-title`}
      data-testid="counseling-activity"
      data-type={activity.type}
    >
      {onBack && (
        <button type="button" className="link-button counseling-back" onClick={onBack}>
          {t('counseling.back')}
        </button>
      )}
      {activity.pace === 'live' && <p className="counseling-live">{t('counseling.live')}</p>}
      <h1 id={`c-${activity.id}-title`} ref={heading} tabIndex={-1}>
        {activity.title}
      </h1>
      {hasCounselingPhone(activity.type) ? (
        <Lazy>
          <CounselingPhoneFor
            idPrefix={`c-${activity.id}`}
            activity={activity}
            personal={entry.personal}
            group={round ? groupOnPhone(round) : null}
            give={give}
            act={actCounseling}
          />
        </Lazy>
      ) : (
        <p>{t('counseling.unsupported')}</p>
      )}
      <Comments entry={entry} />
    </article>
  );
}

/** "2 / 5 완료" once the type's chunk is here (it knows how its personal view counts). */
function TaskProgress({ entry }: { entry: CounselingOnPhone }) {
  const t = useT();
  const module = useCounselingModule(entry.activity.type);
  const progress = module?.progressOf?.(entry.activity.config, entry.personal);
  if (!progress) return null;
  return (
    <span className="task-progress" data-testid="task-progress" data-done={progress.done}>
      {t('counseling.progress', { done: progress.done, total: progress.total })}
    </span>
  );
}

/** "참여 소감 남기기 (선택)" in "내 할 일", from the program's last day (design §3.4). */
function TestimonialTask() {
  const t = useT();
  const open = useParticipantStore((s) => s.setOpenTask);
  const saved = useParticipantStore((s) => s.testimonial?.saved != null);
  return (
    <li>
      <button
        type="button"
        className="task-button"
        data-testid="testimonial-open"
        onClick={() => open(TESTIMONIAL_TASK)}
      >
        <span className="task-title">{t('counseling.testimonial')}</span>
        {saved && <span className="task-progress">{t('counseling.testimonialSaved')}</span>}
      </button>
    </li>
  );
}

function TaskList({ tasks, testimonial }: { tasks: CounselingOnPhone[]; testimonial: boolean }) {
  const t = useT();
  const open = useParticipantStore((s) => s.setOpenTask);
  const reminded = useParticipantStore((s) => s.reminder?.activityId);
  // Back from a task: the button pressed went away with it, so reading goes on from here.
  const heading = useFocusHeading<HTMLHeadingElement>('tasks');
  return (
    <section className="card tasks" aria-labelledby="tasks-title" data-testid="counseling-tasks">
      <h2 id="tasks-title" ref={heading} tabIndex={-1}>
        {t('counseling.tasksTitle')}
      </h2>
      <p className="hint">{t('counseling.tasksHint')}</p>
      <ul className="task-list">
        {[
          // The task the facilitator asked to finish comes first.
          ...tasks.filter((e) => e.activity.id === reminded),
          ...tasks.filter((e) => e.activity.id !== reminded),
        ].map((entry) => (
          <li key={entry.activity.id}>
            <button
              type="button"
              className="task-button"
              data-testid="task-open"
              onClick={() => open(entry.activity.id)}
            >
              <span className="task-title">{entry.activity.title}</span>
              <TaskProgress entry={entry} />
            </button>
          </li>
        ))}
        {testimonial && <TestimonialTask />}
      </ul>
    </section>
  );
}

/** The facilitator's `wave:reminder`: "진행자가 ‘…’ 마무리를 부탁했어요", with the way to that task. */
export function ReminderBanner() {
  const t = useT();
  const reminder = useParticipantStore((s) => s.reminder);
  const open = useParticipantStore((s) => s.setOpenTask);
  const listed = useParticipantStore((s) =>
    s.counseling.some((e) => e.activity.id === s.reminder?.activityId),
  );
  if (!reminder || !listed) return null;
  return (
    <div className="card reminder" role="status" data-testid="wave-reminder">
      <p>{t('counseling.reminder', { title: reminder.title })}</p>
      <button type="button" className="primary" onClick={() => open(reminder.activityId)}>
        {t('counseling.reminderOpen')}
      </button>
    </div>
  );
}

/** The live counseling activity, if one runs: it is what the room does now, so it comes first. */
export function LiveCounseling() {
  const live = useParticipantStore((s) => s.counseling.find((e) => e.activity.pace === 'live') ?? null);
  return live ? <CounselingCard entry={live} /> : null;
}

/** While a task is open, something started in the room: say so, with the way back (typing is kept). */
function RoomNotice({ onBack }: { onBack: () => void }) {
  const t = useT();
  const roomActive = useParticipantStore(
    (s) => s.activity?.status === 'open' || s.counseling.some((e) => e.activity.pace === 'live'),
  );
  if (!roomActive) return null;
  return (
    <div className="card room-notice" role="status" data-testid="room-notice">
      <p>{t('counseling.roomActive')}</p>
      <button type="button" onClick={onBack}>
        {t('counseling.back')}
      </button>
    </div>
  );
}

/** The member's open self-paced tasks ("내 할 일"), or the one they opened. */
export function CounselingTasks() {
  const entries = useParticipantStore((s) => s.counseling);
  const openTaskId = useParticipantStore((s) => s.openTaskId);
  const setOpenTask = useParticipantStore((s) => s.setOpenTask);
  const types = entries.map((e) => e.activity.type).join(',');
  // Fetch the open types' chunks while online, so a task opened later on a weak connection is here.
  useEffect(() => {
    if (types) preloadCounselingPhones(types.split(',') as CounselingOnPhone['activity']['type'][]);
  }, [types]);
  const testimonial = useParticipantStore((s) => s.testimonial?.open === true);
  const tasks = entries.filter((e) => e.activity.pace === 'self');
  if (testimonial && openTaskId === TESTIMONIAL_TASK)
    return (
      <>
        <RoomNotice onBack={() => setOpenTask(null)} />
        <Lazy>
          <TestimonialCard onBack={() => setOpenTask(null)} />
        </Lazy>
      </>
    );
  const opened = tasks.find((e) => e.activity.id === openTaskId);
  if (opened)
    return (
      <>
        <RoomNotice onBack={() => setOpenTask(null)} />
        <CounselingCard entry={opened} onBack={() => setOpenTask(null)} />
      </>
    );
  return tasks.length > 0 || testimonial ? <TaskList tasks={tasks} testimonial={testimonial} /> : null;
}
