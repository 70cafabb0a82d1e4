import { useEffect, useState } from 'react';
import { instrumentById, instrumentVersion, type Instrument } from '../../../../../shared/content/index.js';
import type { ProgramDetail } from '../../../../../shared/program/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { useFacilitatorStore } from '../../state/store.js';
import { AppLink } from '../AppLink.js';

/** The survey the program planned (its pinned version), else the library's current one. */
const DEFAULT_SURVEY = 'program-satisfaction';

/**
 * The blank satisfaction form to print (design §3.2): A4, the center's and program's names, each rating
 * item with a labelled box per scale point, a box for each free-text question, and no field for who
 * filled it in — it is typed in later as an anonymous paper form.
 */
export function SatisfactionFormPage({ programId }: { programId: string }) {
  const t = useT();
  const lang = useLang();
  const centerName = useFacilitatorStore((s) => s.user?.centerName ?? '');
  const [loaded, setLoaded] = useState<{ program: ProgramDetail; form: Instrument } | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([api.getProgram(programId), api.satisfaction(programId)]).then(([p, s]) => {
      if (!current) return;
      setError(refused(p) ?? refused(s));
      if (!p.ok) return;
      const survey = s.ok ? s.data.surveys[0] : undefined;
      const form =
        (survey && instrumentVersion(survey.instrumentId, survey.instrumentVersion)) ??
        instrumentById.get(DEFAULT_SURVEY);
      if (form) setLoaded({ program: p.data.program, form });
    });
    return () => {
      current = false;
    };
  }, [programId]);

  const back = (
    <AppLink to={{ name: 'program', programId, tab: 'satisfaction' }}>{t('satisfaction.printBack')}</AppLink>
  );
  if (!loaded)
    return (
      <div className="card">
        {error ? <ErrorText error={error} /> : <p role="status">{t('common.loading')}</p>}
        {back}
      </div>
    );
  const { program, form } = loaded;
  const labels = new Map(form.scale.labels.map((l) => [l.value, l.label[lang]]));
  const points = Array.from({ length: form.scale.max - form.scale.min + 1 }, (_, i) => form.scale.min + i);
  return (
    <div className="survey-form-page">
      <div className="survey-form-toolbar no-print">
        {back}
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('satisfaction.printButton')}
        </button>
      </div>
      <article className="survey-form" aria-labelledby="survey-form-title" data-testid="survey-form">
        <header className="survey-form-head">
          <h1 id="survey-form-title">{form.name[lang]}</h1>
          <p>{t('satisfaction.printCenter', { name: centerName })}</p>
          <p>{t('satisfaction.printProgram', { name: program.title })}</p>
          <p className="survey-form-intro">{t('satisfaction.printIntro')}</p>
        </header>
        <ol className="survey-form-items">
          {form.items.map((item, i) => (
            <li key={item.id} className={`survey-form-item is-${item.kind}`}>
              <p className="survey-form-question">
                {i + 1}. {item.text[lang]}
              </p>
              {item.kind === 'rating' ? (
                <ul className="survey-form-boxes">
                  {points.map((value) => (
                    <li key={value}>
                      <span className="survey-form-box" aria-hidden="true" />
                      <span className="survey-form-point">
                        <span className="survey-form-value">{value}</span>
                        {labels.has(value) && ` ${labels.get(value)}`}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <div className="survey-form-textbox" aria-hidden="true" />
              )}
            </li>
          ))}
        </ol>
        <p className="survey-form-thanks">{t('satisfaction.printThanks')}</p>
      </article>
    </div>
  );
}
