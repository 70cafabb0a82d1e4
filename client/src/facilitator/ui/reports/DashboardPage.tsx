import { useEffect, useState, type FormEvent } from 'react';
import type { DashboardQuery, DashboardView } from '../../../../../shared/figures/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { ExportButtons } from '../ExportButtons.js';
import { today } from '../../format.js';
import { DashboardCharts } from './DashboardCharts.js';
import { DashboardQuotes, DashboardSatisfaction } from './DashboardMore.js';
import { DashboardTable } from './DashboardTable.js';

/**
 * The center summary file of the dashboard's period (the programs the page lists when no type or
 * facilitator filter is set: the center's export takes the period only).
 */
const summaryPath = (query: DashboardQuery) => (format: 'xlsx' | 'csv') => {
  const params = new URLSearchParams({
    format,
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  });
  return `/api/center/exports/summary?${params.toString()}`;
};

/** This year at the center: the dashboard's first period. */
function thisYear(): DashboardQuery {
  const year = today().slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * The center dashboard (design §6.4) at /facilitator/reports: an admin sees every program of the
 * center, a facilitator their own. Programs are in the period by their last day; each figure is under
 * the small-count rule and totals leave hidden programs out, saying how many. Programs only, no names
 * of participants: the roster stays the place for those.
 */
export function DashboardPage() {
  const t = useT();
  const lang = useLang();
  const [query, setQuery] = useState<DashboardQuery>(thisYear);
  const [draft, setDraft] = useState<DashboardQuery>(thisYear);
  const [view, setView] = useState<DashboardView | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    let current = true;
    void api.dashboard(query).then((result) => {
      if (!current) return;
      if (result.ok) {
        setView(result.data);
        setError(null);
      } else setError(refused(result));
    });
    return () => {
      current = false;
    };
  }, [query]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery({ ...draft });
  };
  const set = (key: keyof DashboardQuery) => (value: string) =>
    setDraft((d) => {
      const next = { ...d };
      if (value) next[key] = value;
      else delete next[key];
      return next;
    });

  return (
    <div className="dashboard-page">
      <h1>{t('dashboard.title')}</h1>
      {view && (
        <p className="hint">{t(view.scope === 'center' ? 'dashboard.scopeCenter' : 'dashboard.scopeOwn')}</p>
      )}
      <form className="card dashboard-filters" onSubmit={submit} aria-label={t('dashboard.filters')}>
        <label>
          {t('dashboard.from')}
          <input type="date" value={draft.from ?? ''} onChange={(e) => set('from')(e.target.value)} />
        </label>
        <label>
          {t('dashboard.to')}
          <input type="date" value={draft.to ?? ''} onChange={(e) => set('to')(e.target.value)} />
        </label>
        <label>
          {t('dashboard.template')}
          <select value={draft.templateId ?? ''} onChange={(e) => set('templateId')(e.target.value)}>
            <option value="">{t('dashboard.all')}</option>
            {view?.filters.templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name[lang]}
              </option>
            ))}
          </select>
        </label>
        {view?.scope === 'center' && (
          <label>
            {t('dashboard.facilitator')}
            <select value={draft.facilitatorId ?? ''} onChange={(e) => set('facilitatorId')(e.target.value)}>
              <option value="">{t('dashboard.all')}</option>
              {view.filters.facilitators.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" className="primary">
          {t('dashboard.apply')}
        </button>
        <p className="hint">{t('dashboard.rangeNote')}</p>
      </form>
      {error && <ErrorText error={error} />}
      {!view ? (
        !error && <p role="status">{t('common.loading')}</p>
      ) : view.programs.length === 0 ? (
        <p className="card">{t('dashboard.empty')}</p>
      ) : (
        <>
          <DashboardTable view={view} />
          {/* The center export takes the period only: with a type or facilitator filter the file would not
              be the table above, so it is offered without them. */}
          {query.templateId || query.facilitatorId ? (
            <p className="hint">{t('dashboard.summaryFiltered')}</p>
          ) : (
            <ExportButtons dataset="summary" path={summaryPath(query)} testId="dashboard-summary-export" />
          )}
          <DashboardSatisfaction view={view} />
          <DashboardCharts view={view} />
          <DashboardQuotes query={query} />
          <p className="hint">{t('figures.ruleNote', { n: view.threshold })}</p>
        </>
      )}
    </div>
  );
}
