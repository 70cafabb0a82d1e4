import type { GroupingMemberView } from '../../../../../shared/protocol/views.js';
import { useT } from '../../../common/i18n.js';

/** How the console knows a member today: connected now, or not (no phone, absent, offline). */
export type Presence = ReadonlyMap<string, boolean>;

interface MemberRowProps {
  member: GroupingMemberView;
  /** The member's group number; 0 when left out. */
  groupNo: number;
  groupCount: number;
  online: boolean;
  /** Who is picked to swap (null: nobody), and what a press of "swap" does. */
  swapFrom: GroupingMemberView | null;
  onSwap: (member: GroupingMemberView) => void;
  onPlace: (member: GroupingMemberView, groupNo: number) => void;
}

const OUT = 'out';

/**
 * One member: nickname, whether their phone is connected, a select that moves them (or leaves them
 * out, or places them back) and a swap button. A native select: keyboard and screen reader for free.
 */
export function MemberRow({
  member,
  groupNo,
  groupCount,
  online,
  swapFrom,
  onSwap,
  onPlace,
}: MemberRowProps) {
  const t = useT();
  const picked = swapFrom?.id === member.id;
  const numbers = Array.from({ length: groupCount }, (_v, i) => i + 1);
  return (
    <li
      className={`grouping-member${picked ? ' picked' : ''}`}
      data-testid="grouping-member"
      data-member={member.nickname}
    >
      <span className="grouping-name">{member.nickname}</span>
      <span className={`grouping-presence ${online ? 'online' : 'offline'}`}>
        {online ? t('groupings.online') : t('groupings.away')}
      </span>
      <select
        aria-label={t(groupNo === 0 ? 'groupings.placeLabel' : 'groupings.moveLabel', {
          name: member.nickname,
        })}
        value={groupNo === 0 ? '' : String(groupNo)}
        data-testid="grouping-move"
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (value) onPlace(member, value === OUT ? 0 : Number(value));
        }}
      >
        {groupNo === 0 && <option value="">{t('groupings.choose')}</option>}
        {numbers.map((n) => (
          <option key={n} value={String(n)}>
            {t('groupings.toGroup', { n })}
          </option>
        ))}
        {groupNo !== 0 && <option value={OUT}>{t('groupings.leaveOut')}</option>}
      </select>
      {groupNo !== 0 && (
        <button
          type="button"
          className="grouping-swap"
          aria-pressed={picked}
          aria-label={
            picked
              ? t('groupings.swapCancel')
              : swapFrom
                ? t('groupings.swapWith', { name: member.nickname })
                : t('groupings.swapLabel', { name: member.nickname })
          }
          data-testid="grouping-swap"
          onClick={() => onSwap(member)}
        >
          {t('groupings.swap')}
        </button>
      )}
    </li>
  );
}

interface GroupCardProps extends Omit<MemberRowProps, 'member' | 'groupNo' | 'online'> {
  groupNo: number;
  members: GroupingMemberView[];
  presence: Presence;
}

/** One group: its number, how many, and its members in seat order. */
export function GroupCard({ groupNo, members, presence, ...row }: GroupCardProps) {
  const t = useT();
  const headingId = `grouping-group-${groupNo}`;
  return (
    <section className="grouping-group" aria-labelledby={headingId} data-testid="grouping-group">
      <h4 id={headingId}>
        {t('groupings.groupN', { n: groupNo })}{' '}
        <span className="grouping-count">{t('groupings.people', { count: members.length })}</span>
      </h4>
      <ul>
        {members.map((m) => (
          <MemberRow
            key={m.id}
            member={m}
            groupNo={groupNo}
            online={presence.get(m.nickname) ?? false}
            {...row}
          />
        ))}
      </ul>
    </section>
  );
}
