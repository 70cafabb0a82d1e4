import { useEffect, useState } from 'react';
import type { Lang } from '../../../shared/i18n/text.js';
import { LangSwitch } from '../common/LangSwitch.js';
import { applyLang, LangContext, storedLang, translate, useT } from '../common/i18n.js';
import type { Credential } from './credentials.js';
import { loadReport, type LoadResult } from './load.js';
import { ReportView } from './ReportView.js';

const formatTime = (ms: number, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Seoul',
  }).format(ms);

function Body({ result, lang, retry }: { result: LoadResult | null; lang: Lang; retry: () => void }) {
  const t = useT();
  if (result === null) return <p role="status">{t('report.loading')}</p>;
  switch (result.kind) {
    case 'fresh':
      return <ReportView report={result.response.report} />;
    case 'saved':
      return (
        <>
          <p className="report-notice no-print" role="status" data-testid="report-offline">
            {t('report.offline', { time: formatTime(result.savedAt, lang) })}
          </p>
          <ReportView report={result.response.report} />
        </>
      );
    case 'refused':
      return (
        <p className="report-notice" role="alert" data-testid="report-refused">
          {result.message[lang]}
        </p>
      );
    case 'none':
      return (
        <p className="report-notice" role="alert" data-testid="report-none">
          {t('report.noCredential')}
        </p>
      );
    case 'failed':
      return (
        <div className="report-notice" role="alert">
          <p>{t('report.failed')}</p>
          <button type="button" className="button" onClick={retry}>
            {t('report.retry')}
          </button>
        </div>
      );
  }
}

/** The take-home report page: the toolbar (language, save as PDF) over the report. */
export function App({ programId, credential }: { programId: string | null; credential: Credential | null }) {
  const [lang, setLang] = useState<Lang>(storedLang);
  const [result, setResult] = useState<LoadResult | null>(null);
  // Bumped by "try again": the effect loads again (the first load runs on mount).
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    void loadReport(programId, credential).then((loaded) => {
      if (current) setResult(loaded);
    });
    return () => {
      current = false;
    };
  }, [programId, credential, attempt]);
  const retry = () => {
    setResult(null);
    setAttempt((n) => n + 1);
  };
  useEffect(() => {
    document.title = translate('report.pageTitle', undefined, lang);
  }, [lang]);
  // A link opened once reads as the program's report page from now on (and the token is not in it).
  useEffect(() => {
    if (result?.kind === 'fresh' && !new URLSearchParams(window.location.search).get('p'))
      window.history.replaceState(
        window.history.state,
        '',
        `/r?p=${encodeURIComponent(result.response.programId)}`,
      );
  }, [result]);
  const changeLang = (next: Lang) => {
    applyLang(next);
    setLang(next);
  };
  const hasReport = result?.kind === 'fresh' || result?.kind === 'saved';
  return (
    <LangContext.Provider value={lang}>
      <div className="report-toolbar no-print">
        <LangSwitch lang={lang} onChange={changeLang} />
        {hasReport && (
          <button
            type="button"
            className="button primary"
            data-testid="report-save"
            onClick={() => window.print()}
          >
            {translate('report.save', undefined, lang)}
          </button>
        )}
      </div>
      {hasReport && <p className="report-hint no-print">{translate('report.saveHint', undefined, lang)}</p>}
      <main>
        <Body result={result} lang={lang} retry={retry} />
      </main>
    </LangContext.Provider>
  );
}
