import { useState } from 'react';
import { useLang, useT } from '../../common/i18n.js';
import { supportServices } from '../../../../shared/content/support-services.js';
import {
  PLAN_TEXT_MAX_LENGTH,
  type BarrierMapPersonal,
  type BarrierPlan,
} from '../../../../shared/activities/barrier-map/types.js';
import { barrierById } from './RateView.js';
import { SaveLine } from './SaveLine.js';
import type { Saves } from './useSaves.js';

const serviceById = new Map(supportServices.map((s) => [s.id, s]));
const EMPTY: BarrierPlan = { strategies: [], own: '', services: [], ifThen: '' };
const toggle = <T,>(xs: readonly T[], x: T): T[] => (xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x]);

/** A service to tick, with its number (tel:) and site (https) as their own full-size tap targets; the visible number or address starts each link's name. */
function ServiceChoice(props: { id: string; checked: boolean; inputId: string; onToggle: () => void }) {
  const t = useT();
  const lang = useLang();
  const s = serviceById.get(props.id);
  if (!s) return null;
  const name = s.name[lang];
  return (
    <li className="bm-service">
      <label className="choice" htmlFor={props.inputId}>
        <input id={props.inputId} type="checkbox" checked={props.checked} onChange={props.onToggle} />
        <span>
          <strong>{name}</strong>
          <span className="bm-service-what">{s.what[lang]}</span>
          <span className="bm-service-how">{s.howToReach[lang]}</span>
        </span>
      </label>
      {(s.phone !== undefined || s.url !== undefined) && (
        <p className="bm-links">
          {s.phone !== undefined && (
            <a href={`tel:${s.phone.replace(/-/g, '')}`}>
              ☎ {s.phone}
              <span className="visually-hidden"> {t('barrierMap.call', { name })}</span>
            </a>
          )}
          {s.url !== undefined && (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.url.replace(/^https:\/\//, '')}
              <span className="visually-hidden"> {t('barrierMap.website', { name })}</span>
            </a>
          )}
        </p>
      )}
    </li>
  );
}

function PlanCard(props: {
  idPrefix: string;
  barrierId: string;
  personal: BarrierMapPersonal;
  saves: Saves;
}) {
  const { idPrefix, barrierId, personal, saves } = props;
  const t = useT();
  const lang = useLang();
  const itemKey = `plan:${barrierId}`;
  const fromServer = personal.plans.find((p) => p.barrierId === barrierId);
  const plan = saves.shown<BarrierPlan>(itemKey, fromServer ?? EMPTY);
  // The two lines are typed locally and go out with every save (a tick, leaving the field, the button).
  const [own, setOwn] = useState(plan.own);
  const [ifThen, setIfThen] = useState(plan.ifThen);
  const barrier = barrierById(barrierId);
  if (!barrier) return null;
  const save = (change: Partial<BarrierPlan> = {}) =>
    saves.save(itemKey, { strategies: plan.strategies, services: plan.services, own, ifThen, ...change });
  // Leaving a field saves it, so the button (whose press leaves the field first) sends nothing twice.
  const saveIfChanged = () => {
    if (own.trim() !== plan.own || ifThen.trim() !== plan.ifThen) save();
  };
  const id = `${idPrefix}-plan-${barrierId}`;
  const services = [...new Set([...barrier.serviceIds, ...plan.services])];
  return (
    <article className="card bm-plan" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{barrier.name[lang]}</h3>
      <fieldset>
        <legend>{t('barrierMap.strategies')}</legend>
        <div className="choices">
          {barrier.copingStrategies.map((strategy, i) => (
            <label key={i} className="choice">
              <input
                type="checkbox"
                checked={plan.strategies.includes(i)}
                onChange={() => save({ strategies: toggle(plan.strategies, i).sort((a, b) => a - b) })}
              />
              <span>{strategy[lang]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field" htmlFor={`${id}-own`}>
        <span className="field-label">{t('barrierMap.own')}</span>
        <input
          id={`${id}-own`}
          type="text"
          value={own}
          maxLength={PLAN_TEXT_MAX_LENGTH}
          onChange={(e) => setOwn(e.target.value)}
          onBlur={saveIfChanged}
        />
      </label>
      <fieldset>
        <legend>{t('barrierMap.services')}</legend>
        <ul className="bm-services">
          {services.map((serviceId) => (
            <ServiceChoice
              key={serviceId}
              id={serviceId}
              inputId={`${id}-service-${serviceId}`}
              checked={plan.services.includes(serviceId)}
              onToggle={() => save({ services: toggle(plan.services, serviceId) })}
            />
          ))}
        </ul>
      </fieldset>
      <label className="field" htmlFor={`${id}-if-then`}>
        <span className="field-label">{t('barrierMap.ifThen')}</span>
        <span className="hint" id={`${id}-if-then-hint`}>
          {t('barrierMap.ifThenExample')}
        </span>
        <textarea
          id={`${id}-if-then`}
          rows={3}
          value={ifThen}
          maxLength={PLAN_TEXT_MAX_LENGTH}
          aria-describedby={`${id}-if-then-hint ${id}-if-then-count`}
          onChange={(e) => setIfThen(e.target.value)}
          onBlur={saveIfChanged}
        />
      </label>
      <p className="char-count" id={`${id}-if-then-count`}>
        {t('barrierMap.chars', { count: ifThen.length, max: PLAN_TEXT_MAX_LENGTH })}
      </p>
      <button type="button" className="primary big" onClick={saveIfChanged}>
        {t('barrierMap.save')}
      </button>
      <SaveLine state={saves.status(itemKey)} />
    </article>
  );
}

/** A coping plan for each of my top barriers (the server decides which are top). */
export function PlanView(props: { idPrefix: string; personal: BarrierMapPersonal; saves: Saves }) {
  const { idPrefix, personal, saves } = props;
  const t = useT();
  return (
    <section className="bm-plans" aria-labelledby={`${idPrefix}-plan-title`}>
      <h2 id={`${idPrefix}-plan-title`}>{t('barrierMap.planTitle')}</h2>
      <p className="hint">{t('barrierMap.planHint', { count: personal.planCount })}</p>
      {personal.top.length === 0 && <p>{t('barrierMap.noTop')}</p>}
      {personal.top.map((barrierId) => (
        <PlanCard
          key={barrierId}
          idPrefix={idPrefix}
          barrierId={barrierId}
          personal={personal}
          saves={saves}
        />
      ))}
    </section>
  );
}
