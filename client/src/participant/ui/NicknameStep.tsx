import { useState, type FormEvent } from 'react';
import { NICKNAME_MAX_LENGTH } from '../../../../shared/protocol/limits.js';
import { useT } from '../../common/i18n.js';
import { changeCode, submitNickname } from '../connection.js';
import { useParticipantStore } from '../state/store.js';
import { ErrorText } from '../../common/ErrorText.js';
import { useFocusHeading } from './focus.js';

export function NicknameStep() {
  const t = useT();
  const code = useParticipantStore((s) => s.code);
  const joining = useParticipantStore((s) => s.phase === 'joining');
  const error = useParticipantStore((s) => s.joinError);
  const [nickname, setNickname] = useState(() => useParticipantStore.getState().nickname);
  const heading = useFocusHeading<HTMLHeadingElement>('nickname');
  const trimmed = nickname.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed) submitNickname(trimmed);
  };
  return (
    <form className="card step" onSubmit={submit} noValidate>
      <h1 ref={heading} tabIndex={-1}>
        {t('join.nicknameTitle')}
      </h1>
      <p className="code-reminder">
        {t('join.codeIs')} <strong data-testid="joined-code">{code}</strong>{' '}
        <button type="button" className="link-button" onClick={changeCode}>
          {t('join.changeCode')}
        </button>
      </p>
      <label htmlFor="nickname" className="field-label">
        {t('join.nicknameLabel')}
      </label>
      <input
        id="nickname"
        data-testid="nickname-input"
        autoComplete="nickname"
        enterKeyHint="go"
        maxLength={NICKNAME_MAX_LENGTH}
        value={nickname}
        aria-describedby="nickname-hint nickname-error"
        aria-invalid={error ? true : undefined}
        onChange={(event) => setNickname(event.target.value)}
      />
      <p id="nickname-hint" className="hint">
        {t('join.nicknameHint')}
      </p>
      <ErrorText id="nickname-error" error={error} />
      <button type="submit" className="primary big" disabled={!trimmed || joining}>
        {joining ? t('join.joining') : t('join.enter')}
      </button>
    </form>
  );
}
