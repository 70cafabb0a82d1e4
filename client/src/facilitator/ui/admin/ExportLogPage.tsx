import { useEffect, useId, useState } from 'react';
import type { ExportLogEntry, ExportLogView } from '../../../../../shared/export/views.js';
import { CENTER_TIME_ZONE, todayIn } from '../../../../../shared/program/dates.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT, type TFn } from '../../../common/i18n.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { formatClock, formatDate, formatNumber, today } from '../../format.js';
import { AppLink } from '../AppLink.js';
import { ExportButtons } from '../ExportButtons.js';

const DATASETS = ['roster', 'instruments', 'outcomes', 'summary'] as const;

/** A dataset's name as the buttons say it; one a later step adds shows its id until it has strings. */
function datasetName(t: TFn, id: string): string {
  return (DATASETS as readonly string[]).includes(id) ? t(`exports.dataset.${id}`) : id;
}

function scopeText(entry: ExportLogEntry, t: TFn, lang: 'ko' | 'en'): string {
  if (entry.scope === 'program') return entry.programTitle ?? '—';
  const count = t('exports.scopeCenter', { count: entry.programs });
  if (!entry.from && !entry.to) return count;
  const from = entry.from ? formatDate(entry.from, lang) : t('exports.open');
  const to = entry.to ? formatDate(entry.to, lang) : t('exports.now');
  return `${count} · ${t('exports.period', { from, to })}`;
}

/**
 * The admin's download log (/facilitator/admin/exports, design §7.5): a month of the center's exports,
 * newest first — when, who, which data, format, program or period, rows — and the center's own
 * downloads (its programs by last day in a period), which land in the list as they are made.
 */
export function ExportLogPage() {
  const t = useT();
  const lang = useLang();
  const ids = useId();
  const [month, setMonth] = useState(() => today().slice(0, 7));
  const [log, setLog] = useState<ExportLogView | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  // Bumped after a download from this page, so its new entry is listed.
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    let current = true;
    void api.exportLog(month).then((result) => {
      if (!current) return;
      if (result.ok) {
        setLog(result.data);
        setError(null);
      } else setError(refused(result));
    });
    return () => {
      current = false;
    };
  }, [month, reloads]);

  const centerPath = (dataset: string) => (format: 'xlsx' | 'csv') => {
    const query = new URLSearchParams({ format, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    return `/api/center/exports/${dataset}?${query.toString()}`;
  };
  return (
    <div className="admin-page export-log-page">
      <p>
        <AppLink to={{ name: 'admin' }}>{t('exports.back')}</AppLink>
      </p>
      <h1>{t('exports.pageTitle')}</h1>
      <section className="card" aria-labelledby={`${ids}-center`}>
        <h2 id={`${ids}-center`}>{t('exports.centerTitle')}</h2>
        <p className="hint">{t('exports.centerIntro')}</p>
        <div className="export-period">
          <label>
            {t('exports.from')}
            <input type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            {t('exports.to')}
            <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
          </label>
        </div>
        <div className="export-groups">
          {DATASETS.map((d) => (
            <ExportButtons key={d} dataset={d} path={centerPath(d)} onDone={() => setReloads((n) => n + 1)} />
          ))}
        </div>
      </section>
      <section className="card" aria-labelledby={`${ids}-log`}>
        <h2 id={`${ids}-log`}>{t('exports.logTitle')}</h2>
        <p className="hint">{t('exports.logIntro')}</p>
        <label className="export-month">
          {t('exports.month')}
          <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />
        </label>
        {error && <ErrorText error={error} />}
        {!log ? (
          !error && <p role="status">{t('common.loading')}</p>
        ) : log.entries.length === 0 ? (
          <p className="hint">{t('exports.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="roster-table export-log-table" data-testid="export-log">
              <thead>
                <tr>
                  <th scope="col">{t('exports.when')}</th>
                  <th scope="col">{t('exports.who')}</th>
                  <th scope="col">{t('exports.what')}</th>
                  <th scope="col">{t('exports.format')}</th>
                  <th scope="col">{t('exports.scope')}</th>
                  <th scope="col">{t('exports.rows')}</th>
                </tr>
              </thead>
              <tbody>
                {log.entries.map((e) => (
                  <tr key={e.id} data-testid="export-log-row">
                    <td>
                      {formatDate(todayIn(CENTER_TIME_ZONE, new Date(e.createdAt)), lang)}{' '}
                      {formatClock(e.createdAt, lang)}
                    </td>
                    <td>{e.userName}</td>
                    <td>{datasetName(t, e.dataset)}</td>
                    <td>{e.format.toUpperCase()}</td>
                    <td>{scopeText(e, t, lang)}</td>
                    <td className="num">{formatNumber(e.rows, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
