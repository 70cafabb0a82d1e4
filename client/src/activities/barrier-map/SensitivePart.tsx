import { useState } from 'react';
import { useLang, useT } from '../../common/i18n.js';
import {
  SENSITIVE_BARRIERS,
  SENSITIVE_NOTICE_VERSION,
  sensitiveNotice,
} from '../../../../shared/program/sensitive-notice.js';
import type { BarrierMapPersonal } from '../../../../shared/activities/barrier-map/types.js';
import { barrierById, RatingRow } from './RateView.js';
import type { Saves } from './useSaves.js';

type Step = 'closed' | 'notice' | 'given' | 'refused' | 'confirmWithdraw';
type Act = (action: string, payload: Record<string, unknown>) => Promise<unknown>;

/**
 * The sensitive categories: before consent one card that opens the separate consent step (purpose,
 * items, retention, right to refuse: the notice's own text); after it, those barriers and the way to
 * withdraw, which first says that the sensitive answers will be deleted. Refusing hides them and
 * blocks nothing else.
 */
export function SensitivePart(props: {
  idPrefix: string;
  personal: BarrierMapPersonal;
  saves: Saves;
  act: Act;
}) {
  const { idPrefix, personal, saves, act } = props;
  const t = useT();
  const lang = useLang();
  const [step, setStep] = useState<Step>('closed');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  if (!personal.hasSensitive) return null;

  const run = (action: string, payload: Record<string, unknown>, after: Step) => {
    setBusy(true);
    setError('');
    act(action, payload).then(
      () => {
        setBusy(false);
        setStep(after);
      },
      (e: unknown) => {
        setBusy(false);
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  };
  const titleId = `${idPrefix}-sensitive-title`;
  const errorLine = error && (
    <p className="error-text" role="alert">
      {t('barrierMap.error', { message: error })}
    </p>
  );

  if (personal.consented) {
    const ids = personal.offered.filter((id) => barrierById(id)?.sensitive === true);
    return (
      <section className="bm-sensitive" aria-labelledby={titleId}>
        <h3 id={titleId}>{t('barrierMap.sensitiveTitle')}</h3>
        {ids.map((id) => (
          <RatingRow key={id} idPrefix={idPrefix} barrierId={id} personal={personal} saves={saves} />
        ))}
        {step === 'confirmWithdraw' ? (
          <div className="bm-confirm" role="group" aria-labelledby={`${idPrefix}-withdraw-text`}>
            <p id={`${idPrefix}-withdraw-text`}>{t('barrierMap.withdrawConfirm')}</p>
            <button
              type="button"
              className="danger big"
              disabled={busy}
              onClick={() => run('consent:withdraw', { purpose: SENSITIVE_BARRIERS }, 'closed')}
            >
              {t('barrierMap.withdrawYes')}
            </button>
            <button type="button" className="big" disabled={busy} onClick={() => setStep('closed')}>
              {t('barrierMap.withdrawNo')}
            </button>
          </div>
        ) : (
          <button type="button" className="link-button" onClick={() => setStep('confirmWithdraw')}>
            {t('barrierMap.withdraw')}
          </button>
        )}
        {errorLine}
      </section>
    );
  }

  if (step === 'notice') {
    const notice = sensitiveNotice()[lang].split('\n');
    return (
      <section className="bm-sensitive bm-consent" aria-labelledby={titleId}>
        <h3 id={titleId}>{t('barrierMap.consentTitle')}</h3>
        <ul className="bm-notice">
          {notice.slice(1).map((line) => (
            <li key={line}>{line.replace(/^· /, '')}</li>
          ))}
        </ul>
        <button
          type="button"
          className="primary big"
          disabled={busy}
          onClick={() =>
            run(
              'consent:give',
              { purpose: SENSITIVE_BARRIERS, noticeVersion: SENSITIVE_NOTICE_VERSION },
              'given',
            )
          }
        >
          {t('barrierMap.consentAgree')}
        </button>
        <button type="button" className="big" disabled={busy} onClick={() => setStep('refused')}>
          {t('barrierMap.consentRefuse')}
        </button>
        {busy && <p role="status">{t('barrierMap.consentPending')}</p>}
        {errorLine}
      </section>
    );
  }

  // Given and acknowledged: the categories appear with the personal view that carries the consent.
  if (step === 'given') return <p role="status">{t('barrierMap.consentPending')}</p>;

  return (
    <section className="bm-sensitive bm-sensitive-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('barrierMap.sensitiveCardTitle')}</h3>
      <p>{t('barrierMap.sensitiveCardText')}</p>
      {step === 'refused' && <p role="status">{t('barrierMap.consentRefused')}</p>}
      <button type="button" className="big" onClick={() => setStep('notice')}>
        {t('barrierMap.sensitiveCardTitle')}
      </button>
    </section>
  );
}
