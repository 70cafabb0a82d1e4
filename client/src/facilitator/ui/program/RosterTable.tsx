import { useState } from 'react';
import type { ProgramDetail, RosterMember, RosterView } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDate, formatHours, formatPercent } from '../../format.js';
import { programExportPath } from '../../api.js';
import { useFacilitatorStore } from '../../state/store.js';
import { ExportButtons } from '../ExportButtons.js';
import { AppLink } from '../AppLink.js';
import { AttendanceCell } from './AttendanceCell.js';
import { AttendanceDialog } from './AttendanceDialog.js';
import { JobFamilySelect } from './JobFamilySelect.js';
import { MergeDialog } from './MergeDialog.js';
import { PaperMemberDialog } from './PaperMemberDialog.js';
import { PinDialog } from './PinDialog.js';
import { CompletionMark, RosterSummary } from './RosterSummary.js';

type Day = RosterView['days'][number];
type Open =
  | { kind: 'attendance'; member: RosterMember; day: Day; dayIndex: number }
  | { kind: 'merge'; member: RosterMember }
  | { kind: 'pin'; member: RosterMember }
  | { kind: 'paper' }
  | null;

export const displayName = (m: RosterMember) => (m.realName ? `${m.nickname} (${m.realName})` : m.nickname);

/**
 * Members × days: attendance (each cell correctable, with first join, last seen and corrections), hours,
 * the attendance rate over the days held so far and completion (a forecast until every day is held);
 * merge and PINs.
 */
export function RosterTable({ program }: { program: ProgramDetail }) {
  const t = useT();
  const lang = useLang();
  const roster = useFacilitatorStore((s) => s.roster);
  const [open, setOpen] = useState<Open>(null);
  if (!roster) return <p role="status">{t('common.loading')}</p>;
  const { completion, attendance } = roster;
  return (
    <section className="card roster-view" aria-labelledby="members-title">
      <h2 id="members-title">{t('members.title', { count: roster.members.length })}</h2>
      <RosterSummary roster={roster} />
      {/* The program page has no assessment area yet: its scores download beside the roster. */}
      <div className="export-groups">
        <ExportButtons
          dataset="roster"
          testId="roster-export"
          path={(format) => programExportPath(program.id, 'roster', format)}
        />
        <ExportButtons
          dataset="instruments"
          path={(format) => programExportPath(program.id, 'instruments', format)}
        />
      </div>
      <nav className="print-links" aria-label={t('print.links')}>
        {roster.days.map((d) => (
          <AppLink
            key={d.id}
            to={{ name: 'print', programId: program.id, sheet: 'attendance', day: d.number }}
          >
            {t('print.attendanceLink', { day: d.number })}
          </AppLink>
        ))}
        <button type="button" onClick={() => setOpen({ kind: 'paper' })}>
          {t('members.paperButton')}
        </button>
        <AppLink to={{ name: 'print', programId: program.id, sheet: 'completion' }}>
          {t('print.completionLink')}
        </AppLink>
      </nav>
      {roster.members.length === 0 ? (
        <p className="hint">{t('members.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="roster-table" data-testid="roster-table">
            <thead>
              <tr>
                <th scope="col">{t('members.nickname')}</th>
                <th scope="col">{t('members.realName')}</th>
                <th scope="col">{t('members.jobFamily')}</th>
                {roster.days.map((d) => (
                  <th scope="col" key={d.id}>
                    {t('format.dayN', { n: d.number })}
                    <span className="th-sub">{formatDate(d.date, lang)}</span>
                  </th>
                ))}
                <th scope="col">{t('members.attended')}</th>
                <th scope="col">
                  {t('members.ratio')}
                  <span className="th-sub">{t('members.ratioHeld', { count: attendance.heldDays })}</span>
                </th>
                <th scope="col">{t('members.completed')}</th>
                <th scope="col">{t('members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {roster.members.map((m) => (
                <tr key={m.id} data-testid="roster-row" data-member-id={m.id}>
                  <th scope="row">
                    {m.nickname}
                    {m.channel === 'paper' && <span className="badge">{t('members.paper')}</span>}
                  </th>
                  <td>{m.realName ?? '—'}</td>
                  <td>
                    <JobFamilySelect programId={program.id} member={m} />
                  </td>
                  {roster.days.map((d, i) => (
                    <td key={d.id} className="attendance-cell">
                      <AttendanceCell
                        member={m}
                        day={d}
                        cell={m.attendance[i] ?? null}
                        onOpen={() => setOpen({ kind: 'attendance', member: m, day: d, dayIndex: i })}
                      />
                    </td>
                  ))}
                  <td className="num">{formatHours(m.attendedHours, lang, t)}</td>
                  <td className="num" data-testid="ratio-so-far">
                    {formatPercent(m.ratioSoFar, lang)}
                  </td>
                  <td>
                    <CompletionMark member={m} final={completion.final} />
                  </td>
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        aria-label={t('members.mergeLabel', { name: m.nickname })}
                        disabled={roster.members.length < 2}
                        onClick={() => setOpen({ kind: 'merge', member: m })}
                      >
                        {t('members.merge')}
                      </button>
                      <button
                        type="button"
                        aria-label={t('members.pinLabel', { name: m.nickname })}
                        onClick={() => setOpen({ kind: 'pin', member: m })}
                      >
                        {t('members.pin')}
                      </button>
                      <a
                        className="button"
                        href={`/r?p=${encodeURIComponent(program.id)}&m=${encodeURIComponent(m.id)}`}
                        target="_blank"
                        rel="noopener"
                        aria-label={t('members.reportLabel', { name: m.nickname })}
                      >
                        {t('members.report')}
                      </a>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open?.kind === 'attendance' && (
        <AttendanceDialog
          programId={program.id}
          member={open.member}
          day={open.day}
          current={open.member.attendance[open.dayIndex] ?? null}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'merge' && (
        <MergeDialog
          programId={program.id}
          member={open.member}
          roster={roster}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'paper' && <PaperMemberDialog programId={program.id} onClose={() => setOpen(null)} />}
      {open?.kind === 'pin' && (
        <PinDialog programId={program.id} member={open.member} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}
