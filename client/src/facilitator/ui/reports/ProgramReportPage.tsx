import { useEffect, useState } from 'react';
import type { ProgramReport } from '../../../../../shared/figures/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { formatDate, formatPercent } from '../../format.js';
import { AppLink } from '../AppLink.js';
import {
  AgendaSection,
  AttendanceSection,
  CompletionSection,
  EmploymentSection,
  PrePostSection,
} from './ReportSections.js';
import { ReferralsSection, SatisfactionSection, TestimonialsSection } from './ReportMoreSections.js';

/**
 * The program report (evidence page, design §6.3), printable on A4: header, attendance per day,
 * completion, satisfaction, pre/post as group figures, employment, referrals, consented quotes, the agenda. Every figure comes under the center's
 * small-count rule from the server; no member is named anywhere in it. "PDF로 저장" prints the page.
 */
export function ProgramReportPage({ programId }: { programId: string }) {
  const t = useT();
  const lang = useLang();
  const [report, setReport] = useState<ProgramReport | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    let current = true;
    void api.programReport(programId).then((result) => {
      if (!current) return;
      if (result.ok) setReport(result.data);
      else setError(refused(result));
    });
    return () => {
      current = false;
    };
  }, [programId]);

  if (!report) return error ? <ErrorText error={error} /> : <p role="status">{t('common.loading')}</p>;
  const p = report.program;
  const dates =
    p.firstDay && p.lastDay
      ? `${formatDate(p.firstDay, lang)} – ${formatDate(p.lastDay, lang)}`
      : t('figures.none');
  return (
    <article className="program-report" aria-labelledby="report-title">
      <div className="report-controls">
        <AppLink to={{ name: 'program', programId: p.id }} className="back-link">
          {t('programReport.back')}
        </AppLink>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('programReport.print')}
        </button>
      </div>
      <header className="report-section report-header">
        <p className="report-kicker">
          {t('programReport.title')} ·{' '}
          {t('programReport.generated', { date: formatDate(report.generatedOn, lang) })}
        </p>
        <h1 id="report-title">
          {p.title}
          {p.inProgress && <span className="badge badge-live"> {t('figures.inProgress')}</span>}
        </h1>
        <dl className="report-facts">
          <div>
            <dt>{t('programReport.center')}</dt>
            <dd>{report.center.name}</dd>
          </div>
          {p.template && (
            <div>
              <dt>{t('programReport.template')}</dt>
              <dd>
                {p.template[lang]}
                {p.track && ` · ${p.track[lang]}`}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('programReport.dates')}</dt>
            <dd>{dates}</dd>
          </div>
          <div>
            <dt>{t('programReport.facilitators')}</dt>
            <dd>{p.facilitators.join(', ') || t('figures.none')}</dd>
          </div>
          <div>
            <dt>{t('programReport.participants')}</dt>
            <dd data-testid="report-participants">{t('figures.people', { count: report.participants })}</dd>
          </div>
        </dl>
        <p className="hint">
          {t('programReport.rules', { completion: formatPercent(report.thresholds.completion, lang) })}.{' '}
          {t('figures.ruleNote', { n: report.thresholds.smallCount })}
        </p>
        {p.inProgress && <p className="hint">{t('programReport.inProgressNote')}</p>}
      </header>
      <AttendanceSection report={report} />
      <CompletionSection report={report} />
      <SatisfactionSection report={report} />
      <PrePostSection report={report} />
      <EmploymentSection report={report} />
      <ReferralsSection report={report} />
      <TestimonialsSection report={report} />
      <AgendaSection report={report} />
    </article>
  );
}
