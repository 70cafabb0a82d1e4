import { useRef, useState, type FormEvent } from 'react';
import { MAX_ACTIVITIES_PER_SESSION, TITLE_MAX_LENGTH } from '../../../../shared/protocol/limits.js';
import type { ClientError } from '../../common/errors.js';
import { useT } from '../../common/i18n.js';
import { createSession } from '../actions.js';
import type { ActivityDraft } from '../api.js';
import { FieldError, invalidProps } from '../../activities/common/FieldError.js';
import { draftProblemCount, newDraft } from '../drafts.js';
import { ActivityDraftEditor } from './ActivityDraftEditor.js';
import { ErrorText } from '../../common/ErrorText.js';
import { MoveButtons } from './MoveButtons.js';

interface Row {
  key: number;
  draft: ActivityDraft;
}

const TITLE_PROBLEM = { key: 'create.titleRequired' };

/**
 * A new session: a title and an ordered list of activities, all editable later from the console.
 * A refused save marks each field that needs fixing, says why next to it, and moves focus to the first.
 */
export function CreateSessionForm() {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const nextKey = useRef(1);
  const [title, setTitle] = useState('');
  const [rows, setRows] = useState<Row[]>(() => [{ key: 0, draft: newDraft() }]);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);

  const update = (key: number, draft: ActivityDraft) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, draft } : r)));
  const move = (index: number, by: -1 | 1) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });
  const add = () => setRows((current) => [...current, { key: nextKey.current++, draft: newDraft() }]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!title.trim() || rows.some((r) => draftProblemCount(r.draft) > 0)) {
      // After React has marked the fields: the first one is where the facilitator starts fixing.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    const failed = await createSession(
      title.trim(),
      rows.map((r) => ({ ...r.draft, title: r.draft.title.trim() })),
    );
    setBusy(false);
    setError(failed);
  };

  const titleProblem = tried && !title.trim() ? TITLE_PROBLEM : undefined;
  const problemCount = tried
    ? (titleProblem ? 1 : 0) + rows.reduce((n, r) => n + draftProblemCount(r.draft), 0)
    : 0;
  return (
    <form
      ref={form}
      className="card create-session"
      onSubmit={submit}
      aria-labelledby="create-title"
      noValidate
    >
      <h2 id="create-title">{t('create.title')}</h2>
      <div className="field">
        <label htmlFor="session-title" className="field-label">
          {t('create.sessionTitle')}
        </label>
        <input
          id="session-title"
          type="text"
          maxLength={TITLE_MAX_LENGTH}
          value={title}
          {...invalidProps('session-title', titleProblem)}
          onChange={(e) => setTitle(e.target.value)}
        />
        <FieldError fieldId="session-title" problem={titleProblem} />
      </div>
      <ol className="draft-list">
        {rows.map((row, index) => (
          <li key={row.key} className="draft-row" data-testid="draft-row">
            <fieldset>
              <legend id={`draft-${row.key}-legend`}>{t('create.activityN', { n: index + 1 })}</legend>
              <ActivityDraftEditor
                idPrefix={`draft-${row.key}`}
                draft={row.draft}
                onChange={(draft) => update(row.key, draft)}
                showProblems={tried}
              />
              <div className="row-actions">
                <MoveButtons
                  describedBy={`draft-${row.key}-legend`}
                  canUp={index > 0}
                  canDown={index < rows.length - 1}
                  onMove={(by) => move(index, by)}
                />
                <button
                  type="button"
                  className="danger"
                  aria-describedby={`draft-${row.key}-legend`}
                  onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                >
                  {t('common.remove')}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add} disabled={rows.length >= MAX_ACTIVITIES_PER_SESSION}>
        {t('create.addActivity')}
      </button>
      <ErrorText error={error} />
      <p className="error-text" role="alert" data-testid="form-problems">
        {problemCount > 0 ? t('formError.summary', { count: problemCount }) : null}
      </p>
      <button type="submit" className="primary" disabled={busy}>
        {t('create.submit')}
      </button>
    </form>
  );
}
