import { useT } from '../../../common/i18n.js';

export interface ChartTableProps {
  caption: string;
  head: readonly string[];
  /** The first cell of a row names it (a row header). */
  rows: readonly (readonly string[])[];
  /** Open from the start (a printed page cannot open it). */
  open?: boolean;
}

/** A chart's data as a table, behind "표로 보기": what the bars say, readable without seeing them. */
export function ChartTable({ caption, head, rows, open = false }: ChartTableProps) {
  const t = useT();
  return (
    <details className="chart-table" open={open}>
      <summary>{t('figures.tableView')}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
