import { useLang, useT } from '../../common/i18n.js';
import { navigate } from '../actions.js';
import { useFacilitatorStore } from '../state/store.js';
import { pathOf } from '../state/route-slice.js';
import { CreateSessionForm } from './CreateSessionForm.js';

/** The facilitator's sessions, newest first, and a form for a new one. */
export function SessionsPage() {
  const t = useT();
  const lang = useLang();
  const sessions = useFacilitatorStore((s) => s.sessions);
  return (
    <div className="sessions-page">
      <section className="card" aria-labelledby="sessions-title">
        <h1 id="sessions-title">{t('sessions.title')}</h1>
        {sessions === null ? (
          <p>{t('common.loading')}</p>
        ) : sessions.length === 0 ? (
          <p className="hint">{t('sessions.empty')}</p>
        ) : (
          <ul className="session-list" data-testid="session-list">
            {sessions.map((s) => {
              const route = { name: 'console', sessionId: s.id } as const;
              return (
                <li key={s.id} className="session-row">
                  <a
                    href={pathOf(route)}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(route);
                    }}
                  >
                    {s.title}
                  </a>
                  <span className="session-meta">
                    {t('sessions.meta', {
                      code: s.code,
                      activities: s.activityCount,
                      participants: s.participantCount,
                      date: new Date(s.createdAt).toLocaleDateString(lang),
                    })}
                  </span>
                  <span className={`badge badge-${s.status}`}>{t(`sessions.status.${s.status}`)}</span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <CreateSessionForm />
    </div>
  );
}
