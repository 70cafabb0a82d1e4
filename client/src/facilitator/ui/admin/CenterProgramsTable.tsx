import type { CenterProgramRow } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDateRange, formatPercent } from '../../format.js';
import { AppLink } from '../AppLink.js';

/**
 * Every program of the center with its participants, attendance (over the days held so far) and
 * completion (a forecast until every day is held) rates, as its roster computes them.
 */
export function CenterProgramsTable({ programs }: { programs: CenterProgramRow[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="card" aria-labelledby="center-programs-title">
      <h2 id="center-programs-title">{t('admin.programs', { count: programs.length })}</h2>
      {programs.length === 0 ? (
        <p className="hint">{t('admin.noPrograms')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="center-programs">
            <thead>
              <tr>
                <th scope="col">{t('admin.pTitle')}</th>
                <th scope="col">{t('admin.pGroup')}</th>
                <th scope="col">{t('admin.pDates')}</th>
                <th scope="col">{t('admin.pFacilitators')}</th>
                <th scope="col" className="num">
                  {t('admin.pMembers')}
                </th>
                <th scope="col" className="num">
                  {t('admin.pAttendance')}
                  <span className="th-sub">{t('admin.pAttendanceSub')}</span>
                </th>
                <th scope="col" className="num">
                  {t('admin.pCompletion')}
                </th>
                <th scope="col">{t('admin.pStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {programs.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <AppLink to={{ name: 'program', programId: p.id }}>{p.title}</AppLink>
                  </th>
                  <td>{p.group || '—'}</td>
                  <td>
                    {formatDateRange(
                      p.days.map((d) => d.date),
                      lang,
                      t,
                    )}
                  </td>
                  <td>{p.facilitators.map((f) => f.name).join(', ')}</td>
                  <td className="num">{p.memberCount}</td>
                  <td className="num" data-testid="center-attendance">
                    {formatPercent(p.attendanceRate, lang)}
                    {p.attendanceRate !== null && (
                      <span className="th-sub">{t('admin.pHeldDays', { count: p.heldDays })}</span>
                    )}
                  </td>
                  <td className="num" data-testid="center-completion">
                    {formatPercent(p.completionRate, lang)}
                    {!p.completionFinal && p.completionRate !== null && (
                      <span className="th-sub">{t('admin.pForecast')}</span>
                    )}
                  </td>
                  <td>
                    <span className={`badge badge-${p.status === 'ended' ? 'ended' : 'live'}`}>
                      {t(`programStatus.${p.status}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
