import type { Text } from '../../../../shared/i18n/text.js';
import { useLang, useT } from '../../common/i18n.js';

/**
 * The notice (개인정보 수집·이용 안내), folded: a native <details>, so its summary is a button to
 * keyboards and screen readers and the text is one tap away, without pushing the form down.
 */
export function NoticeFold({ notice }: { notice: Text }) {
  const t = useT();
  const lang = useLang();
  return (
    <details className="fold notice-fold">
      <summary>{t('program.noticeMore')}</summary>
      <p className="notice-text" data-testid="program-notice">
        {notice[lang]}
      </p>
    </details>
  );
}
