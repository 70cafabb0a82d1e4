import { useEffect, useState } from 'react';
import type { ProgramDetail } from '../../../../../shared/program/views.js';
import type { SatisfactionView } from '../../../../../shared/satisfaction/view.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { AppLink } from '../AppLink.js';
import { PaperSurveyDialog } from './PaperSurveyDialog.js';
import { SurveyCard } from './SurveyCard.js';

/**
 * The program page's "만족도 조사" tab (design §3.1–§3.3, §6.2): per anonymous survey its status, who
 * completed it (a count), and once released the figures under the center's small-count rule — never a
 * response by itself, never a name. Paper forms are typed in here; the blank form is printed from here.
 */
export function SatisfactionTab({ program }: { program: ProgramDetail }) {
  const t = useT();
  const [surveys, setSurveys] = useState<SatisfactionView[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [entering, setEntering] = useState<SatisfactionView | null>(null);

  useEffect(() => {
    let current = true;
    void api.satisfaction(program.id).then((result) => {
      if (!current) return;
      setError(refused(result));
      if (result.ok) setSurveys(result.data.surveys);
    });
    return () => {
      current = false;
    };
  }, [program.id]);

  if (!surveys) return error ? <ErrorText error={error} /> : <p role="status">{t('common.loading')}</p>;
  // The center's small-count threshold comes with each survey's figures.
  const threshold = surveys[0]?.threshold;
  return (
    <section className="card satisfaction" aria-labelledby="satisfaction-title">
      <div className="satisfaction-head">
        <h2 id="satisfaction-title">{t('satisfaction.title')}</h2>
        <AppLink
          to={{ name: 'satisfactionForm', programId: program.id }}
          className="button-link"
          data-testid="satisfaction-print-link"
        >
          {t('satisfaction.print')}
        </AppLink>
      </div>
      {threshold !== undefined && <p className="hint">{t('satisfaction.intro', { n: threshold })}</p>}
      <ErrorText error={error} />
      {surveys.length === 0 ? (
        <p className="hint">{t('satisfaction.none')}</p>
      ) : (
        surveys.map((survey) => (
          <SurveyCard
            key={survey.waveId}
            programId={program.id}
            survey={survey}
            onEnter={() => setEntering(survey)}
            onChanged={setSurveys}
          />
        ))
      )}
      {entering && (
        <PaperSurveyDialog
          programId={program.id}
          survey={entering}
          onSaved={setSurveys}
          onClose={() => setEntering(null)}
        />
      )}
    </section>
  );
}
