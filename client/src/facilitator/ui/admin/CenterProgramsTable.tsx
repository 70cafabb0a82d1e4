import type { CenterProgramRow } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDateRange, formatPercent } from '../../format.js';
import { AppLink } from '../AppLink.js';

/** Every program of the center with its participants, attendance and completion rates. */
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
                  <td className="num">{formatPercent(p.attendanceRate, lang)}</td>
                  <td className="num">{formatPercent(p.completionRate, lang)}</td>
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
