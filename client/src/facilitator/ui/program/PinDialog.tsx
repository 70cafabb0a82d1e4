import { useEffect, useRef, useState } from 'react';
import type { RosterMember } from '../../../../../shared/program/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { groupPin } from '../../../common/pin.js';
import { newPin } from '../../program-actions.js';
import { Dialog } from '../Dialog.js';

/** Makes a new PIN for a member and shows it once, to link their new phone by hand. */
export function PinDialog({
  programId,
  member,
  onClose,
}: {
  programId: string;
  member: RosterMember;
  onClose: () => void;
}) {
  const t = useT();
  const [pin, setPin] = useState<string | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const asked = useRef(false);
  useEffect(() => {
    // One request per opening, even when React runs effects twice in development.
    if (asked.current) return;
    asked.current = true;
    void newPin(programId, member.id).then((result) => {
      if (result.pin) setPin(result.pin);
      else setError(result.error);
    });
  }, [programId, member.id]);
  return (
    <Dialog id="pin" title={t('members.pinTitle')} onClose={onClose}>
      {pin ? (
        <>
          <p>{t('members.pinText', { name: member.nickname })}</p>
          <p className="big-secret" data-testid="member-pin">
            {/* As the phone shows it ("123 456"), to read out; a screen reader says it digit by digit. */}
            <span aria-hidden="true">{groupPin(pin)}</span>
            <span className="visually-hidden">
              {t('members.pinSpoken', { digits: pin.split('').join(' ') })}
            </span>
          </p>
        </>
      ) : error ? (
        <ErrorText error={error} />
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
      <div className="button-row">
        <button type="button" className="primary" onClick={onClose}>
          {t('common.dismiss')}
        </button>
      </div>
    </Dialog>
  );
}
