import { useMemo } from 'react';
import { hidesAuthors } from '../../../../../shared/activities/registry.js';
import type { ParticipantRow } from '../../../../../shared/protocol/views.js';
import { useT } from '../../../common/i18n.js';
import type { FacilitatorStore } from '../../state/store.js';
import { useFacilitatorStore } from '../../state/store.js';

interface Split {
  answered: ParticipantRow[];
  waiting: ParticipantRow[];
  hasActivity: boolean;
  /**
   * Set when the running activity hides its authors: the server sends only how many answered, never
   * who, so there is no answered/waiting split to show, only this count.
   */
  anonymousCount: number | null;
}

const EMPTY: Split = { answered: [], waiting: [], hasActivity: false, anonymousCount: null };

/** Everyone in the session, split by whether they answered the current activity. */
function split(live: FacilitatorStore['live'], answers: FacilitatorStore['answers']): Split {
  if (!live) return EMPTY;
  const current = live.activities.find((a) => a.id === live.session.currentActivityId);
  if (current && hidesAuthors(current.type, current.config)) {
    return { ...EMPTY, waiting: live.participants, hasActivity: true, anonymousCount: current.answerCount };
  }
  const answeredIds = current && answers.activityId === current.id ? answers.answered : new Set<string>();
  return {
    answered: live.participants.filter((p) => answeredIds.has(p.id)),
    waiting: live.participants.filter((p) => !answeredIds.has(p.id)),
    hasActivity: current !== undefined,
    anonymousCount: null,
  };
}

function useSplit(): Split {
  const live = useFacilitatorStore((s) => s.live);
  const answers = useFacilitatorStore((s) => s.answers);
  return useMemo(() => split(live, answers), [live, answers]);
}

/** How many answered an anonymous activity, and why the names are not there. */
function AnonymousCount({ count, headingId }: { count: number; headingId: string }) {
  const t = useT();
  return (
    <>
      <h3 id={headingId} data-testid="anonymous-answered" data-count={count}>
        {t('roster.answered', { count })}
      </h3>
      <p className="hint">{t('roster.anonymous')}</p>
    </>
  );
}

function People({ people, testId }: { people: ParticipantRow[]; testId: string }) {
  const t = useT();
  if (people.length === 0) return <p className="hint">{t('roster.nobody')}</p>;
  return (
    <ul className="roster-list" data-testid={testId}>
      {people.map((p) => (
        <li key={p.id} className={p.online ? 'online' : 'offline'}>
          {p.nickname}
          {!p.online && <span className="roster-away"> ({t('roster.away')})</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * Who has not answered the running activity yet: inside the run panel, next to the live results,
 * so the facilitator sees it without scrolling.
 */
export function NotAnswered() {
  const t = useT();
  const { waiting, answered, anonymousCount } = useSplit();
  if (anonymousCount !== null) {
    return (
      <section className="not-answered" aria-labelledby="not-answered-title">
        <AnonymousCount count={anonymousCount} headingId="not-answered-title" />
      </section>
    );
  }
  // With nobody in the room yet, "everyone answered" would be true and misleading.
  const emptyNote = answered.length === 0 ? t('liveRun.nobodyYet') : t('liveRun.everyoneAnswered');
  return (
    <section className="not-answered" aria-labelledby="not-answered-title">
      <h3 id="not-answered-title">{t('liveRun.notAnswered', { count: waiting.length })}</h3>
      {waiting.length === 0 ? (
        <p className="hint">{emptyNote}</p>
      ) : (
        <ul className="not-answered-list" data-testid="not-answered-list">
          {waiting.map((p) => (
            <li key={p.id} className={p.online ? 'online' : 'offline'}>
              {p.nickname}
              {!p.online && <span className="roster-away"> ({t('roster.away')})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The room: during an activity, who has answered (who has not is in the run panel); otherwise, and
 * during an activity that hides its authors (the run panel shows how many answered), everyone.
 */
export function Roster() {
  const t = useT();
  const { answered, waiting, hasActivity, anonymousCount } = useSplit();
  return (
    <section className="card roster" aria-labelledby="roster-title">
      <h2 id="roster-title">{t('roster.title', { count: answered.length + waiting.length })}</h2>
      {hasActivity && anonymousCount === null ? (
        <>
          <h3>{t('roster.answered', { count: answered.length })}</h3>
          <People people={answered} testId="answered-list" />
        </>
      ) : (
        <People people={waiting} testId="participant-list" />
      )}
    </section>
  );
}
