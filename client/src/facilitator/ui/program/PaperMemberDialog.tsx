import { useState, type FormEvent } from 'react';
import { NICKNAME_MAX_LENGTH } from '../../../../../shared/protocol/limits.js';
import { REAL_NAME_MAX_LENGTH } from '../../../../../shared/program/limits.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { addPaperMember } from '../../program-actions.js';
import { Dialog } from '../Dialog.js';

/**
 * Adds a participant who takes part on paper (no smartphone, or by choice): the facilitator confirms
 * the consent was given on the paper notice. One request id per opening, so a retry adds nobody twice.
 */
export function PaperMemberDialog({ programId, onClose }: { programId: string; onClose: () => void }) {
  const t = useT();
  const [requestId] = useState(() => crypto.randomUUID());
  const [nickname, setNickname] = useState('');
  const [realName, setRealName] = useState('');
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const valid = nickname.trim() !== '' && consent;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    const failed = await addPaperMember(programId, {
      requestId,
      nickname: nickname.trim(),
      realName: realName.trim(),
      consentOnPaper: true,
    });
    setBusy(false);
    if (failed) setError(failed);
    else onClose();
  };

  return (
    <Dialog id="paper-member" title={t('members.paperTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="dialog-sub">{t('members.paperIntro')}</p>
        <div className="field">
          <label htmlFor="paper-nickname" className="field-label">
            {t('members.nickname')}
          </label>
          <input
            id="paper-nickname"
            type="text"
            maxLength={NICKNAME_MAX_LENGTH}
            value={nickname}
            onChange={(e) => setNickname(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="paper-real-name" className="field-label">
            {t('members.realName')}
          </label>
          <input
            id="paper-real-name"
            type="text"
            maxLength={REAL_NAME_MAX_LENGTH}
            value={realName}
            onChange={(e) => setRealName(e.target.value)}
          />
        </div>
        <div className="field field-check">
          <input
            id="paper-consent"
            type="checkbox"
            checked={consent}
            onChange={(e) => setConsent(e.target.checked)}
          />
          <label htmlFor="paper-consent">{t('members.paperConsent')}</label>
        </div>
        <ErrorText error={error} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || !valid}>
            {t('members.paperAdd')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
