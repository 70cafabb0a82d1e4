import type { ProgramDetail, RosterView } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDateRange, formatHours, formatPercent } from '../../format.js';
import { SheetHeader } from './SheetHeader.js';

/**
 * The 수료 명단: every member with hours attended of hours scheduled, the ratio and 수료 O/X against the
 * program's threshold, stated. Before the last day is held it says it is a forecast (수료 예정).
 */
export function CompletionList({
  centerName,
  program,
  roster,
}: {
  centerName: string;
  program: ProgramDetail;
  roster: RosterView;
}) {
  const t = useT();
  const lang = useLang();
  const { completion } = roster;
  return (
    <article className="print-sheet" aria-labelledby="print-title">
      <SheetHeader
        centerName={centerName}
        programTitle={program.title}
        title={t(completion.final ? 'print.completionTitle' : 'print.completionForecastTitle')}
        detail={t('print.completionDetail', {
          dates: formatDateRange(
            roster.days.map((d) => d.date),
            lang,
            t,
          ),
          hours: formatHours(completion.scheduledHours, lang, t),
          threshold: formatPercent(completion.threshold, lang),
        })}
      />
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('print.no')}</th>
            <th scope="col">{t('print.name')}</th>
            <th scope="col">{t('print.attended')}</th>
            <th scope="col">{t('print.ratio')}</th>
            <th scope="col">{t('print.completed')}</th>
          </tr>
        </thead>
        <tbody>
          {roster.members.map((m, i) => (
            <tr key={m.id}>
              <td>{i + 1}</td>
              <th scope="row">{m.realName ?? m.nickname}</th>
              <td>{formatHours(m.attendedHours, lang, t)}</td>
              <td>{formatPercent(m.ratio, lang)}</td>
              <td>{m.completed ? t('print.yes') : t('print.no_')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-foot">
        {t('print.completionFoot', {
          completed: completion.completedCount,
          count: completion.n,
          rate: formatPercent(completion.rate, lang),
        })}
      </p>
    </article>
  );
}
