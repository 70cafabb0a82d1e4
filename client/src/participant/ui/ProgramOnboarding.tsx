import { useEffect, useRef, useState } from 'react';
import { ErrorText } from '../../common/ErrorText.js';
import { useLang, useT } from '../../common/i18n.js';
import { changeCode, tryAgain } from '../connection.js';
import { useParticipantStore } from '../state/store.js';
import { useFocusHeading } from './focus.js';
import { ProgramSchedule } from './ProgramSchedule.js';
import { RecoverForm } from './RecoverForm.js';
import { RegisterForm } from './RegisterForm.js';

/** Until the intro arrives: a calm line, or what went wrong and a way to try again. */
function IntroPending() {
  const t = useT();
  const error = useParticipantStore((s) => s.joinError);
  const heading = useFocusHeading<HTMLHeadingElement>('intro-pending');
  return (
    <div className="card step" data-testid="program-intro-pending">
      <h1 ref={heading} tabIndex={-1}>
        {t('program.loading')}
      </h1>
      <ErrorText error={error} />
      {error && (
        <button type="button" className="primary big" onClick={tryAgain}>
          {t('program.tryAgain')}
        </button>
      )}
      <button type="button" className="link-button" onClick={changeCode}>
        {t('join.changeCode')}
      </button>
    </div>
  );
}

/**
 * The first time a phone meets a program's code: what the program is (title, centre, days, notice),
 * then register — or, for someone who did that on another phone, recover with nickname and PIN.
 * The registration form stays mounted while the recovery shows, so nothing typed there is lost.
 */
export function ProgramOnboarding() {
  const t = useT();
  const lang = useLang();
  const intro = useParticipantStore((s) => s.intro);
  const [mode, setMode] = useState<'register' | 'recover'>('register');
  const introHeading = useFocusHeading<HTMLHeadingElement>(intro ? 'intro' : null);
  const recoverHeading = useRef<HTMLHeadingElement>(null);
  const switched = useRef(false);
  // Switching between registering and recovering is the person's own step: focus its heading.
  useEffect(() => {
    if (!switched.current) return;
    (mode === 'recover' ? recoverHeading : introHeading).current?.focus();
  }, [mode, introHeading]);
  const switchTo = (next: 'register' | 'recover') => {
    switched.current = true;
    setMode(next);
  };

  if (!intro) return <IntroPending />;
  return (
    <div data-testid="program-onboarding" data-mode={mode}>
      <div hidden={mode !== 'register'}>
        <section className="card step program-intro" aria-labelledby="intro-title">
          <h1 id="intro-title" ref={introHeading} tabIndex={-1}>
            {intro.title}
          </h1>
          <p className="program-meta">
            {t('program.centre', { name: intro.centerName })}
            {intro.group && (
              <>
                <br />
                {t('program.group', { group: intro.group })}
              </>
            )}
          </p>
          <button
            type="button"
            className="secondary-action"
            data-testid="have-registered"
            onClick={() => switchTo('recover')}
          >
            {t('program.haveRegistered')}
          </button>
          <ProgramSchedule days={intro.days} />
          <section aria-labelledby="notice-title">
            <h2 id="notice-title">{t('program.noticeTitle')}</h2>
            <p className="notice-text" data-testid="program-notice">
              {intro.notice[lang]}
            </p>
          </section>
        </section>
        <RegisterForm />
      </div>
      {mode === 'recover' && <RecoverForm heading={recoverHeading} onBack={() => switchTo('register')} />}
    </div>
  );
}
