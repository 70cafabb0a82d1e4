import type { ChoiceOption } from '../../../../shared/activities/choice.js';
import { MAX_OPTIONS, MAX_OPTION_LABEL } from '../../../../shared/activities/choice.js';
import { useT } from '../../common/i18n.js';

interface Props {
  idPrefix: string;
  options: ChoiceOption[];
  onChange: (options: ChoiceOption[]) => void;
}

/** A fresh id that no current option uses (ids stay stable when labels change, so answers keep meaning). */
function nextId(options: ChoiceOption[]): string {
  const used = new Set(options.map((o) => o.id));
  let n = options.length + 1;
  while (used.has(`o${n}`)) n += 1;
  return `o${n}`;
}

/** The option list of both polls: edit labels, add up to the maximum, remove down to two. */
export function OptionsEditor({ idPrefix, options, onChange }: Props) {
  const t = useT();
  const setLabel = (id: string, label: string) =>
    onChange(options.map((o) => (o.id === id ? { ...o, label } : o)));
  return (
    <fieldset className="options-editor">
      <legend className="field-label">{t('editor.options')}</legend>
      <ol className="option-rows">
        {options.map((option, index) => {
          const id = `${idPrefix}-option-${option.id}`;
          return (
            <li key={option.id} className="option-row">
              <label htmlFor={id} className="visually-hidden">
                {t('editor.optionN', { n: index + 1 })}
              </label>
              <input
                id={id}
                type="text"
                maxLength={MAX_OPTION_LABEL}
                value={option.label}
                onChange={(event) => setLabel(option.id, event.target.value)}
              />
              <button
                type="button"
                className="danger"
                disabled={options.length <= 2}
                onClick={() => onChange(options.filter((o) => o.id !== option.id))}
              >
                {t('editor.removeOption', { n: index + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        disabled={options.length >= MAX_OPTIONS}
        onClick={() => onChange([...options, { id: nextId(options), label: '' }])}
      >
        {t('editor.addOption')}
      </button>
    </fieldset>
  );
}
