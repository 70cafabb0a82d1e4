import { useState, type FormEvent } from 'react';
import type { PrePostView } from '../../../../../shared/assessment/views.js';
import { instrumentVersion } from '../../../../../shared/content/index.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { newUuid } from '../../../common/uuid.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { today as todayAtCenter } from '../../format.js';
import { Dialog } from '../Dialog.js';
import type { EntryTarget } from './GroupTable.js';

interface Props {
  programId: string;
  target: EntryTarget;
  instrument: { id: string; version: number };
  /** The date the form starts on: the wave's day when it has come, else today. */
  defaultDate: string;
  onSaved: (tables: PrePostView[]) => void;
  onClose: () => void;
}

/**
 * "종이 응답 입력": a member's paper form for one wave, typed in by staff. Every item of the pinned
 * instrument version with its own scale labels; an item left blank is missing, as on the phone. The
 * request id is made once per opened form, so a save sent twice (a lost answer, a double click) stores
 * one score and answers as the first call did.
 */
export function StaffEntryDialog({ programId, target, instrument, defaultDate, onSaved, onClose }: Props) {
  const t = useT();
  const lang = useLang();
  const form = instrumentVersion(instrument.id, instrument.version);
  const [requestId] = useState(newUuid);
  const [takenOn, setTakenOn] = useState(defaultDate);
  const [answers, setAnswers] = useState<Record<string, number | string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const today = todayAtCenter();
  if (!form) return null;
  const labels = new Map(form.scale.labels.map((l) => [l.value, l.label[lang]]));
  const points = Array.from({ length: form.scale.max - form.scale.min + 1 }, (_, i) => form.scale.min + i);
  const answered = form.items.filter((item) => answers[item.id] !== undefined).length;
  const valid = takenOn !== '' && takenOn <= today && answered > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    const result = await api.enterResponse(programId, target.waveId, target.memberId, {
      requestId,
      takenOn,
      answers,
    });
    setBusy(false);
    if (!result.ok) {
      setError(refused(result));
      return;
    }
    onSaved(result.data.tables);
    onClose();
  };

  return (
    <Dialog id="staff-entry" title={t('assessments.dialogTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="staff-entry-form">
        <p className="dialog-sub">
          {t('assessments.dialogWho', {
            name: target.nickname,
            kind: t(`assessments.${target.kind}`),
            instrument: form.name[lang],
          })}
        </p>
        <div className="field">
          <label htmlFor="staff-entry-date" className="field-label">
            {t('assessments.takenOn')}
          </label>
          <input
            id="staff-entry-date"
            type="date"
            max={today}
            value={takenOn}
            aria-invalid={takenOn && takenOn <= today ? undefined : true}
            onChange={(e) => setTakenOn(e.target.value)}
          />
        </div>
        <ol className="staff-entry-items">
          {form.items.map((item, i) =>
            item.kind === 'rating' ? (
              <li key={item.id}>
                <fieldset className="choice-group staff-entry-scale">
                  <legend>
                    {i + 1}. {item.text[lang]}
                  </legend>
                  {points.map((value) => (
                    <label key={value} className="choice">
                      <input
                        type="radio"
                        name={`item-${item.id}`}
                        value={value}
                        checked={answers[item.id] === value}
                        onChange={() => setAnswers((prev) => ({ ...prev, [item.id]: value }))}
                      />
                      {labels.has(value) ? `${value} ${labels.get(value)}` : String(value)}
                    </label>
                  ))}
                </fieldset>
              </li>
            ) : (
              <li key={item.id}>
                <label htmlFor={`item-${item.id}`} className="field-label">
                  {i + 1}. {item.text[lang]}
                </label>
                <textarea
                  id={`item-${item.id}`}
                  maxLength={1000}
                  value={String(answers[item.id] ?? '')}
                  onChange={(e) => {
                    const text = e.target.value;
                    setAnswers((prev) => {
                      const next = { ...prev };
                      if (text.trim() === '') delete next[item.id];
                      else next[item.id] = text;
                      return next;
                    });
                  }}
                />
              </li>
            ),
          )}
        </ol>
        {form.credit && <p className="hint">{form.credit[lang]}</p>}
        <p className="hint" role="status">
          {t('assessments.answered', { answered, total: form.items.length })}
        </p>
        <ErrorText error={error} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || !valid}>
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
