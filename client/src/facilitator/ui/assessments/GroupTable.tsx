import type { PrePostSubscaleView, PrePostView } from '../../../../../shared/assessment/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { BeforeAfterChart } from '../charts/BeforeAfterChart.js';
import { formatChange, formatCi, formatP, formatScore, sideMarks } from './assessment-format.js';

export interface EntryTarget {
  waveId: string;
  kind: 'pre' | 'post';
  memberId: string;
  nickname: string;
}

interface Props {
  table: PrePostView;
  onEnter: (target: EntryTarget) => void;
}

type Figures = Pick<
  PrePostView,
  'meanPre' | 'meanPost' | 'meanChange' | 'ci95' | 't' | 'df' | 'p' | 'dz' | 'n' | 'testNote'
>;

function FigureRow({ label, f, sub }: { label: string; f: Figures; sub?: boolean }) {
  const t = useT();
  const lang = useLang();
  return (
    <tr className={sub ? 'is-subscale' : undefined}>
      <th scope="row">{label}</th>
      <td>{formatScore(f.meanPre, lang)}</td>
      <td>{formatScore(f.meanPost, lang)}</td>
      <td>
        {formatChange(f.meanChange, lang, 2)}
        <span className="cell-line">{formatCi(f.ci95, lang)}</span>
      </td>
      <td>{formatScore(f.t, lang, 2)}</td>
      <td>{f.df ?? '—'}</td>
      <td>{formatP(f.p, lang)}</td>
      <td>{formatScore(f.dz, lang, 2)}</td>
      <td>{f.n}</td>
      <td>{f.testNote === 'ok' ? '' : t(`assessments.note.${f.testNote}`)}</td>
    </tr>
  );
}

/**
 * One instrument's pre/post result: the figures of the total and each subscale (mean pre and post,
 * mean change with its 95% CI, t, df, p, d_z, pairs, and why a test is missing), who misses a side,
 * the per-person chart, and every member's scores with their marks and the paper entry for a missing side.
 */
export function GroupTable({ table, onEnter }: Props) {
  const t = useT();
  const lang = useLang();
  const name = table.name[lang];
  const headingId = `prepost-${table.instrumentId}`;
  const missing = [
    ['missingPre', table.missingPre],
    ['missingPost', table.missingPost],
    ['missingBoth', table.missingBoth],
  ] as const;
  const subLabel = (s: PrePostSubscaleView) => t('assessments.subscale', { name: s.name[lang] });
  return (
    <section className="prepost" aria-labelledby={headingId} data-testid="prepost-table">
      <h3 id={headingId}>{name}</h3>
      <p className="hint">
        {t('assessments.range', {
          min: formatScore(table.range.min, lang),
          max: formatScore(table.range.max, lang),
        })}
      </p>
      <div className="table-scroll">
        <table className="roster-table prepost-figures" data-testid="prepost-figures">
          <thead>
            <tr>
              <th scope="col">{t('assessments.scale')}</th>
              <th scope="col">{t('assessments.meanPre')}</th>
              <th scope="col">{t('assessments.meanPost')}</th>
              <th scope="col">{t('assessments.meanChange')}</th>
              <th scope="col">t</th>
              <th scope="col">{t('assessments.df')}</th>
              <th scope="col">p</th>
              <th scope="col">
                d<sub>z</sub>
              </th>
              <th scope="col">{t('assessments.pairs')}</th>
              <th scope="col">{t('assessments.testNote')}</th>
            </tr>
          </thead>
          <tbody>
            <FigureRow label={t('assessments.total')} f={table} />
            {table.subscales.map((s) => (
              <FigureRow key={s.id} label={subLabel(s)} f={s} sub />
            ))}
          </tbody>
        </table>
      </div>
      <ul className="prepost-missing" data-testid="prepost-missing">
        {missing.map(([key, names]) =>
          names.length === 0 ? null : (
            <li key={key}>
              {t(`assessments.${key}`, { count: names.length })}: {names.join(', ')}
            </li>
          ),
        )}
      </ul>
      <BeforeAfterChart
        id={`chart-${table.instrumentId}`}
        title={name}
        rows={table.rows}
        range={table.range}
        n={table.n}
        meanChange={table.meanChange}
      />
      <div className="table-scroll">
        <table className="roster-table prepost-members" data-testid="prepost-members">
          <caption>{t('assessments.membersCaption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessments.member')}</th>
              <th scope="col">{t('assessments.pre')}</th>
              <th scope="col">{t('assessments.post')}</th>
              <th scope="col">{t('assessments.change')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.memberId} data-testid="prepost-member" data-member-id={row.memberId}>
                <th scope="row">{row.nickname}</th>
                {(['pre', 'post'] as const).map((kind) => {
                  const side = row[kind];
                  const waveId = kind === 'pre' ? table.preWaveId : table.postWaveId;
                  return (
                    <td key={kind}>
                      {side ? (
                        <>
                          {formatScore(side.score, lang)}
                          {sideMarks(side, t).map((mark) => (
                            <span key={mark} className="mark">
                              {mark}
                            </span>
                          ))}
                        </>
                      ) : (
                        <button
                          type="button"
                          aria-label={t('assessments.enterLabel', {
                            name: row.nickname,
                            kind: t(`assessments.${kind}`),
                          })}
                          onClick={() =>
                            onEnter({ waveId, kind, memberId: row.memberId, nickname: row.nickname })
                          }
                        >
                          {t('assessments.enter')}
                        </button>
                      )}
                    </td>
                  );
                })}
                <td>{formatChange(row.change, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
