import type { ReactNode } from 'react';
import { useLang, useT } from '../../common/i18n.js';
import { barriers } from '../../../../shared/content/barriers.js';
import {
  BARRIER_LEVELS,
  type BarrierMapPersonal,
  type BarrierRating,
} from '../../../../shared/activities/barrier-map/types.js';
import type { Saves } from './useSaves.js';
import { SaveLine } from './SaveLine.js';

const byId = new Map(barriers.map((b) => [b.id, b]));
export const barrierById = (id: string) => byId.get(id);

type Choice = 0 | 1 | 2 | 3 | 'notMe';
const choiceOf = (r: BarrierRating | undefined): Choice | null =>
  r === undefined ? null : 'notMe' in r ? 'notMe' : r.level;
const ratingOf = (c: Choice): BarrierRating => (c === 'notMe' ? { notMe: true } : { level: c });

/** One barrier: 0–3 as four big buttons in a row, "나와 상관없음" full width below; each tap saves. */
export function RatingRow(props: {
  idPrefix: string;
  barrierId: string;
  personal: BarrierMapPersonal;
  saves: Saves;
}) {
  const { idPrefix, barrierId, personal, saves } = props;
  const t = useT();
  const lang = useLang();
  const barrier = barrierById(barrierId);
  if (!barrier) return null;
  const itemKey = `barrier:${barrierId}`;
  const picked = choiceOf(saves.shown(itemKey, personal.ratings[barrierId]));
  const name = `${idPrefix}-rate-${barrierId}`;
  const descriptionId = `${name}-description`;
  const pick = (c: Choice) => saves.save(itemKey, ratingOf(c));
  return (
    <fieldset className="bm-rating" aria-describedby={descriptionId}>
      <legend className="bm-barrier-name">{barrier.name[lang]}</legend>
      <p className="hint" id={descriptionId}>
        {barrier.description[lang]}
      </p>
      <div className="scale-steps">
        {BARRIER_LEVELS.map((level) => (
          <label key={level} className="scale-step bm-level">
            <input
              type="radio"
              name={name}
              value={level}
              checked={picked === level}
              onChange={() => pick(level)}
            />
            <span>{level}</span>
            <span className="bm-level-word">{t(`barrierMap.level${level}`)}</span>
          </label>
        ))}
      </div>
      <label className="choice bm-not-me">
        <input
          type="radio"
          name={name}
          value="notMe"
          checked={picked === 'notMe'}
          onChange={() => pick('notMe')}
        />
        <span>{t('barrierMap.notMe')}</span>
      </label>
      <SaveLine state={saves.status(itemKey)} />
    </fieldset>
  );
}

/** The ordinary barriers, then the sensitive part (consent step or, once consented, those barriers). */
export function RateView(props: {
  idPrefix: string;
  personal: BarrierMapPersonal;
  saves: Saves;
  sensitivePart: ReactNode;
}) {
  const { idPrefix, personal, saves, sensitivePart } = props;
  const t = useT();
  const ordinary = personal.offered.filter((id) => barrierById(id)?.sensitive === false);
  const answered = ordinary.filter((id) => personal.ratings[id] !== undefined).length;
  return (
    <section className="bm-rate" aria-labelledby={`${idPrefix}-rate-title`}>
      <h2 id={`${idPrefix}-rate-title`}>{t('barrierMap.rateTitle')}</h2>
      <p className="hint">{t('barrierMap.rateHint')}</p>
      <p className="hint" aria-live="polite">
        {t('barrierMap.progress', { done: answered, total: ordinary.length })}
      </p>
      {ordinary.map((id) => (
        <RatingRow key={id} idPrefix={idPrefix} barrierId={id} personal={personal} saves={saves} />
      ))}
      {sensitivePart}
    </section>
  );
}
