import { Fragment, useEffect, useRef, useState, type FormEvent, type Ref } from 'react';
import {
  jobFamilyNames,
  TARGET_JOB_FAMILIES,
  type JobFamilyId,
} from '../../../../shared/content/job-families.js';
import type { Text } from '../../../../shared/i18n/text.js';
import { INTAKE_ANSWER_MAX_LENGTH, REAL_NAME_MAX_LENGTH } from '../../../../shared/program/limits.js';
import { NICKNAME_MAX_LENGTH } from '../../../../shared/protocol/limits.js';
import { errorText } from '../../common/errors.js';
import { useLang, useT } from '../../common/i18n.js';
import { registerForProgram } from '../connection.js';
import type { RegisterFields } from '../program-flow.js';
import { useParticipantStore } from '../state/store.js';
import { FieldError } from './FieldError.js';
import { sendError } from './register-error.js';
import { NoticeFold } from './NoticeFold.js';

/** The free-text questions; the job family beside the wish is a choice. */
const INTAKE = ['desiredJob', 'worry', 'hope'] as const;

/**
 * The first join of a program on one screen: nickname and consent (with the notice folded next to
 * it); the real name and the needs intake are optional, folded together and skippable. Everything typed
 * stays in the form through any refusal; a taken nickname is said next to the nickname.
 */
export function RegisterForm({
  heading,
  notice,
  onBack,
}: {
  heading: Ref<HTMLHeadingElement>;
  notice: Text;
  onBack: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const submitting = useParticipantStore((s) => s.submitting === 'register');
  const formError = useParticipantStore((s) => (s.formError?.form === 'register' ? s.formError : null));
  const [nickname, setNickname] = useState(() => useParticipantStore.getState().nickname);
  const [realName, setRealName] = useState('');
  const [intake, setIntake] = useState<RegisterFields['intake']>({ desiredJob: '', worry: '', hope: '' });
  const [consent, setConsent] = useState(false);
  const [missing, setMissing] = useState<{ nickname: boolean; consent: boolean }>({
    nickname: false,
    consent: false,
  });
  const nicknameInput = useRef<HTMLInputElement>(null);
  const consentInput = useRef<HTMLInputElement>(null);

  const taken = formError?.error.code === 'nickname_taken' ? formError : null;
  const other = formError && !taken ? formError.error : null;
  const nicknameError = missing.nickname
    ? t('program.nicknameRequired')
    : taken
      ? `${errorText(taken.error, lang, t)}${taken.afterLost ? ` ${t('program.takenAfterLost')}` : ''}`
      : null;

  // A taken nickname: back to the field it is about, the rest of the form as it was.
  useEffect(() => {
    if (taken) nicknameInput.current?.focus();
  }, [taken]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { nickname: nickname.trim() === '', consent: !consent };
    setMissing(next);
    if (next.nickname) return nicknameInput.current?.focus();
    if (next.consent) return consentInput.current?.focus();
    registerForProgram({ nickname, realName, intake });
  };

  return (
    <form className="card step register" onSubmit={submit} noValidate aria-labelledby="register-title">
      <h1 id="register-title" ref={heading} tabIndex={-1}>
        {t('program.registerTitle')}
      </h1>
      <p className="hint">{t('program.registerIntro')}</p>
      <div className="field">
        <label htmlFor="reg-nickname" className="field-label">
          {t('join.nicknameLabel')}
        </label>
        <input
          id="reg-nickname"
          ref={nicknameInput}
          data-testid="nickname-input"
          autoComplete="nickname"
          maxLength={NICKNAME_MAX_LENGTH}
          value={nickname}
          required
          aria-describedby="reg-nickname-hint reg-nickname-error"
          aria-invalid={nicknameError ? true : undefined}
          onChange={(event) => {
            setNickname(event.target.value);
            setMissing((m) => ({ ...m, nickname: false }));
          }}
        />
        <p id="reg-nickname-hint" className="hint">
          {t('program.nicknameHint')}
        </p>
        <FieldError id="reg-nickname-error" text={nicknameError} />
      </div>
      <details className="fold intake-fold" data-testid="intake-fold">
        <summary>{t('program.intakeMore')}</summary>
        <div className="field">
          <label htmlFor="reg-real-name" className="field-label">
            {t('program.realNameLabel')}
          </label>
          <input
            id="reg-real-name"
            data-testid="real-name-input"
            autoComplete="name"
            maxLength={REAL_NAME_MAX_LENGTH}
            value={realName}
            aria-describedby="reg-real-name-hint"
            onChange={(event) => setRealName(event.target.value)}
          />
          <p id="reg-real-name-hint" className="hint">
            {t('program.realNameHint')}
          </p>
        </div>
        <fieldset className="intake" aria-describedby="intake-hint">
          <legend className="field-label">{t('program.intakeLegend')}</legend>
          <p id="intake-hint" className="hint">
            {t('program.intakeHint', { max: INTAKE_ANSWER_MAX_LENGTH })}
          </p>
          {INTAKE.map((key) => (
            <Fragment key={key}>
              <div className="field">
                <label htmlFor={`intake-${key}`} className="field-label">
                  {t(`program.${key}`)}
                </label>
                <textarea
                  id={`intake-${key}`}
                  data-testid={`intake-${key}`}
                  rows={2}
                  maxLength={INTAKE_ANSWER_MAX_LENGTH}
                  value={intake[key]}
                  aria-describedby={`intake-${key}-hint`}
                  onChange={(event) => setIntake((i) => ({ ...i, [key]: event.target.value }))}
                />
                <p id={`intake-${key}-hint`} className="hint">
                  {t(`program.${key}Hint`)}
                </p>
              </div>
              {key === 'desiredJob' && (
                <div className="field">
                  <label htmlFor="intake-jobFamily" className="field-label">
                    {t('program.jobFamily')}
                  </label>
                  <select
                    id="intake-jobFamily"
                    data-testid="intake-jobFamily"
                    value={intake.jobFamily ?? ''}
                    aria-describedby="intake-jobFamily-hint"
                    onChange={(event) => {
                      const value = event.target.value;
                      setIntake(({ jobFamily: _old, ...i }) =>
                        value === '' ? i : { ...i, jobFamily: value as JobFamilyId },
                      );
                    }}
                  >
                    <option value="">{t('program.jobFamilyNone')}</option>
                    {TARGET_JOB_FAMILIES.map((family) => (
                      <option key={family} value={family}>
                        {jobFamilyNames[family][lang]}
                      </option>
                    ))}
                  </select>
                  <p id="intake-jobFamily-hint" className="hint">
                    {t('program.jobFamilyHint')}
                  </p>
                </div>
              )}
            </Fragment>
          ))}
        </fieldset>
      </details>
      <NoticeFold notice={notice} />
      <div className="field">
        <label className="consent" htmlFor="reg-consent">
          <input
            id="reg-consent"
            ref={consentInput}
            data-testid="consent-input"
            type="checkbox"
            checked={consent}
            required
            aria-describedby="reg-consent-note reg-consent-error"
            aria-invalid={missing.consent ? true : undefined}
            onChange={(event) => {
              setConsent(event.target.checked);
              setMissing((m) => ({ ...m, consent: false }));
            }}
          />
          <span>{t('program.consentLabel')}</span>
        </label>
        <p id="reg-consent-note" className="hint">
          {t('program.consentNote')}
        </p>
        <FieldError id="reg-consent-error" text={missing.consent ? t('program.consentRequired') : null} />
      </div>
      <FieldError id="reg-error" text={other ? sendError(other, lang, t) : null} />
      <button type="submit" className="primary big" disabled={submitting} data-testid="register-submit">
        {submitting ? t('program.registering') : t('program.register')}
      </button>
      <button type="button" className="link-button back-link" onClick={onBack}>
        {t('program.backToIntro')}
      </button>
    </form>
  );
}
