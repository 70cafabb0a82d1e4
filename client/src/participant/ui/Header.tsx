import { LangSwitch } from '../../common/LangSwitch.js';
import { useT } from '../../common/i18n.js';
import { useParticipantStore } from '../state/store.js';

export function Header() {
  const t = useT();
  const title = useParticipantStore((s) => s.program?.title ?? s.intro?.title ?? s.session?.title ?? null);
  // "2일차" while a program's day runs; nothing between days.
  const day = useParticipantStore((s) =>
    s.program && s.session?.status === 'live' ? s.program.dayNumber : null,
  );
  const lang = useParticipantStore((s) => s.lang);
  const setLang = useParticipantStore((s) => s.setLang);
  return (
    <header className="top-bar">
      <p className="brand">
        <span className="brand-name">{t('app.name')}</span>
        {title && <span className="session-title">{title}</span>}
        {day !== null && (
          <span className="day-label" data-testid="day-label">
            {t('program.dayLabel', { n: day })}
          </span>
        )}
      </p>
      <LangSwitch lang={lang} onChange={setLang} />
    </header>
  );
}
