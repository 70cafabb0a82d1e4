import { useLang, useT } from '../../common/i18n.js';
import type { BarrierMapPersonal } from '../../../../shared/activities/barrier-map/types.js';
import { barrierById } from './RateView.js';
import { SaveLine } from './SaveLine.js';
import type { Saves } from './useSaves.js';

/** My if-then lines, large enough to read aloud, my partner's nickname, and "연습했어요" per line. */
export function RehearseView(props: { idPrefix: string; personal: BarrierMapPersonal; saves: Saves }) {
  const { idPrefix, personal, saves } = props;
  const t = useT();
  const lang = useLang();
  const names = personal.mates.map((m) => m.nickname).filter((n) => n !== '');
  return (
    <section className="bm-rehearse" aria-labelledby={`${idPrefix}-rehearse-title`}>
      <h2 id={`${idPrefix}-rehearse-title`}>{t('barrierMap.rehearseTitle')}</h2>
      <p className="hint">{t('barrierMap.rehearseHint')}</p>
      <p className="bm-partner">
        {names.length > 0 ? t('barrierMap.partner', { names: names.join(', ') }) : t('barrierMap.noPartner')}
      </p>
      {personal.plans.length === 0 && <p>{t('barrierMap.noPlan')}</p>}
      {personal.plans.map((plan) => {
        const itemKey = `rehearsed:${plan.barrierId}`;
        const done = saves.shown(itemKey, { done: personal.rehearsed.includes(plan.barrierId) }).done;
        return (
          <article key={plan.barrierId} className="card bm-line">
            <h3>{barrierById(plan.barrierId)?.name[lang]}</h3>
            <p className="bm-if-then" lang={lang}>
              {plan.ifThen !== '' ? plan.ifThen : '—'}
            </p>
            <button
              type="button"
              className={`big ${done ? 'primary' : ''}`}
              aria-pressed={done}
              onClick={() => saves.save(itemKey, { done: !done })}
            >
              {done ? t('barrierMap.rehearsedDone') : t('barrierMap.rehearsed')}
            </button>
            <SaveLine state={saves.status(itemKey)} />
          </article>
        );
      })}
    </section>
  );
}
