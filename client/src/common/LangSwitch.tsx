import type { Lang } from '../../../shared/i18n/text.js';

interface Props {
  lang: Lang;
  onChange: (lang: Lang) => void;
}

/** Names the other language in that language, so someone who cannot read the current one finds it. */
export function LangSwitch({ lang, onChange }: Props) {
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other}
      data-testid="lang-switch"
      onClick={() => onChange(other)}
    >
      {other === 'en' ? 'English' : '한국어'}
    </button>
  );
}
