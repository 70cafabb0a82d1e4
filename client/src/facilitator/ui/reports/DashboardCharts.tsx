import type { DashboardRow, DashboardView } from '../../../../../shared/figures/views.js';
import type { Figure } from '../../../../../shared/privacy/figures.js';
import { useLang, useT } from '../../../common/i18n.js';
import { BarChart } from '../charts/BarChart.js';
import { ChartTable } from '../charts/ChartTable.js';
import { barValue, rateText } from './figure-format.js';

/** Completion and employment per program as bars, each followed by the same data as a table. */
export function DashboardCharts({ view }: { view: DashboardView }) {
  const t = useT();
  const lang = useLang();
  const charts: { id: string; caption: string; pick: (row: DashboardRow) => Figure | null }[] = [
    { id: 'chart-completion', caption: t('dashboard.completionChart'), pick: (r) => r.completion.figure },
    { id: 'chart-employment', caption: t('dashboard.employmentChart'), pick: (r) => r.employment },
  ];
  return (
    <section className="card dashboard-charts" aria-label={t('dashboard.summary')}>
      {charts.map((chart) => {
        const bars = view.programs.map((row) => ({
          label: row.title,
          value: barValue(chart.pick(row)),
          text: rateText(chart.pick(row), lang, t),
        }));
        return (
          <div key={chart.id} className="dashboard-chart">
            <BarChart id={chart.id} caption={chart.caption} bars={bars} />
            <ChartTable
              caption={chart.caption}
              head={[t('dashboard.program'), chart.caption]}
              rows={bars.map((b) => [b.label, b.text])}
            />
          </div>
        );
      })}
    </section>
  );
}
