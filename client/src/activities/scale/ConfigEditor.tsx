import { useT } from '../../common/i18n.js';
import { NumberField } from '../common/NumberField.js';
import type { ConfigEditorProps } from '../types.js';

export function ConfigEditor({ idPrefix, config, onChange, problems }: ConfigEditorProps<'scale'>) {
  const t = useT();
  const text = (key: 'minLabel' | 'maxLabel') => {
    const id = `${idPrefix}-${key}`;
    return (
      <div className="field">
        <label htmlFor={id} className="field-label">
          {t(`scale.${key}`)}
        </label>
        <input
          id={id}
          type="text"
          maxLength={40}
          value={config[key]}
          onChange={(event) => onChange({ ...config, [key]: event.target.value })}
        />
      </div>
    );
  };
  return (
    <div className="scale-editor">
      <NumberField
        id={`${idPrefix}-min`}
        label={t('scale.min')}
        value={config.min}
        min={0}
        max={10}
        onChange={(min) => onChange({ ...config, min })}
        problem={problems.get('min')}
      />
      {text('minLabel')}
      <NumberField
        id={`${idPrefix}-max`}
        label={t('scale.max')}
        value={config.max}
        min={1}
        max={10}
        onChange={(max) => onChange({ ...config, max })}
        // The range rule (max above min, at most 11 steps) is said next to the maximum.
        problem={problems.get('max') ?? problems.get('')}
      />
      {text('maxLabel')}
    </div>
  );
}
