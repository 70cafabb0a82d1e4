import { useEffect, useState } from 'react';
import type {
  DashboardQuery,
  DashboardTestimonials,
  DashboardView,
} from '../../../../../shared/figures/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { api } from '../../api.js';
import { formatDate } from '../../format.js';
import { meanText } from './figure-format.js';

/**
 * Satisfaction pooled over the respondents of the programs whose own mean is shown, in all and per
 * program type, captioned so (design §3.3): "응답자 전체 평균 (3명 미만 프로그램 제외)".
 */
export function DashboardSatisfaction({ view }: { view: DashboardView }) {
  const t = useT();
  const lang = useLang();
  const { satisfaction, satisfactionByType } = view.totals;
  if (satisfaction.total === null && satisfaction.omitted === 0) return null;
  const text = (total: DashboardView['totals']['satisfaction']) =>
    total.total === null ? t('figures.lessThan', { n: view.threshold }) : meanText(total.total, lang, t);
  return (
    <section className="card" aria-labelledby="dashboard-satisfaction">
      <h2 id="dashboard-satisfaction">{t('dashboard.satisfactionByType')}</h2>
      <table className="report-table">
        <caption>{t('dashboard.satisfactionPooled', { n: view.threshold })}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('dashboard.total')}</th>
            <td data-testid="dashboard-satisfaction-pooled">{text(satisfaction)}</td>
          </tr>
          {satisfactionByType.map((row) => (
            <tr key={row.templateId ?? ''}>
              <th scope="row">{row.name?.[lang] ?? t('dashboard.noTemplate')}</th>
              <td>{text(row.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The center's collection of consented quotes for the same query (`GET /api/dashboard/testimonials`). */
export function DashboardQuotes({ query }: { query: DashboardQuery }) {
  const t = useT();
  const lang = useLang();
  const [quotes, setQuotes] = useState<DashboardTestimonials['testimonials'] | null>(null);
  useEffect(() => {
    let current = true;
    void api.dashboardTestimonials(query).then((result) => {
      if (current) setQuotes(result.ok ? result.data.testimonials : []);
    });
    return () => {
      current = false;
    };
  }, [query]);
  if (quotes === null) return null;
  return (
    <section className="card" aria-labelledby="dashboard-testimonials">
      <h2 id="dashboard-testimonials">{t('dashboard.testimonials')}</h2>
      {quotes.length === 0 ? (
        <p className="hint">{t('dashboard.testimonialsNone')}</p>
      ) : (
        quotes.map((q, i) => (
          <blockquote key={i} className="report-quote" data-testid="dashboard-quote">
            <p>{q.text}</p>
            <footer>
              — {q.byline[lang]} · {q.programTitle}
              {q.lastDay && ` (${formatDate(q.lastDay, lang)})`}
            </footer>
          </blockquote>
        ))
      )}
    </section>
  );
}
