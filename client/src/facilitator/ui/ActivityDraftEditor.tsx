import { ACTIVITY_TYPES, type ActivityType } from '../../../../shared/activities/types.js';
import { ACTIVITY_TITLE_MAX_LENGTH } from '../../../../shared/protocol/limits.js';
import { ConfigEditorFor } from '../../activities/registry-facilitator.js';
import { useLang, useT } from '../../common/i18n.js';
import type { ActivityDraft } from '../api.js';
import { draftProblem, newDraft, typeName } from '../drafts.js';

interface Props {
  idPrefix: string;
  draft: ActivityDraft;
  onChange: (draft: ActivityDraft) => void;
  /** Once answers exist the server refuses any change but the title: the rest is shown read-only. */
  definitionLocked?: boolean;
  /** Show problems only after a first save attempt, not while typing. */
  showProblems: boolean;
}

/** One activity as the facilitator writes it: type, title and the type's own settings. */
export function ActivityDraftEditor({
  idPrefix,
  draft,
  onChange,
  definitionLocked = false,
  showProblems,
}: Props) {
  const t = useT();
  const lang = useLang();
  const problem = showProblems ? draftProblem(draft) : null;
  return (
    <div className="draft-editor">
      <div className="field">
        <label htmlFor={`${idPrefix}-type`} className="field-label">
          {t('editor.type')}
        </label>
        <select
          id={`${idPrefix}-type`}
          value={draft.type}
          disabled={definitionLocked}
          onChange={(event) => onChange(newDraft(event.target.value as ActivityType, draft.title))}
        >
          {ACTIVITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {typeName(type, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-title`} className="field-label">
          {t('editor.title')}
        </label>
        <input
          id={`${idPrefix}-title`}
          type="text"
          maxLength={ACTIVITY_TITLE_MAX_LENGTH}
          value={draft.title}
          aria-invalid={problem === 'title' ? true : undefined}
          onChange={(event) => onChange({ ...draft, title: event.target.value })}
        />
      </div>
      <fieldset className="config-fields" disabled={definitionLocked}>
        <ConfigEditorFor
          type={draft.type}
          idPrefix={idPrefix}
          config={draft.config}
          onChange={(config) => onChange({ ...draft, config })}
        />
      </fieldset>
      <p className="error-text" role="alert">
        {problem ? t(`editor.problem.${problem}`) : null}
      </p>
    </div>
  );
}
