import { useLang, useT } from '../../common/i18n.js';
import { useFacilitatorStore } from '../state/store.js';
import { AppLink } from './AppLink.js';
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
        <p className="hint">{t('sessions.intro')}</p>
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
                  <AppLink to={route}>{s.title}</AppLink>
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
