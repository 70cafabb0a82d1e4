import { useState, type FormEvent } from 'react';
import { useT } from '../../common/i18n.js';

/** The feedback text limit, as the module's schema has it (the phone does not load zod). */
export const FEEDBACK_TEXT_MAX_LENGTH = 300;

interface Props {
  id: string;
  label: string;
  /** What is stored now (null: nothing yet). */
  stored: string | null;
  onSave: (text: string, signed: boolean) => Promise<void>;
}

/** One note (strength, suggestion, interviewer's note): a textarea, "sign it", save, and the outcome said aloud. */
export function NoteField({ id, label, stored, onSave }: Props) {
  const t = useT();
  const [text, setText] = useState(stored ?? '');
  const [signed, setSigned] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const trimmed = text.trim();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!trimmed || busy) return;
    setBusy(true);
    try {
      await onSave(trimmed, signed);
      setStatus({ ok: true, message: t('mock-interview.saved') });
    } catch (error) {
      setStatus({ ok: false, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="mi-note" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={FEEDBACK_TEXT_MAX_LENGTH}
        value={text}
        aria-describedby={`${id}-count`}
        onChange={(e) => setText(e.target.value)}
      />
      <p className="char-count" id={`${id}-count`}>
        {t('mock-interview.count', { count: text.length, max: FEEDBACK_TEXT_MAX_LENGTH })}
      </p>
      <label className="mi-sign">
        <input type="checkbox" checked={signed} onChange={(e) => setSigned(e.target.checked)} />
        <span>{t('mock-interview.sign')}</span>
      </label>
      {!signed && <p className="hint">{t('mock-interview.unsigned')}</p>}
      <button type="submit" className="primary" disabled={busy || !trimmed || trimmed === stored}>
        {t('mock-interview.save')}
      </button>
      <p className={status?.ok === false ? 'error-text' : 'hint'} role="status">
        {status?.message ?? ''}
      </p>
    </form>
  );
}
