import { useState, type FormEvent } from 'react';
import { JOIN_CODE_LENGTH } from '../../../../shared/protocol/limits.js';
import { useT } from '../../common/i18n.js';
import { submitCode } from '../connection.js';
import { useParticipantStore } from '../state/store.js';
import { ErrorText } from '../../common/ErrorText.js';
import { useFocusHeading } from './focus.js';

export function CodeStep() {
  const t = useT();
  const checking = useParticipantStore((s) => s.phase === 'checking');
  const error = useParticipantStore((s) => s.joinError);
  const [code, setCode] = useState(() => useParticipantStore.getState().code ?? '');
  const heading = useFocusHeading<HTMLHeadingElement>('code');
  const valid = code.length === JOIN_CODE_LENGTH;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) submitCode(code);
  };
  return (
    <form className="card step" onSubmit={submit} noValidate>
      <h1 ref={heading} tabIndex={-1}>
        {t('join.title')}
      </h1>
      <label htmlFor="join-code" className="field-label">
        {t('join.codeLabel')}
      </label>
      <input
        id="join-code"
        data-testid="join-code-input"
        className="code-input"
        inputMode="numeric"
        autoComplete="off"
        pattern="[0-9]*"
        maxLength={JOIN_CODE_LENGTH}
        value={code}
        aria-describedby="join-code-hint join-code-error"
        aria-invalid={error ? true : undefined}
        onChange={(event) => setCode(event.target.value.replace(/\D/g, '').slice(0, JOIN_CODE_LENGTH))}
      />
      <p id="join-code-hint" className="hint">
        {t('join.codeHint')}
      </p>
      <ErrorText id="join-code-error" error={error} />
      <button type="submit" className="primary big" disabled={!valid || checking}>
        {checking ? t('join.checking') : t('join.next')}
      </button>
    </form>
  );
}
