import { errorText } from '../../common/errors.js';
import { useLang, useT } from '../../common/i18n.js';
import { useFacilitatorStore } from '../state/store.js';

/** The last refused action, read out at once; stays until dismissed or the next action succeeds. */
export function ActionAlert() {
  const t = useT();
  const lang = useLang();
  const error = useFacilitatorStore((s) => s.actionError);
  const dismiss = useFacilitatorStore((s) => s.setActionError);
  return (
    <div role="alert" className="action-alert" data-testid="action-error">
      {error && (
        <div className="banner banner-error">
          <p>{errorText(error, lang, t)}</p>
          <button type="button" onClick={() => dismiss(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
