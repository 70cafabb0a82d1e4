import { ACTIVITY_TYPES, type ActivityType } from '../../../../shared/activities/types.js';
import { ACTIVITY_TITLE_MAX_LENGTH } from '../../../../shared/protocol/limits.js';
import { FieldError, invalidProps } from '../../activities/common/FieldError.js';
import { ConfigEditorFor } from '../../activities/registry-facilitator.js';
import { useLang, useT } from '../../common/i18n.js';
import type { ActivityDraft } from '../api.js';
import { draftFieldProblems, newDraft, typeName } from '../drafts.js';

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
  const { title: titleProblem, config: problems } = draftFieldProblems(draft, showProblems);
  const titleId = `${idPrefix}-title`;
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
        <label htmlFor={titleId} className="field-label">
          {t('editor.title')}
        </label>
        <input
          id={titleId}
          type="text"
          maxLength={ACTIVITY_TITLE_MAX_LENGTH}
          value={draft.title}
          {...invalidProps(titleId, titleProblem)}
          onChange={(event) => onChange({ ...draft, title: event.target.value })}
        />
        <FieldError fieldId={titleId} problem={titleProblem} />
      </div>
      <fieldset className="config-fields" disabled={definitionLocked}>
        <ConfigEditorFor
          type={draft.type}
          idPrefix={idPrefix}
          config={draft.config}
          onChange={(config) => onChange({ ...draft, config })}
          problems={problems}
        />
      </fieldset>
    </div>
  );
}
