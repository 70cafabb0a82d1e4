import { useState, type FormEvent } from 'react';
import { INSTRUMENT_TEXT_MAX } from '../../../../../shared/activities/instrument/index.js';
import { instrumentVersion } from '../../../../../shared/content/index.js';
import type { SatisfactionView } from '../../../../../shared/satisfaction/view.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { newUuid } from '../../../common/uuid.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { Dialog } from '../Dialog.js';

interface Props {
  programId: string;
  survey: SatisfactionView;
  onSaved: (surveys: SatisfactionView[]) => void;
  onClose: () => void;
}

/**
 * "종이 응답 입력": one anonymous paper form typed in by staff (design §3.2) — every item of the survey's
 * instrument version with its own scale labels, no name and no member. The request id is made once per
 * opened dialog, so a save sent again (a lost answer, a double click) stores the form once.
 */
export function PaperSurveyDialog({ programId, survey, onSaved, onClose }: Props) {
  const t = useT();
  const lang = useLang();
  const form = instrumentVersion(survey.instrumentId, survey.instrumentVersion);
  const [requestId] = useState(newUuid);
  const [answers, setAnswers] = useState<Record<string, number | string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  if (!form) return null;
  const labels = new Map(form.scale.labels.map((l) => [l.value, l.label[lang]]));
  const points = Array.from({ length: form.scale.max - form.scale.min + 1 }, (_, i) => form.scale.min + i);
  const answered = form.items.filter((item) => answers[item.id] !== undefined).length;
  const set = (itemId: string, value: number | string | null) =>
    setAnswers((prev) => {
      const next = { ...prev };
      if (value === null || (typeof value === 'string' && value.trim() === '')) delete next[itemId];
      else next[itemId] = value;
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (answered === 0 || busy) return;
    setBusy(true);
    const result = await api.enterSurveyPaper(programId, { waveId: survey.waveId, requestId, answers });
    setBusy(false);
    if (!result.ok) {
      setError(refused(result));
      return;
    }
    onSaved(result.data.surveys);
    onClose();
  };

  return (
    <Dialog id="paper-survey" title={t('satisfaction.dialogTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="staff-entry-form paper-survey-form">
        <p className="dialog-sub">{form.name[lang]}</p>
        <p className="hint">{t('satisfaction.dialogIntro')}</p>
        <ol className="staff-entry-items">
          {form.items.map((item, i) =>
            item.kind === 'rating' ? (
              <li key={item.id}>
                <fieldset className="choice-group staff-entry-scale">
                  <legend>
                    {i + 1}. {item.text[lang]}
                  </legend>
                  {[null, ...points].map((value) => (
                    <label key={value ?? 'none'} className="choice">
                      <input
                        type="radio"
                        name={`survey-item-${item.id}`}
                        value={value ?? ''}
                        checked={value === null ? answers[item.id] === undefined : answers[item.id] === value}
                        onChange={() => set(item.id, value)}
                      />
                      {value === null
                        ? t('satisfaction.noAnswer')
                        : labels.has(value)
                          ? `${value} ${labels.get(value)}`
                          : String(value)}
                    </label>
                  ))}
                </fieldset>
              </li>
            ) : (
              <li key={item.id}>
                <label htmlFor={`survey-item-${item.id}`} className="field-label">
                  {i + 1}. {item.text[lang]}
                </label>
                <textarea
                  id={`survey-item-${item.id}`}
                  maxLength={INSTRUMENT_TEXT_MAX}
                  value={String(answers[item.id] ?? '')}
                  onChange={(e) => set(item.id, e.target.value)}
                />
              </li>
            ),
          )}
        </ol>
        <p className="hint" role="status">
          {t('satisfaction.answered', { answered, total: form.items.length })}
        </p>
        <ErrorText error={error} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || answered === 0}>
            {t('common.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
