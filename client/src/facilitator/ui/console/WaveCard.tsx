import type { WaveProgressView } from '../../../../../shared/protocol/wave-views.js';
import { formatRemaining } from '../../../../../shared/session/timer.js';
import { useNow } from '../../../common/clock.js';
import { useLang, useT } from '../../../common/i18n.js';
import { useFacilitatorStore } from '../../state/store.js';
import { WaveControls } from './WaveControls.js';
import { memberChips, submittedShare } from './wave-lines.js';

/** The soft due time as a countdown (server instants corrected by this device's clock offset). */
function DueCountdown({ dueAt }: { dueAt: number }) {
  const t = useT();
  const offset = useFacilitatorStore((s) => s.clockOffsetMs);
  const now = useNow(true);
  const left = dueAt - (now + offset);
  if (left <= 0)
    return (
      <p className="wave-due is-over" data-testid="wave-due" data-state="over">
        {t('waves.overdue')}
      </p>
    );
  return (
    <p className="wave-due" data-testid="wave-due" data-state="running">
      <span>{t('waves.dueLeft')} </span>
      <span role="timer">{formatRemaining(left)}</span>
    </p>
  );
}

/** Each member's state by nickname (named waves only: an anonymous one shows its counts alone). */
function MemberChips({
  wave,
  nicknames,
}: {
  wave: WaveProgressView;
  nicknames: ReadonlyMap<string, string>;
}) {
  const t = useT();
  if (wave.anonymous) return <p className="hint wave-anonymous">{t('waves.anonymous')}</p>;
  const chips = memberChips(wave, nicknames, t('waves.unknownMember'));
  if (chips.length === 0) return <p className="hint">{t('waves.noMembers')}</p>;
  return (
    <ul className="wave-members" aria-label={t('waves.members')} data-testid="wave-members">
      {chips.map((chip) => (
        <li
          key={chip.memberId}
          className={`wave-chip is-${chip.state}`}
          data-testid="wave-member"
          data-state={chip.state}
        >
          <span className="wave-chip-name">{chip.nickname}</span>{' '}
          <span className="wave-chip-state">{t(`waves.member.${chip.state}`)}</span>
        </li>
      ))}
    </ul>
  );
}

/** One wave of the plan: what it is, where it stands, who handed in, and its controls. */
export function WaveCard({
  wave,
  nicknames,
}: {
  wave: WaveProgressView;
  nicknames: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const lang = useLang();
  const headingId = `wave-${wave.waveId}`;
  const name = wave.name[lang];
  const percent = Math.round(submittedShare(wave) * 100);
  return (
    <li
      className={`wave-card is-${wave.status}`}
      aria-labelledby={headingId}
      data-testid="wave-card"
      data-wave={wave.waveId}
      data-kind={wave.kind}
      data-status={wave.status}
    >
      <div className="wave-head">
        <h3 id={headingId}>
          <span className={`wave-kind is-${wave.kind}`}>{t(`waves.kind.${wave.kind}`)}</span> {name}
        </h3>
        <span className="wave-day">
          {wave.dayNumber === null ? t('waves.noDay') : t('waves.day', { n: wave.dayNumber })}
        </span>
        <span className={`wave-status is-${wave.status}`} data-testid="wave-status">
          {t(`waves.status.${wave.status}`)}
        </span>
      </div>
      <p className="wave-counts" data-testid="wave-counts">
        <strong data-testid="wave-submitted">
          {t('waves.submitted', { submitted: wave.submitted, total: wave.total })}
        </strong>
        {wave.started > 0 && <> · {t('waves.started', { count: wave.started })}</>}
      </p>
      <div
        className="wave-bar"
        role="img"
        aria-label={t('waves.barLabel', { submitted: wave.submitted, total: wave.total })}
      >
        <span className="wave-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      {wave.status === 'open' &&
        (wave.dueAt === null ? (
          <p className="wave-due hint">{t('waves.noDue')}</p>
        ) : (
          <DueCountdown dueAt={wave.dueAt} />
        ))}
      <MemberChips wave={wave} nicknames={nicknames} />
      <WaveControls wave={wave} name={name} />
    </li>
  );
}
