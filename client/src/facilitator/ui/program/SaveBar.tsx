import { useMemo } from 'react';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { draftFromProgram } from '../../program-draft.js';
import { reloadProgram, saveProgram } from '../../program-actions.js';
import { programProblems } from '../../program-problems.js';
import { isDirty } from '../../state/agenda-slice.js';
import { useFacilitatorStore } from '../../state/store.js';
import { HoursSummary } from './HoursSummary.js';

/** Always in view while editing: saved or not, planned hours against the template, the one save button, what must be fixed first, and a conflict's way out (reload). */
export function SaveBar() {
  const t = useT();
  const dirty = useFacilitatorStore(isDirty);
  const draft = useFacilitatorStore((s) => s.draft);
  const program = useFacilitatorStore((s) => s.program);
  const saving = useFacilitatorStore((s) => s.saving);
  const saveError = useFacilitatorStore((s) => s.saveError);
  const loadDraft = useFacilitatorStore((s) => s.loadDraft);
  const problems = useMemo(() => (draft ? programProblems(draft, t) : []), [draft, t]);
  if (!draft || !program) return null;
  const conflict = saveError?.code === 'version_conflict';
  return (
    <div className={`save-bar ${dirty ? 'is-dirty' : ''}`} data-testid="save-bar" data-dirty={dirty}>
      <p className="save-state" role="status">
        {saving ? t('agenda.saving') : dirty ? t('agenda.unsaved') : t('agenda.saved')}
      </p>
      <HoursSummary />
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={!dirty || saving || problems.length > 0 || program.status === 'ended'}
          onClick={() => void saveProgram()}
        >
          {t('agenda.save')}
        </button>
        <button
          type="button"
          disabled={!dirty || saving}
          onClick={() => {
            if (window.confirm(t('agenda.discardConfirm')))
              loadDraft(draftFromProgram(program), program.version);
          }}
        >
          {t('agenda.discard')}
        </button>
        {conflict && (
          <button type="button" className="primary" onClick={() => void reloadProgram(program.id)}>
            {t('agenda.reload')}
          </button>
        )}
      </div>
      <ErrorText error={saveError} />
      {dirty && problems.length > 0 && (
        <div className="problems">
          <p className="problems-title">{t('agenda.problems')}</p>
          <ul className="problem-list">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
