import type { DayAttendance, RosterMember, RosterView } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatClock, formatHours } from '../../format.js';

type Day = RosterView['days'][number];

/**
 * One member's day in the roster, as a counselor reads it: present or not, the first join (late or
 * not), last seen or "connected now", and a correction's note with who made it. The whole cell is the
 * button that opens the correction; its name starts with what it does and then reads the cell, so a
 * screen reader hears everything that is shown.
 */
export function AttendanceCell({
  member,
  day,
  cell,
  onOpen,
}: {
  member: RosterMember;
  day: Day;
  cell: DayAttendance | null;
  onOpen: () => void;
}) {
  const t = useT();
  const lang = useLang();
  // No record yet on a day still to come is "upcoming", on the day running now "not in yet"; not "absent".
  const state = cell?.present
    ? 'present'
    : cell
      ? 'absent'
      : !day.held
        ? 'upcoming'
        : day.running
          ? 'notYet'
          : 'absent';
  return (
    <button
      type="button"
      className={`cell-button is-${state === 'notYet' ? 'not-yet' : state}`}
      data-testid="attendance-cell"
      data-present={cell?.present === true}
      data-late={cell?.late === true}
      onClick={onOpen}
    >
      <span className="visually-hidden">
        {t('members.editCell', { name: member.nickname, day: day.number })}:{' '}
      </span>
      <span className="cell-status">
        {cell?.present ? (
          <>
            <span aria-hidden="true">✓ </span>
            <span className="visually-hidden">{t('members.presentWord')} </span>
            {formatHours(cell.hours, lang, t)}
          </>
        ) : (
          t(`members.${state}`)
        )}
      </span>
      {cell && <CellDetails cell={cell} />}
    </button>
  );
}

function CellDetails({ cell }: { cell: DayAttendance }) {
  const t = useT();
  const lang = useLang();
  const correction = !cell.corrected
    ? null
    : cell.note && cell.correctedBy
      ? t('members.correctedWith', { note: cell.note, name: cell.correctedBy })
      : cell.note
        ? t('members.correctedNote', { note: cell.note })
        : cell.correctedBy
          ? t('members.correctedBy', { name: cell.correctedBy })
          : t('members.corrected');
  return (
    <>
      {cell.joinedAt !== null && (
        <span className="cell-line" data-testid="cell-joined">
          {t('members.joinedAt', { time: formatClock(cell.joinedAt, lang) })}
          {cell.late && <span className="cell-late"> · {t('members.late')}</span>}
        </span>
      )}
      {cell.connected ? (
        <span className="cell-line cell-connected" data-testid="cell-last-seen">
          <span aria-hidden="true">● </span>
          {t('members.connected')}
        </span>
      ) : (
        cell.lastSeenAt !== null && (
          <span className="cell-line" data-testid="cell-last-seen">
            {t('members.lastSeen', { time: formatClock(cell.lastSeenAt, lang) })}
          </span>
        )
      )}
      {correction && (
        <span className="cell-line cell-note" data-testid="cell-correction">
          {correction}
        </span>
      )}
    </>
  );
}
