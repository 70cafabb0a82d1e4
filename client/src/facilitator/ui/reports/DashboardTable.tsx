import type { DashboardView } from '../../../../../shared/figures/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDate, formatPercent } from '../../format.js';
import { AppLink } from '../AppLink.js';
import { decimal, meanText, rateText, signed } from './figure-format.js';

type Total = DashboardView['totals']['completion'];

/** The programs of the period, one row each, and the totals over the programs shown. */
export function DashboardTable({ view }: { view: DashboardView }) {
  const t = useT();
  const lang = useLang();
  const percentMean = (v: number) => formatPercent(v, lang);
  const instruments = view.totals.prePost;
  const totalText = (total: Total, kind: 'rate' | 'mean') =>
    total.total === null
      ? t('figures.none')
      : kind === 'rate'
        ? rateText(total.total, lang, t)
        : meanText(total.total, lang, t, percentMean);
  const omitted = Math.max(
    view.totals.attendance.omitted,
    view.totals.completion.omitted,
    view.totals.employment.omitted,
    ...instruments.map((i) => i.meanChange.omitted),
    view.totals.satisfaction.omitted,
    view.totals.referrals.omitted,
  );
  const cases = (count: number) => t('programReport.cases', { count });
  const referralsText = (r: DashboardView['programs'][number]['referrals']) =>
    'count' in r.count
      ? t('dashboard.referralsCell', {
          count: cases(r.count.count),
          connected:
            'count' in r.connected
              ? cases(r.connected.count)
              : t('figures.lessThan', { n: r.connected.lessThan }),
        })
      : t('figures.lessThan', { n: r.count.lessThan });
  return (
    <section className="card" aria-labelledby="dashboard-programs">
      <h2 id="dashboard-programs">{t('dashboard.programs', { count: view.totals.programs })}</h2>
      <div className="table-scroll">
        <table className="dashboard-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.program')}</th>
              <th scope="col">{t('dashboard.lastDay')}</th>
              <th scope="col">{t('dashboard.participants')}</th>
              <th scope="col">{t('dashboard.attendance')}</th>
              <th scope="col">{t('dashboard.completion')}</th>
              <th scope="col">{t('dashboard.employment')}</th>
              <th scope="col">{t('dashboard.satisfaction')}</th>
              <th scope="col">{t('dashboard.referrals')}</th>
              {instruments.map((i) => (
                <th scope="col" key={`${i.instrumentId}-${i.instrumentVersion}`}>
                  {t('dashboard.prePost')}: {i.name[lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.programs.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <AppLink to={{ name: 'programReport', programId: p.id }}>{p.title}</AppLink>
                  {p.inProgress && <span className="badge badge-live">{t('figures.inProgress')}</span>}
                  {p.template && <span className="hint dashboard-template">{p.template[lang]}</span>}
                </th>
                <td>{p.lastDay ? formatDate(p.lastDay, lang) : t('figures.none')}</td>
                <td>{t('figures.people', { count: p.participants })}</td>
                <td>{meanText(p.attendance, lang, t, percentMean)}</td>
                <td>
                  {rateText(p.completion.figure, lang, t)}
                  {!p.completion.final && p.completion.figure && ` (${t('figures.forecast')})`}
                </td>
                <td>{rateText(p.employment, lang, t)}</td>
                <td>{meanText(p.satisfaction, lang, t)}</td>
                <td>{referralsText(p.referrals)}</td>
                {instruments.map((i) => {
                  const cell = p.prePost.find(
                    (c) => c.instrumentId === i.instrumentId && c.instrumentVersion === i.instrumentVersion,
                  );
                  return (
                    <td key={`${i.instrumentId}-${i.instrumentVersion}`}>
                      {cell ? meanText(cell.meanChange, lang, t, signed) : t('figures.none')}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" data-testid="dashboard-total">
                {omitted > 0
                  ? t('dashboard.totalOmitted', { n: view.threshold, count: omitted })
                  : t('dashboard.total')}
              </th>
              <td />
              <td>{t('figures.people', { count: view.totals.participants })}</td>
              <td>{totalText(view.totals.attendance, 'mean')}</td>
              <td>{totalText(view.totals.completion, 'rate')}</td>
              <td>{totalText(view.totals.employment, 'rate')}</td>
              <td data-testid="dashboard-satisfaction-total">
                {view.totals.satisfaction.total === null
                  ? t('figures.none')
                  : meanText(view.totals.satisfaction.total, lang, t, decimal)}
              </td>
              <td data-testid="dashboard-referrals-total">
                {t('dashboard.referralsCell', {
                  count: cases(view.totals.referrals.count),
                  connected: cases(view.totals.referrals.connected),
                })}
              </td>
              {instruments.map((i) => (
                <td key={`${i.instrumentId}-${i.instrumentVersion}`}>
                  {i.meanChange.total === null
                    ? t('figures.none')
                    : meanText(i.meanChange.total, lang, t, signed)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
