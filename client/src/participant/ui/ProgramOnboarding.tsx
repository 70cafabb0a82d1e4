import { useEffect, useRef, useState } from 'react';
import { ErrorText } from '../../common/ErrorText.js';
import { useT } from '../../common/i18n.js';
import { changeCode, tryAgain } from '../connection.js';
import { useParticipantStore } from '../state/store.js';
import { useFocusHeading } from './focus.js';
import { ProgramIntroStep } from './ProgramIntroStep.js';
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

type Mode = 'intro' | 'register' | 'recover';

/**
 * The first time a phone meets a program's code: what the program is and one button to start
 * (intro), then nickname and consent (register; real name and intake optional, folded) — or, for
 * someone who did that on another phone, nickname and PIN (recover). The registration form stays
 * mounted while the other steps show, so nothing typed there is lost. Loaded only when needed:
 * `/join` and a quick session's phone never download it.
 */
export function ProgramOnboarding() {
  const intro = useParticipantStore((s) => s.intro);
  const [mode, setMode] = useState<Mode>('intro');
  const introHeading = useFocusHeading<HTMLHeadingElement>(intro ? 'intro' : null);
  const registerHeading = useRef<HTMLHeadingElement>(null);
  const recoverHeading = useRef<HTMLHeadingElement>(null);
  const switched = useRef(false);
  // Moving between the steps is the person's own doing: focus the new step's heading.
  useEffect(() => {
    if (!switched.current) return;
    const target = { intro: introHeading, register: registerHeading, recover: recoverHeading }[mode];
    target.current?.focus();
    window.scrollTo(0, 0);
  }, [mode, introHeading]);
  const switchTo = (next: Mode) => {
    switched.current = true;
    setMode(next);
  };

  if (!intro) return <IntroPending />;
  return (
    <div data-testid="program-onboarding" data-mode={mode}>
      <div hidden={mode !== 'intro'}>
        <ProgramIntroStep
          intro={intro}
          heading={introHeading}
          onStart={() => switchTo('register')}
          onRecover={() => switchTo('recover')}
        />
      </div>
      <div hidden={mode !== 'register'}>
        <RegisterForm heading={registerHeading} notice={intro.notice} onBack={() => switchTo('intro')} />
      </div>
      {mode === 'recover' && <RecoverForm heading={recoverHeading} onBack={() => switchTo('register')} />}
    </div>
  );
}
