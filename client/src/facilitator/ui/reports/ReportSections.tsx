import type { PrePostShown, ProgramReport } from '../../../../../shared/figures/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDate, formatHours, formatPercent } from '../../format.js';
import { cellText, countText, decimal, meanText, rateText, signed } from './figure-format.js';

type Props = { report: ProgramReport };

export function AttendanceSection({ report }: Props) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="report-section" aria-labelledby="report-attendance">
      <h2 id="report-attendance">{t('programReport.attendance')}</h2>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('programReport.day')}</th>
            <th scope="col">{t('programReport.date')}</th>
            <th scope="col">{t('programReport.planned')}</th>
            <th scope="col">{t('programReport.present')}</th>
            <th scope="col">{t('programReport.attendedHours')}</th>
          </tr>
        </thead>
        <tbody>
          {report.days.map((d) => (
            <tr key={d.number}>
              <th scope="row">{t('programReport.dayN', { n: d.number })}</th>
              <td>{formatDate(d.date, lang)}</td>
              <td>{formatHours(d.plannedHours, lang, t)}</td>
              <td>{d.held ? rateText(d.present, lang, t) : t('programReport.notHeld')}</td>
              <td>{d.attendedHours === null ? t('figures.none') : formatHours(d.attendedHours, lang, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('programReport.attendanceSoFar', { count: report.attendance.heldDays })}:{' '}
        <strong data-testid="report-attendance-rate">
          {'value' in (report.attendance.rate ?? {})
            ? meanText(report.attendance.rate, lang, t, (v) => formatPercent(v, lang))
            : rateText(report.attendance.rate, lang, t)}
        </strong>
      </p>
    </section>
  );
}

export function CompletionSection({ report }: Props) {
  const t = useT();
  const lang = useLang();
  const { final, figure } = report.completion;
  return (
    <section className="report-section" aria-labelledby="report-completion">
      <h2 id="report-completion">{t('programReport.completion')}</h2>
      <p>
        {t(final ? 'programReport.completionRate' : 'programReport.completionForecast')}:{' '}
        <strong data-testid="report-completion">{rateText(figure, lang, t)}</strong>
      </p>
      <p className="hint">
        {t('programReport.rules', { completion: formatPercent(report.thresholds.completion, lang) })}
      </p>
    </section>
  );
}

function PrePostTable({ item, threshold }: { item: PrePostShown; threshold: number }) {
  const t = useT();
  const lang = useLang();
  const shown = 'value' in item.meanChange;
  const test =
    !shown || item.testNote === null
      ? t('figures.none')
      : item.testNote === 'ok'
        ? t('programReport.testLine', {
            df: item.df,
            t: decimal(item.t!, lang),
            p: item.p! < 0.001 ? '< 0.001' : decimal(item.p!, lang, 3),
          })
        : t(item.testNote === 'no-variation' ? 'programReport.noVariation' : 'programReport.tooFewPairs');
  const missing =
    'withheld' in item.missing
      ? t('figures.withheld', { n: threshold })
      : t('programReport.missingLine', {
          pre: cellText(
            item.missing.cells.find((c) => c.key === 'pre'),
            t,
          ),
          post: cellText(
            item.missing.cells.find((c) => c.key === 'post'),
            t,
          ),
          both: cellText(
            item.missing.cells.find((c) => c.key === 'both'),
            t,
          ),
        });
  const rows: [string, string][] = [
    [t('programReport.pairs'), countText(item.pairs, t)],
    [t('programReport.meanPre'), meanText(item.meanPre, lang, t)],
    [t('programReport.meanPost'), meanText(item.meanPost, lang, t)],
    [t('programReport.meanChange'), meanText(item.meanChange, lang, t, signed)],
    [
      t('programReport.ci'),
      item.ci ? `${signed(item.ci.lower, lang)} ~ ${signed(item.ci.upper, lang)}` : t('figures.none'),
    ],
    [t('programReport.test'), test],
    [t('programReport.dz'), item.dz === null ? t('figures.none') : decimal(item.dz, lang)],
    [t('programReport.missing'), missing],
  ];
  return (
    <table className="report-table report-prepost" data-testid={`prepost-${item.instrumentId}`}>
      <caption>
        {item.name[lang]} (v{item.instrumentVersion})
      </caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
export function PrePostSection({ report: r }: Props) {
  const t = useT();
  return (
    <section className="report-section" aria-labelledby="report-prepost">
      <h2 id="report-prepost">{t('programReport.prePost')}</h2>
      {r.prePost.length === 0 ? (
        <p className="hint">{t('programReport.prePostNone')}</p>
      ) : (
        r.prePost.map((item) => (
          <PrePostTable
            key={`${item.instrumentId}-${item.instrumentVersion}`}
            item={item}
            threshold={r.thresholds.smallCount}
          />
        ))
      )}
    </section>
  );
}

export function EmploymentSection({ report: r }: Props) {
  const t = useT();
  const lang = useLang();
  const e = r.employment;
  const completers = countText(e.completers, t);
  const rate =
    'value' in e.rate
      ? t('programReport.rateLine', {
          rate: formatPercent(e.rate.value, lang),
          employed: e.rate.numerator,
          reached: e.rate.n,
          completers,
        })
      : t('programReport.rateHidden', { n: e.rate.lessThan, completers });
  const placement =
    'withheld' in e.placement
      ? t('programReport.placementWithheld', { n: e.threshold })
      : t('programReport.placementLine', {
          self: cellText(
            e.placement.cells.find((c) => c.key === 'self'),
            t,
          ),
          placed: cellText(
            e.placement.cells.find((c) => c.key === 'placed'),
            t,
          ),
        });
  return (
    <section className="report-section" aria-labelledby="report-employment">
      <h2 id="report-employment">{t('programReport.employment')}</h2>
      <p>
        <strong data-testid="report-employment">{rate}</strong> ·{' '}
        {t('programReport.training', { count: countText(e.training, t) })}
      </p>
      <p>{placement}</p>
    </section>
  );
}

export function AgendaSection({ report: r }: Props) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="report-section" aria-labelledby="report-agenda">
      <h2 id="report-agenda">{t('programReport.agenda')}</h2>
      <ol className="report-agenda">
        {r.agenda.map((day) => (
          <li key={day.number}>
            <strong>
              {t('programReport.dayN', { n: day.number })} · {formatDate(day.date, lang)}
            </strong>
            {day.modules.length === 0 ? (
              <span className="hint"> {t('programReport.noModules')}</span>
            ) : (
              <ul>
                {day.modules.map((m, i) => (
                  <li key={i}>
                    {m.title} ({t('programReport.minutes', { count: m.minutes })})
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
