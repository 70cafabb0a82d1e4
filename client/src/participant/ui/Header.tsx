import { LangSwitch } from '../../common/LangSwitch.js';
import { useT } from '../../common/i18n.js';
import { useParticipantStore } from '../state/store.js';

export function Header() {
  const t = useT();
  const title = useParticipantStore((s) => s.session?.title ?? null);
  const lang = useParticipantStore((s) => s.lang);
  const setLang = useParticipantStore((s) => s.setLang);
  return (
    <header className="top-bar">
      <p className="brand">
        <span className="brand-name">{t('app.name')}</span>
        {title && <span className="session-title">{title}</span>}
      </p>
      <LangSwitch lang={lang} onChange={setLang} />
    </header>
  );
}
