import { jobFamilyNames } from '../../../../../shared/content/job-families.js';
import type { RosterView } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { useFacilitatorStore } from '../../state/store.js';

const QUESTIONS = ['desiredJob', 'worry', 'hope'] as const;

/**
 * The needs intake (사전 욕구 조사) each member answered on their first join, one card per member.
 * The program page shows the store's roster; the console passes the roster it loaded itself.
 */
export function IntakeList({
  roster: given,
  heading = true,
}: {
  roster?: RosterView | null;
  heading?: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const stored = useFacilitatorStore((s) => s.roster);
  const roster = given === undefined ? stored : given;
  if (!roster) return <p role="status">{t('common.loading')}</p>;
  const answered = roster.members.filter((m) => m.intake !== null);
  const missing = roster.members.filter((m) => m.intake === null);
  return (
    <section className={`intake-view ${heading ? 'card' : ''}`} aria-labelledby="intake-title">
      {heading ? (
        <h2 id="intake-title">{t('intake.title', { count: answered.length })}</h2>
      ) : (
        <p id="intake-title" className="dialog-sub">
          {t('intake.title', { count: answered.length })}
        </p>
      )}
      {answered.length === 0 && <p className="hint">{t('intake.empty')}</p>}
      {missing.length > 0 && answered.length > 0 && (
        <p className="hint">{t('intake.missing', { names: missing.map((m) => m.nickname).join(', ') })}</p>
      )}
      <ul className="intake-cards">
        {answered.map((m) => (
          <li key={m.id} className="intake-card" data-testid="intake-card">
            <h3>
              {m.nickname}
              {m.realName && <span className="intake-real-name"> ({m.realName})</span>}
            </h3>
            <dl>
              {QUESTIONS.map((q) => {
                const answer = m.intake?.[q].trim() ?? '';
                return (
                  <div key={q}>
                    <dt>{t(`intake.${q}`)}</dt>
                    <dd className={answer ? '' : 'hint'}>{answer || t('intake.blank')}</dd>
                  </div>
                );
              })}
              {m.intake?.jobFamily && (
                <div>
                  <dt>{t('intake.jobFamily')}</dt>
                  <dd data-testid="intake-job-family">{jobFamilyNames[m.intake.jobFamily][lang]}</dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
