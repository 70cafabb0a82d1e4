import { useState, type FormEvent } from 'react';
import { OUTCOME_STATUSES, type OutcomeStatus } from '../../../../../shared/outcomes/latest.js';
import {
  EMPLOYMENT_TYPES,
  OUTCOME_NOTE_MAX_LENGTH,
  OUTCOME_TEXT_MAX_LENGTH,
  outcomeBodySchema,
  PLACEMENTS,
  type OutcomeInput,
} from '../../../../../shared/outcomes/schemas.js';
import type { MemberOutcomesView, OutcomesView, OutcomeView } from '../../../../../shared/outcomes/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { TextField } from '../../../common/TextField.js';
import { newUuid } from '../../../common/uuid.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { formatDate } from '../../format.js';
import { Dialog } from '../Dialog.js';
import { checkpointLabel } from './outcome-format.js';

interface Props {
  programId: string;
  member: MemberOutcomesView;
  today: string;
  /** The checkpoint the form starts on (a new record). */
  checkpointMonths: number;
  /** The record being corrected: the form starts from it and the new record supersedes it. */
  correcting: OutcomeView | null;
  onSaved: (view: OutcomesView) => void;
  onClose: () => void;
}

/**
 * Records one follow-up outcome, or corrects one: the fields follow the status (employed → date,
 * company, occupation, type and 본인/알선; training → the course). The request id is made once per
 * form, so a save sent twice (a lost answer, a double click) stores one record.
 */
export function OutcomeDialog({
  programId,
  member,
  today,
  checkpointMonths,
  correcting,
  onSaved,
  onClose,
}: Props) {
  const t = useT();
  const lang = useLang();
  const from = correcting;
  const [requestId] = useState(newUuid);
  const [checkpoint, setCheckpoint] = useState(String(from?.checkpointMonths ?? checkpointMonths));
  const [asOf, setAsOf] = useState(from?.asOf ?? today);
  const [status, setStatus] = useState<OutcomeStatus | null>(from?.status ?? null);
  const [employedOn, setEmployedOn] = useState(from?.employedOn ?? '');
  const [placement, setPlacement] = useState<string>(from?.placement ?? '');
  const [company, setCompany] = useState(from?.company ?? '');
  const [occupation, setOccupation] = useState(from?.occupation ?? '');
  const [employmentType, setEmploymentType] = useState<string>(from?.employmentType ?? '');
  const [trainingName, setTrainingName] = useState(from?.trainingName ?? '');
  const [note, setNote] = useState(from?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);

  const employed = status === 'employed';
  const body = {
    requestId,
    checkpointMonths: Number(checkpoint),
    asOf,
    status: status ?? undefined,
    ...(employed
      ? {
          employedOn: employedOn || undefined,
          placement: placement || undefined,
          company,
          occupation,
          employmentType: employmentType || undefined,
        }
      : {}),
    ...(status === 'training' ? { trainingName } : {}),
    note,
    ...(from ? { supersedesId: from.id } : {}),
  } as OutcomeInput;
  const valid = outcomeBodySchema.safeParse(body).success && asOf <= today;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    const result = await api.recordOutcome(programId, member.memberId, body);
    setBusy(false);
    if (!result.ok) {
      setError(refused(result));
      return;
    }
    onSaved(result.data.outcomes);
    onClose();
  };

  const months = member.checkpoints.map((c) => c.months);
  const name = member.realName ? `${member.nickname} (${member.realName})` : member.nickname;
  return (
    <Dialog
      id="outcome"
      title={t(from ? 'followUp.dialogCorrect' : 'followUp.dialogTitle')}
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate className="outcome-form">
        <p className="dialog-sub">
          {t('followUp.dialogWho', {
            name,
            completed: t(member.completed ? 'followUp.completed' : 'followUp.notCompleted'),
          })}
        </p>
        {from && <p className="hint">{t('followUp.correctHint')}</p>}
        <div className="field-pair">
          <div className="field">
            <label htmlFor="outcome-checkpoint" className="field-label">
              {t('followUp.checkpointField')}
            </label>
            <select
              id="outcome-checkpoint"
              value={checkpoint}
              onChange={(e) => setCheckpoint(e.target.value)}
            >
              {(months.includes(Number(checkpoint)) ? months : [Number(checkpoint), ...months]).map((m) => {
                const c = member.checkpoints.find((x) => x.months === m);
                return (
                  <option key={m} value={m}>
                    {c
                      ? t('followUp.checkpointOption', {
                          checkpoint: checkpointLabel(m, t),
                          date: formatDate(c.dueOn, lang),
                        })
                      : checkpointLabel(m, t)}
                  </option>
                );
              })}
            </select>
          </div>
          <div className="field">
            <label htmlFor="outcome-as-of" className="field-label">
              {t('followUp.asOf')}
            </label>
            <input
              id="outcome-as-of"
              type="date"
              max={today}
              value={asOf}
              aria-invalid={asOf && asOf <= today ? undefined : true}
              aria-describedby="outcome-as-of-hint"
              onChange={(e) => setAsOf(e.target.value)}
            />
            <p id="outcome-as-of-hint" className="hint">
              {t('followUp.asOfHint')}
            </p>
          </div>
        </div>
        <fieldset className="field choice-group">
          <legend className="field-label">{t('followUp.statusField')}</legend>
          {OUTCOME_STATUSES.map((s) => (
            <label key={s} className="choice">
              <input
                type="radio"
                name="outcome-status"
                value={s}
                checked={status === s}
                onChange={() => setStatus(s)}
              />
              {t(`followUp.status.${s}`)}
            </label>
          ))}
        </fieldset>
        {employed && (
          <div className="outcome-employment">
            <div className="field-pair">
              <div className="field">
                <label htmlFor="outcome-employed-on" className="field-label">
                  {t('followUp.employedOn')}
                </label>
                <input
                  id="outcome-employed-on"
                  type="date"
                  value={employedOn}
                  aria-invalid={employedOn ? undefined : true}
                  onChange={(e) => setEmployedOn(e.target.value)}
                />
              </div>
              <fieldset className="field choice-group">
                <legend className="field-label">{t('followUp.placementField')}</legend>
                {PLACEMENTS.map((p) => (
                  <label key={p} className="choice">
                    <input
                      type="radio"
                      name="outcome-placement"
                      value={p}
                      checked={placement === p}
                      onChange={() => setPlacement(p)}
                    />
                    {t(`followUp.placement.${p}`)}
                  </label>
                ))}
              </fieldset>
            </div>
            <div className="field-pair">
              <TextField
                id="outcome-company"
                label={t('followUp.company')}
                maxLength={OUTCOME_TEXT_MAX_LENGTH}
                value={company}
                onValue={setCompany}
              />
              <TextField
                id="outcome-occupation"
                label={t('followUp.occupation')}
                maxLength={OUTCOME_TEXT_MAX_LENGTH}
                value={occupation}
                onValue={setOccupation}
              />
            </div>
            <div className="field">
              <label htmlFor="outcome-type" className="field-label">
                {t('followUp.employmentTypeField')}
              </label>
              <select
                id="outcome-type"
                value={employmentType}
                onChange={(e) => setEmploymentType(e.target.value)}
              >
                <option value="">{t('followUp.employmentTypeNone')}</option>
                {EMPLOYMENT_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`followUp.employmentType.${type}`)}
                  </option>
                ))}
              </select>
            </div>
            {(!employedOn || !placement) && <p className="hint">{t('followUp.needsEmployment')}</p>}
          </div>
        )}
        {status === 'training' && (
          <TextField
            id="outcome-training"
            label={t('followUp.trainingName')}
            maxLength={OUTCOME_TEXT_MAX_LENGTH}
            value={trainingName}
            onValue={setTrainingName}
          />
        )}
        <TextField
          id="outcome-note"
          label={t('followUp.note')}
          maxLength={OUTCOME_NOTE_MAX_LENGTH}
          value={note}
          onValue={setNote}
        />
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
