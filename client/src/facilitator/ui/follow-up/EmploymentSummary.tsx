import type { OutcomesView } from '../../../../../shared/outcomes/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { employmentTexts } from './outcome-format.js';

/**
 * The program's employment rate as a report prints it (design §4.3): employed ÷ completers reached, with
 * both numbers and the completers, training beside it, and 본인/알선 — each under the center's
 * small-count rule, said in a note so nobody mistakes "3명 미만" for missing data.
 */
export function EmploymentSummary({ view }: { view: OutcomesView }) {
  const t = useT();
  const lang = useLang();
  const texts = employmentTexts(view.employmentLine, view.employment, lang, t);
  return (
    <div className="completion-summary employment-summary" data-testid="employment-summary">
      <p>
        <strong data-testid="employment-rate">{texts.rate}</strong>
        {' · '}
        {texts.training}
      </p>
      {texts.placement && <p data-testid="employment-placement">{texts.placement}</p>}
      <p className="hint">{t('followUp.ruleNote', { n: view.employmentLine.threshold })}</p>
    </div>
  );
}
