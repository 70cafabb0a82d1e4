import type { ProgramSummary } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDateRange } from '../../format.js';
import { AppLink } from '../AppLink.js';

const RECENT_LIMIT = 10;

const lastDate = (p: ProgramSummary) => p.days.reduce((max, d) => (d.date > max ? d.date : max), '');

/** Programs with no day left to run (or ended), the latest first. */
export function RecentPrograms({ programs }: { programs: ProgramSummary[] }) {
  const t = useT();
  const lang = useLang();
  const recent = [...programs].sort((a, b) => lastDate(b).localeCompare(lastDate(a))).slice(0, RECENT_LIMIT);
  return (
    <section className="card" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('home.recent')}</h2>
      {recent.length === 0 ? (
        <p className="hint">{t('home.noRecent')}</p>
      ) : (
        <ul className="day-list">
          {recent.map((p) => (
            <li key={p.id} className="day-row">
              <div className="day-row-text">
                <AppLink to={{ name: 'program', programId: p.id }} className="day-row-title">
                  {p.title}
                </AppLink>
                <span className="day-row-meta">
                  {formatDateRange(
                    p.days.map((d) => d.date),
                    lang,
                    t,
                  )}
                  {p.group && ` · ${p.group}`} · {t('home.members', { count: p.memberCount })}
                </span>
                <span className={`badge badge-${p.status === 'ended' ? 'ended' : 'draft'}`}>
                  {t(`programStatus.${p.status}`)}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
