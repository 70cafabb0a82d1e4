import { useState, type FormEvent } from 'react';
import { addDays } from '../../../../../shared/program/dates.js';
import { PROGRAM_TITLE_MAX_LENGTH } from '../../../../../shared/program/limits.js';
import type { ProgramDetail } from '../../../../../shared/program/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { TextField } from '../../../common/TextField.js';
import { today } from '../../format.js';
import { copyProgram } from '../../program-actions.js';
import { Dialog } from '../Dialog.js';

/** Copy for the next group: a new title and first date; the agenda and facilitators come along. */
export function CopyProgramDialog({ program, onClose }: { program: ProgramDetail; onClose: () => void }) {
  const t = useT();
  const [title, setTitle] = useState(program.title);
  const [firstDate, setFirstDate] = useState(() => addDays(today(), 7));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || !firstDate || busy) return;
    setBusy(true);
    const failed = await copyProgram(program.id, title.trim(), firstDate);
    setBusy(false);
    setError(failed);
  };
  return (
    <Dialog id="copy-program" title={t('program.copyTitle')} onClose={onClose}>
      <form onSubmit={submit}>
        <p className="hint">{t('program.copyHint')}</p>
        <TextField
          id="copy-title"
          label={t('program.copyNewTitle')}
          required
          maxLength={PROGRAM_TITLE_MAX_LENGTH}
          value={title}
          onValue={setTitle}
        />
        <TextField
          id="copy-first-date"
          label={t('program.copyFirstDate')}
          type="date"
          required
          value={firstDate}
          onValue={setFirstDate}
        />
        <ErrorText error={error} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || !title.trim() || !firstDate}>
            {t('program.copySubmit')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
