import type { ReportBlock, ReportSection } from '../../../shared/activities/counseling-module.js';
import type { Lang, Text } from '../../../shared/i18n/text.js';
import type { TakeHomeReport } from '../../../shared/report/build.js';
import { useLang, useT } from '../common/i18n.js';

const pick = (text: Text, lang: Lang) => text[lang] || text.ko;

function Block({ block, lang }: { block: ReportBlock; lang: Lang }) {
  switch (block.kind) {
    case 'paragraph':
      return <p className="report-paragraph">{pick(block.text, lang)}</p>;
    case 'list':
      return (
        <ul className="report-list">
          {block.items.map((item, i) => (
            <li key={i}>{pick(item, lang)}</li>
          ))}
        </ul>
      );
    case 'pairs':
      return (
        <dl className="report-pairs">
          {block.rows.map((row, i) => (
            <div key={i} className="report-pair">
              <dt>{pick(row.label, lang)}</dt>
              <dd>{pick(row.value, lang)}</dd>
            </div>
          ))}
        </dl>
      );
  }
}

interface SectionProps {
  section: ReportSection;
  index: number;
  lang: Lang;
  /** "center · program · nickname": on paper each section starts a page, which should say whose it is. */
  running: string;
}

function Section({ section, index, lang, running }: SectionProps) {
  const id = `report-section-${index}`;
  return (
    <section className="report-section" aria-labelledby={id} data-testid="report-section">
      {index > 0 && (
        <p className="report-running print-only" aria-hidden="true">
          {running}
        </p>
      )}
      <h2 id={id}>{pick(section.title, lang)}</h2>
      {section.blocks.map((block, i) => (
        <Block key={i} block={block} lang={lang} />
      ))}
    </section>
  );
}

const formatDateTime = (ms: number, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Seoul',
  }).format(ms);

/** The report itself: the same markup on the screen and on paper (the print stylesheet differs). */
export function ReportView({ report }: { report: TakeHomeReport }) {
  const t = useT();
  const lang = useLang();
  const { program } = report;
  const dates =
    program.firstDate === null
      ? null
      : program.firstDate === program.lastDate
        ? program.firstDate
        : `${program.firstDate} – ${program.lastDate}`;
  return (
    <article className="report" data-testid="report">
      <header className="report-head">
        {/* On paper the center and the program lead the page. */}
        <p className="report-center">{program.center}</p>
        <p className="report-program">{program.title}</p>
        <h1>
          {pick(report.title, lang)} <span className="report-nickname">· {report.member.nickname}</span>
        </h1>
        <dl className="report-facts" aria-label={t('report.facts')}>
          {dates && (
            <div>
              <dt>{t('report.dates')}</dt>
              <dd>
                {dates} ({t('report.days', { count: program.dayCount })})
              </dd>
            </div>
          )}
          <div>
            <dt>{t('report.generated')}</dt>
            <dd>{formatDateTime(report.generatedAt, lang)}</dd>
          </div>
        </dl>
      </header>
      {report.empty && (
        <p className="report-empty" data-testid="report-empty">
          {pick(report.empty, lang)}
        </p>
      )}
      {report.sections.map((section, i) => (
        <Section
          key={i}
          section={section}
          index={i}
          lang={lang}
          running={`${program.center} · ${program.title} · ${report.member.nickname}`}
        />
      ))}
      {report.availableUntil && <p className="report-retention">{pick(report.availableUntil, lang)}</p>}
    </article>
  );
}
