import { useCallback, useSyncExternalStore } from 'react';
import { useLang, useT } from '../../common/i18n.js';
import { CENTER_TIME_ZONE } from '../../../../shared/program/dates.js';
import type { Lang } from '../../../../shared/i18n/text.js';
import type { InstrumentOnPhone } from '../../../../shared/activities/instrument/index.js';

const locale = (lang: Lang) => (lang === 'ko' ? 'ko-KR' : 'en-GB');

/** "오후 3:20" in the center's time zone. */
export const formatTime = (at: number, lang: Lang): string =>
  new Intl.DateTimeFormat(locale(lang), {
    timeZone: CENTER_TIME_ZONE,
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);

/** "12월 1일 오후 3:20" in the center's time zone. */
export const formatDateTime = (at: number, lang: Lang): string =>
  new Intl.DateTimeFormat(locale(lang), {
    timeZone: CENTER_TIME_ZONE,
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);

/** Whether the soft due time (server epoch ms) has passed; turns true by itself when it does. */
export function usePastDue(dueAt: number | null, clockOffsetMs: number): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      const left = dueAt === null ? 0 : dueAt - (Date.now() + clockOffsetMs);
      if (left <= 0) return () => undefined;
      // A due time is at most hours away; the cap keeps setTimeout from firing at once on a bad value.
      const timer = window.setTimeout(notify, Math.min(left, 2 ** 31 - 1));
      return () => window.clearTimeout(timer);
    },
    [dueAt, clockOffsetMs],
  );
  const past = () => dueAt !== null && Date.now() + clockOffsetMs >= dueAt;
  return useSyncExternalStore(subscribe, past, past);
}

/** The soft due time: "3:20까지 답해 주세요", and once it passed, that finishing now is fine (no hard stop). */
export function DueLine({ dueAt, past }: { dueAt: number | null; past: boolean }) {
  const t = useT();
  const lang = useLang();
  if (dueAt === null) return null;
  return (
    <p className={past ? 'iv-due iv-due-late' : 'iv-due'} role="status" data-testid="instrument-due">
      {past ? t('instrument.late') : t('instrument.dueAt', { time: formatTime(dueAt, lang) })}
    </p>
  );
}

/** The first screen: what it is, how long, what happens at the close, and start or continue. */
export function Intro(props: {
  idPrefix: string;
  /** The task's title, the card's heading (the server names the task after the instrument). */
  title: string;
  instrument: InstrumentOnPhone;
  anonymous: boolean;
  decided: number;
  onStart: () => void;
}) {
  const { idPrefix, instrument, anonymous, decided } = props;
  const t = useT();
  const lang = useLang();
  const total = instrument.items.length;
  const name = instrument.name[lang];
  const label =
    decided === 0
      ? t('instrument.start')
      : decided >= total
        ? t('instrument.review')
        : t('instrument.continue');
  return (
    <section className="iv-intro" aria-labelledby={`${idPrefix}-title`} data-testid="instrument-intro">
      {/* The card's heading is the task's title; the name again only where it says more (English, another title). */}
      {name !== props.title && <h2>{name}</h2>}
      <p className="iv-count">{t('instrument.items', { count: total })}</p>
      {anonymous && (
        <p className="iv-anonymous" data-testid="instrument-anonymous">
          {t('instrument.anonymous')}
        </p>
      )}
      <p className="hint">{t('instrument.atClose')}</p>
      <button type="button" className="primary big" onClick={props.onStart} data-testid="instrument-start">
        {label}
      </button>
      {instrument.credit && <p className="iv-credit">{instrument.credit[lang]}</p>}
    </section>
  );
}
