import { useState, type FormEvent } from 'react';
import type { WavesView, WaveView } from '../../../../../shared/assessment/views.js';
import type { ProgramDetail } from '../../../../../shared/program/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { formatDate } from '../../format.js';

type Kind = WaveView['kind'];
const keyOf = (instrumentId: string, kind: Kind) => `${instrumentId}:${kind}`;

/** The plan as the editor holds it: (instrument, kind) → the chosen day id, or '' for the kind's default. */
function draftOf(view: WavesView): Map<string, string> {
  return new Map(view.waves.map((w) => [keyOf(w.instrumentId, w.kind), w.plannedDayId ?? '']));
}

interface Props {
  program: ProgramDetail;
  view: WavesView;
  onSaved: (view: WavesView) => void;
  onReload: () => void;
}

/**
 * The assessment plan (design §2.2): which library instruments are taken before and after (or once at
 * the end), and on which day. Anonymity is the instrument's, shown and never settable; a wave that has
 * responses cannot be taken out, and says why. Saved as a whole with the plan's version.
 */
export function PlanEditor({ program, view, onSaved, onReload }: Props) {
  const t = useT();
  const lang = useLang();
  const [draft, setDraft] = useState(() => draftOf(view));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const ended = program.status === 'ended';
  const saved = draftOf(view);
  const dirty =
    draft.size !== saved.size || [...draft].some(([key, day]) => !saved.has(key) || saved.get(key) !== day);
  const waveOf = (key: string) => view.waves.find((w) => keyOf(w.instrumentId, w.kind) === key);

  const set = (key: string, day: string | null) =>
    setDraft((prev) => {
      const next = new Map(prev);
      if (day === null) next.delete(key);
      else next.set(key, day);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!dirty || busy) return;
    setBusy(true);
    const waves = [...draft].map(([key, day]) => {
      const [instrumentId, kind] = key.split(':') as [string, Kind];
      return { instrumentId, kind, plannedDayId: day === '' ? null : day };
    });
    const result = await api.saveWaves(program.id, { version: view.version, waves });
    setBusy(false);
    setError(refused(result));
    if (result.ok) {
      setDraft(draftOf(result.data));
      onSaved(result.data);
    }
  };

  const defaultDay = (kind: Kind) => t(kind === 'pre' ? 'assessments.firstDay' : 'assessments.lastDay');
  return (
    <form className="wave-plan" onSubmit={submit} aria-labelledby="wave-plan-title" noValidate>
      <h3 id="wave-plan-title">{t('assessments.planTitle')}</h3>
      <p className="hint">{t('assessments.planIntro')}</p>
      <ul className="wave-plan-list">
        {view.instruments.map((instrument) => {
          const kinds: Kind[] = instrument.use === 'pre-post' ? ['pre', 'post'] : ['once'];
          return (
            <li key={instrument.id} className="wave-plan-item" data-testid="plan-instrument">
              <fieldset>
                <legend>{instrument.name[lang]}</legend>
                {instrument.use === 'end-of-program' && (
                  <p className="hint">{t('assessments.anonymousNote')}</p>
                )}
                {kinds.map((kind) => {
                  const key = keyOf(instrument.id, kind);
                  const wave = waveOf(key);
                  const on = draft.has(key);
                  const locked = on && wave?.hasResponses === true;
                  const boxId = `plan-${instrument.id}-${kind}`;
                  return (
                    <div key={kind} className="wave-plan-kind">
                      <label className="choice" htmlFor={boxId}>
                        <input
                          id={boxId}
                          type="checkbox"
                          checked={on}
                          disabled={locked || ended}
                          aria-describedby={locked ? `${boxId}-locked` : undefined}
                          onChange={(e) => set(key, e.target.checked ? (wave?.plannedDayId ?? '') : null)}
                        />
                        {t(`assessments.kind.${kind}`)}
                      </label>
                      {on && (
                        <select
                          aria-label={t('assessments.dayLabel', {
                            name: instrument.name[lang],
                            kind: t(`assessments.kind.${kind}`),
                          })}
                          value={draft.get(key)}
                          disabled={ended}
                          onChange={(e) => set(key, e.target.value)}
                        >
                          <option value="">{defaultDay(kind)}</option>
                          {program.days.map((d) => (
                            <option key={d.id} value={d.id}>
                              {t('assessments.dayOption', { n: d.number, date: formatDate(d.date, lang) })}
                            </option>
                          ))}
                        </select>
                      )}
                      {wave && (
                        <span className="wave-plan-status">
                          {t(`assessments.status.${wave.status}`)} ·{' '}
                          {t('assessments.submitted', { n: wave.submitted, total: wave.total })}
                        </span>
                      )}
                      {locked && (
                        <span id={`${boxId}-locked`} className="hint">
                          {t('assessments.locked')}
                        </span>
                      )}
                    </div>
                  );
                })}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <ErrorText error={error} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={!dirty || busy || ended}>
          {t('assessments.savePlan')}
        </button>
        {error?.code === 'version_conflict' && (
          <button type="button" onClick={onReload}>
            {t('assessments.reload')}
          </button>
        )}
      </div>
    </form>
  );
}
