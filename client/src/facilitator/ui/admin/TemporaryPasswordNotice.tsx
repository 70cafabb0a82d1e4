import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../common/i18n.js';
import type { TemporaryPassword } from '../../admin-actions.js';

/** The temporary password, once: copy button, and the reminder that it must be changed at first login. */
export function TemporaryPasswordNotice({
  temporary,
  onDismiss,
}: {
  temporary: TemporaryPassword;
  onDismiss: () => void;
}) {
  const t = useT();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A new password gets a new notice (keyed by it): the heading takes focus so it is read out.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(temporary.password);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section
      className="card temp-password"
      aria-labelledby="temp-password-title"
      data-testid="temporary-password"
    >
      <h2 id="temp-password-title" ref={heading} tabIndex={-1}>
        {t('admin.tempTitle')}
      </h2>
      <p>{t('admin.tempText', { name: temporary.name, email: temporary.email })}</p>
      <div className="button-row">
        <code className="big-secret" data-testid="temporary-password-value">
          {temporary.password}
        </code>
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('admin.copy')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      </div>
      <p role="status" className={copied === 'failed' ? 'error-text' : 'saved-note'}>
        {copied === 'yes' ? t('admin.copied') : copied === 'failed' ? t('admin.copyFailed') : ''}
      </p>
    </section>
  );
}
