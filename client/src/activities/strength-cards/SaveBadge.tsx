import { useT } from '../../common/i18n.js';
import type { SaveState } from './use-saves.js';

/** One control's saving state, next to it (the page's live region announces the same once). */
export function SaveBadge({ state }: { state: SaveState | undefined }) {
  const t = useT();
  if (!state) return null;
  if (state.kind === 'pending')
    return <span className="sc-save sc-save-pending">{t('strengthCards.saving')}</span>;
  if (state.kind === 'saved') {
    return (
      <span className="sc-save sc-save-ok">
        <span aria-hidden="true">✓ </span>
        {t('strengthCards.saved')}
      </span>
    );
  }
  return (
    <span className="sc-save sc-save-error">{t('strengthCards.failed', { message: state.message })}</span>
  );
}

/**
 * The page's announcer: saving and saved politely, a refusal as an alert. Two fixed regions, because
 * a region that changes its role while it speaks is not announced reliably.
 */
export function SaveAnnouncer({ state }: { state: SaveState | null }) {
  const t = useT();
  const polite =
    state?.kind === 'pending'
      ? t('strengthCards.saving')
      : state?.kind === 'saved'
        ? t('strengthCards.saved')
        : '';
  const alert = state?.kind === 'error' ? t('strengthCards.failed', { message: state.message }) : '';
  return (
    <>
      <p className="visually-hidden" role="status">
        {polite}
      </p>
      <p className="visually-hidden" role="alert">
        {alert}
      </p>
    </>
  );
}
