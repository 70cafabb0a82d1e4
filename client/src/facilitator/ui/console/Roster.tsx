import { useMemo } from 'react';
import { useT } from '../../../common/i18n.js';
import type { FacilitatorStore } from '../../state/store.js';
import { useFacilitatorStore } from '../../state/store.js';

interface Split {
  answered: { id: string; nickname: string; online: boolean }[];
  waiting: { id: string; nickname: string; online: boolean }[];
  hasActivity: boolean;
}

const EMPTY: Split = { answered: [], waiting: [], hasActivity: false };

/** Everyone in the session, split by whether they answered the current activity. */
function split(live: FacilitatorStore['live'], answers: FacilitatorStore['answers']): Split {
  if (!live) return EMPTY;
  const current = live.session.currentActivityId;
  const answeredIds = current && answers.activityId === current ? answers.answered : new Set<string>();
  return {
    answered: live.participants.filter((p) => answeredIds.has(p.id)),
    waiting: live.participants.filter((p) => !answeredIds.has(p.id)),
    hasActivity: current !== null,
  };
}

export function Roster() {
  const t = useT();
  const live = useFacilitatorStore((s) => s.live);
  const answers = useFacilitatorStore((s) => s.answers);
  const { answered, waiting, hasActivity } = useMemo(() => split(live, answers), [live, answers]);
  const list = (people: Split['answered'], testId: string) =>
    people.length === 0 ? (
      <p className="hint">{t('roster.nobody')}</p>
    ) : (
      <ul className="roster-list" data-testid={testId}>
        {people.map((p) => (
          <li key={p.id} className={p.online ? 'online' : 'offline'}>
            {p.nickname}
            {!p.online && <span className="roster-away"> ({t('roster.away')})</span>}
          </li>
        ))}
      </ul>
    );
  return (
    <section className="card roster" aria-labelledby="roster-title">
      <h2 id="roster-title">{t('roster.title', { count: answered.length + waiting.length })}</h2>
      {hasActivity ? (
        <div className="roster-columns">
          <div>
            <h3>{t('roster.notAnswered', { count: waiting.length })}</h3>
            {list(waiting, 'not-answered-list')}
          </div>
          <div>
            <h3>{t('roster.answered', { count: answered.length })}</h3>
            {list(answered, 'answered-list')}
          </div>
        </div>
      ) : (
        list(waiting, 'participant-list')
      )}
    </section>
  );
}
