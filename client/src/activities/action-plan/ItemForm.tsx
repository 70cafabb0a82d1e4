import { useState, type FormEvent } from 'react';
import { useT } from '../../common/i18n.js';
import { fieldOk } from './plan-form.js';

export interface FieldSpec {
  name: string;
  label: string;
  limit: number;
  required: boolean;
  multiline?: boolean;
  type?: 'text' | 'date';
  hint?: string;
  /** Suggestions offered while typing (a `<datalist>`); free text stays allowed. */
  suggestions?: readonly string[];
}

interface Props {
  id: string;
  heading: string;
  /** The plan's own headings are h2; a step under "steps" is h3. */
  level?: 2 | 3;
  fields: readonly FieldSpec[];
  /** What the server holds for this item (null: not saved yet). */
  saved: Readonly<Record<string, string>> | null;
  saveLabel: string;
  /** Sends the item; resolves on the server's ack, rejects with a translated message. */
  onSave: (value: Record<string, string>) => Promise<void>;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'error'; message: string };

/**
 * One item of the plan (the goal, a step, the first step): its fields and its own save button, so
 * a half-written plan keeps every part already saved. What is typed stays typed when the server's
 * view arrives; the status says whether the fields match what is saved.
 */
export function ItemForm({ id, heading, level = 2, fields, saved, saveLabel, onSave }: Props) {
  const t = useT();
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const valueOf = (name: string) => edits[name] ?? saved?.[name] ?? '';
  const dirty = fields.some((f) => valueOf(f.name).trim() !== (saved?.[f.name] ?? '').trim());
  const valid = fields.every((f) => fieldOk(valueOf(f.name), f.limit, f.required));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid || status.kind === 'saving') return;
    const value = Object.fromEntries(fields.map((f) => [f.name, valueOf(f.name).trim()]));
    setStatus({ kind: 'saving' });
    onSave(value).then(
      () => setStatus({ kind: 'idle' }),
      (error: unknown) =>
        setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  const state =
    status.kind === 'saving'
      ? 'saving'
      : status.kind === 'error'
        ? 'error'
        : saved && !dirty
          ? 'saved'
          : 'unsaved';
  const statusText =
    status.kind === 'error'
      ? status.message
      : state === 'saving'
        ? t('action-plan.saving')
        : state === 'saved'
          ? t('action-plan.saved')
          : t('action-plan.unsaved');
  return (
    <form className="plan-item" aria-labelledby={`${id}-h`} onSubmit={submit} data-testid={`plan-${id}`}>
      {level === 2 ? <h2 id={`${id}-h`}>{heading}</h2> : <h3 id={`${id}-h`}>{heading}</h3>}
      {fields.map((f) => {
        const fieldId = `${id}-${f.name}`;
        const value = valueOf(f.name);
        const common = {
          id: fieldId,
          value,
          maxLength: f.limit,
          required: f.required,
          'aria-describedby': f.hint ? `${fieldId}-hint` : undefined,
          onChange: (e: { target: { value: string } }) =>
            setEdits((old) => ({ ...old, [f.name]: e.target.value })),
        };
        return (
          <div className="plan-field" key={f.name}>
            <label htmlFor={fieldId} className="field-label">
              {f.label}
            </label>
            {f.hint && (
              <p className="hint" id={`${fieldId}-hint`}>
                {f.hint}
              </p>
            )}
            {f.multiline ? (
              <textarea rows={3} {...common} />
            ) : (
              <input
                type={f.type ?? 'text'}
                list={f.suggestions?.length ? `${fieldId}-list` : undefined}
                {...common}
              />
            )}
            {f.suggestions && f.suggestions.length > 0 && (
              <datalist id={`${fieldId}-list`}>
                {f.suggestions.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            )}
          </div>
        );
      })}
      <div className="plan-save">
        <button type="submit" className="primary" disabled={!valid || !dirty || status.kind === 'saving'}>
          {saveLabel}
        </button>
        <p
          className={`plan-status status-${state}`}
          role={state === 'error' ? 'alert' : 'status'}
          data-testid={`plan-${id}-status`}
          data-status={state}
        >
          {state === 'saved' && (
            <span className="status-icon" aria-hidden="true">
              ✓{' '}
            </span>
          )}
          {statusText}
        </p>
      </div>
    </form>
  );
}
