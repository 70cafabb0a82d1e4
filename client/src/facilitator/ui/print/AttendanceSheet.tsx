import type { ProgramDetail, RosterView } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatClock, formatDate, formatHours } from '../../format.js';
import { SheetHeader } from './SheetHeader.js';

/**
 * A day's 출석부: number, name (real name, else nickname), first join, last seen, hours counted, and an
 * empty signature column for those present to sign on paper. Lateness and corrections are written out.
 */
export function AttendanceSheet({
  centerName,
  program,
  roster,
  day,
}: {
  centerName: string;
  program: ProgramDetail;
  roster: RosterView;
  day: number;
}) {
  const t = useT();
  const lang = useLang();
  const index = roster.days.findIndex((d) => d.number === day);
  const info = roster.days[index];
  if (!info) return <p role="alert">{t('print.noDay', { day })}</p>;
  return (
    <article className="print-sheet" aria-labelledby="print-title">
      <SheetHeader
        centerName={centerName}
        programTitle={program.title}
        title={t('print.attendanceTitle', { day })}
        detail={t('print.attendanceDetail', {
          date: formatDate(info.date, lang),
          time: info.startTime,
          hours: formatHours(info.scheduledHours, lang, t),
        })}
      />
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('print.no')}</th>
            <th scope="col">{t('print.name')}</th>
            <th scope="col">{t('print.in')}</th>
            <th scope="col">{t('print.lastSeen')}</th>
            <th scope="col">{t('print.hours')}</th>
            <th scope="col">{t('print.remark')}</th>
            <th scope="col" className="print-signature">
              {t('print.signature')}
            </th>
          </tr>
        </thead>
        <tbody>
          {roster.members.map((m, i) => {
            const cell = m.attendance[index] ?? null;
            const remarks = [
              m.channel === 'paper' ? t('print.paper') : '',
              cell?.late ? t('print.late') : '',
              cell?.corrected ? t('print.corrected', { note: cell.note ?? '' }) : '',
              cell && !cell.present ? t('print.absent') : '',
            ].filter(Boolean);
            return (
              <tr key={m.id}>
                <td>{i + 1}</td>
                <th scope="row">{m.realName ?? m.nickname}</th>
                <td>{cell?.joinedAt ? formatClock(cell.joinedAt, lang) : ''}</td>
                <td>{cell?.lastSeenAt ? formatClock(cell.lastSeenAt, lang) : ''}</td>
                <td>{cell?.present ? formatHours(cell.hours, lang, t) : ''}</td>
                <td>{remarks.join(' · ')}</td>
                <td className="print-signature" />
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="print-foot">{t('print.attendanceFoot', { count: roster.members.length })}</p>
    </article>
  );
}
