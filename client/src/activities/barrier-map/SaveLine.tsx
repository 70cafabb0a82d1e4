import { useT } from '../../common/i18n.js';
import type { SaveStatus } from './useSaves.js';

/** An item's save state, announced politely: pending, saved (with a check) or the server's refusal. */
export function SaveLine({ state }: { state: { status: SaveStatus; message: string } | null }) {
  const t = useT();
  const text =
    state === null
      ? ''
      : state.status === 'saved'
        ? t('barrierMap.saved')
        : state.status === 'pending'
          ? t('barrierMap.pending')
          : t('barrierMap.error', { message: state.message });
  return (
    <p
      className={`bm-save ${state ? `bm-save-${state.status}` : ''}`}
      role="status"
      data-status={state?.status ?? ''}
    >
      {state?.status === 'saved' && <span aria-hidden="true">✓ </span>}
      {text}
    </p>
  );
}
