import type { ProgramReport, SatisfactionShown } from '../../../../../shared/figures/views.js';
import type { Lang } from '../../../../../shared/i18n/text.js';
import type { CountFigure } from '../../../../../shared/privacy/figures.js';
import type { ShownCell } from '../../../../../shared/privacy/small-counts.js';
import { useLang, useT, type TFn } from '../../../common/i18n.js';
import { DistributionChart } from '../charts/DistributionChart.js';
import type { DistributionRow } from '../charts/distribution.js';
import { cellText, countText, decimal, meanText } from './figure-format.js';

type Props = { report: ProgramReport };
type Rating = SatisfactionShown['items'][number];

const pointLabel = (scale: SatisfactionShown['scale'], value: number, lang: Lang) => {
  const label = scale.labels.find((l) => l.value === value);
  return label ? `${value} ${label.label[lang]}` : String(value);
};

/** A count of referrals: "6건", or "3명 미만" under the rule. */
const casesText = (f: CountFigure, t: TFn) =>
  'count' in f ? t('programReport.cases', { count: f.count }) : t('figures.lessThan', { n: f.lessThan });
const caseCell = (cell: ShownCell<unknown> | undefined, t: TFn) =>
  cell && 'count' in cell ? t('programReport.cases', { count: cell.count }) : cellText(cell, t);

/** One rating (an item or the overall score): the mean with n and SD, then its distribution and table. */
function RatingBlock(props: {
  id: string;
  title: string;
  r: Rating;
  survey: SatisfactionShown;
  threshold: number;
}) {
  const { id, title, r, survey, threshold } = props;
  const t = useT();
  const lang = useLang();
  const n = 'value' in r.mean ? r.mean.n : 0;
  const rows: DistributionRow[] =
    'cells' in r.distribution
      ? r.distribution.cells.map((cell) => ({
          key: cell.key,
          label: pointLabel(survey.scale, cell.key, lang),
          count: 'count' in cell ? cell.count : null,
          text: cellText(cell, t),
        }))
      : [];
  return (
    <div className="report-rating" data-testid="report-rating">
      <h3 id={`${id}-title`}>{title}</h3>
      <p>
        <strong>{meanText(r.mean, lang, t)}</strong>
        {r.sd !== null && ` · ${t('programReport.sd', { sd: decimal(r.sd, lang) })}`}
      </p>
      {'withheld' in r.distribution ? (
        'value' in r.mean && (
          <p className="hint">{t('programReport.distributionWithheld', { n: threshold })}</p>
        )
      ) : (
        <DistributionChart
          id={id}
          caption={t('programReport.distribution', { n })}
          titleId={`${id}-title`}
          name={`${title} ${t('programReport.distribution', { n })}`}
          rows={rows}
          total={n}
          words={{
            asTable: t('figures.tableView'),
            point: t('programReport.scalePoint'),
            count: t('programReport.answers'),
          }}
        />
      )}
    </div>
  );
}

/** Satisfaction from released responses only (design §3.3): the overall score, then each item. */
export function SatisfactionSection({ report: r }: Props) {
  const t = useT();
  const lang = useLang();
  const threshold = r.thresholds.smallCount;
  return (
    <section className="report-section" aria-labelledby="report-satisfaction">
      <h2 id="report-satisfaction">{t('programReport.satisfaction')}</h2>
      {r.satisfaction.length === 0 && <p className="hint">{t('programReport.satisfactionNone')}</p>}
      {r.satisfaction.map((s) => {
        const key = `sat-${s.instrumentId}-${s.instrumentVersion}`;
        return (
          <div key={key} data-testid={key}>
            <p>
              {s.name[lang]} · {t('programReport.respondents', { count: countText(s.respondents, t) })}
            </p>
            <div className="report-rating" data-testid="report-rating">
              <h3>{t('programReport.overallScore')}</h3>
              <p>
                <strong>{meanText(s.overall.mean, lang, t)}</strong>
                {s.overall.sd !== null && ` · ${t('programReport.sd', { sd: decimal(s.overall.sd, lang) })}`}
              </p>
            </div>
            {s.items.map((item, i) => (
              <RatingBlock
                key={item.itemId}
                id={`${key}-${item.itemId}`}
                title={`${i + 1}. ${item.text[lang]}`}
                r={item}
                survey={s}
                threshold={threshold}
              />
            ))}
          </div>
        );
      })}
    </section>
  );
}

/** Referrals by service, the health-related ones as the one group "건강 관련 지원", and how many connected. */
export function ReferralsSection({ report: r }: Props) {
  const t = useT();
  const lang = useLang();
  const f = r.referrals;
  const none = 'count' in f.total && f.total.count === 0;
  const status =
    'withheld' in f.status
      ? t('programReport.referralsStatusWithheld', { n: r.thresholds.smallCount })
      : t('programReport.referralsStatus', {
          connected: caseCell(
            f.status.cells.find((c) => c.key === 'connected'),
            t,
          ),
          other: caseCell(
            f.status.cells.find((c) => c.key === 'other'),
            t,
          ),
        });
  return (
    <section className="report-section" aria-labelledby="report-referrals">
      <h2 id="report-referrals">{t('programReport.referrals')}</h2>
      {none ? (
        <p className="hint">{t('programReport.referralsNone')}</p>
      ) : (
        <>
          <p data-testid="report-referrals">
            <strong>{t('programReport.referralsTotal', { count: casesText(f.total, t) })}</strong>
            {status && ` · ${status}`}
          </p>
          {'withheld' in f.byService ? (
            <p className="hint">{t('programReport.referralsWithheld', { n: r.thresholds.smallCount })}</p>
          ) : (
            <table className="report-table">
              <thead>
                <tr>
                  <th scope="col">{t('programReport.referralService')}</th>
                  <th scope="col">{t('programReport.referralCount')}</th>
                </tr>
              </thead>
              <tbody>
                {f.byService.cells.map((cell) => (
                  <tr key={cell.key}>
                    <th scope="row">{f.names[cell.key]?.[lang] ?? cell.key}</th>
                    <td>{caseCell(cell, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

/** Quotes under a current consent, each signed "참여자" or with the masked name its member chose. */
export function TestimonialsSection({ report: r }: Props) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="report-section" aria-labelledby="report-testimonials">
      <h2 id="report-testimonials">{t('programReport.testimonials')}</h2>
      {r.testimonials.length === 0 ? (
        <p className="hint">{t('programReport.testimonialsNone')}</p>
      ) : (
        r.testimonials.map((q, i) => (
          <blockquote key={i} className="report-quote" data-testid="report-quote">
            <p>{q.text}</p>
            <footer>— {q.byline[lang]}</footer>
          </blockquote>
        ))
      )}
    </section>
  );
}
