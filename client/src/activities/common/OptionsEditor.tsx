import type { ChoiceOption } from '../../../../shared/activities/choice.js';
import { MAX_OPTIONS, MAX_OPTION_LABEL } from '../../../../shared/activities/choice.js';
import { useT } from '../../common/i18n.js';
import type { FieldProblems } from './field-problems.js';
import { FieldError, invalidProps } from './FieldError.js';

interface Props {
  idPrefix: string;
  options: ChoiceOption[];
  onChange: (options: ChoiceOption[]) => void;
  /** Problems keyed `options` (too few) and `options.<i>.label` (an empty option). */
  problems: FieldProblems;
}

/** A fresh id that no current option uses (ids stay stable when labels change, so answers keep meaning). */
function nextId(options: ChoiceOption[]): string {
  const used = new Set(options.map((o) => o.id));
  let n = options.length + 1;
  while (used.has(`o${n}`)) n += 1;
  return `o${n}`;
}

/**
 * The option list of both polls: edit labels, add up to the maximum, remove down to two. After a
 * save attempt an empty option is marked and says so next to itself.
 */
export function OptionsEditor({ idPrefix, options, onChange, problems }: Props) {
  const t = useT();
  const setLabel = (id: string, label: string) =>
    onChange(options.map((o) => (o.id === id ? { ...o, label } : o)));
  return (
    <fieldset className="options-editor">
      <legend className="field-label">{t('editor.options')}</legend>
      <ol className="option-rows">
        {options.map((option, index) => {
          const id = `${idPrefix}-option-${option.id}`;
          const problem = problems.get(`options.${index}.label`);
          return (
            <li key={option.id} className={`option-row ${problem ? 'is-invalid' : ''}`}>
              <label htmlFor={id} className="visually-hidden">
                {t('editor.optionN', { n: index + 1 })}
              </label>
              <input
                id={id}
                type="text"
                maxLength={MAX_OPTION_LABEL}
                value={option.label}
                {...invalidProps(id, problem)}
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
              <FieldError fieldId={id} problem={problem} />
            </li>
          );
        })}
      </ol>
      <FieldError fieldId={`${idPrefix}-options`} problem={problems.get('options')} />
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
